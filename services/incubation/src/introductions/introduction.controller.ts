// /api/incubation/v1 — investors (officers keep them) and introduction requests.
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { UuidPipe } from '../shared/http.js';
import {
  introductionActionSchema,
  introductionInputSchema,
  introductionListQuerySchema,
  introductionListSchema,
  introductionViewSchema,
  investorInputSchema,
  investorListQuerySchema,
  investorListSchema,
  investorViewSchema,
} from './introduction.schema.js';
import { IntroductionService } from './introduction.service.js';

class InvestorInputDto extends createZodDto(investorInputSchema) {}
class InvestorListQueryDto extends createZodDto(investorListQuerySchema) {}
class InvestorViewDto extends createZodDto(investorViewSchema) {}
class InvestorListDto extends createZodDto(investorListSchema) {}
class IntroductionInputDto extends createZodDto(introductionInputSchema) {}
class IntroductionActionDto extends createZodDto(introductionActionSchema) {}
class IntroductionListQueryDto extends createZodDto(introductionListQuerySchema) {}
class IntroductionViewDto extends createZodDto(introductionViewSchema) {}
class IntroductionListDto extends createZodDto(introductionListSchema) {}

@ApiTags('investors')
@Controller('v1')
export class IntroductionController {
  constructor(private readonly introductions: IntroductionService) {}

  @Get('investors')
  @ApiOperation({ summary: 'Investors (funds, angels, banks’ programmes); never their contact data' })
  @ZodResponse({ type: InvestorListDto })
  investors(@CurrentUser() user: Principal, @Query() query: InvestorListQueryDto) {
    return this.introductions.listInvestors(user, query);
  }

  @Post('investors')
  @ApiOperation({ summary: 'Add an investor (programme officers); the contact is stored, not returned' })
  @ZodResponse({ status: 201, type: InvestorViewDto })
  createInvestor(@CurrentUser() user: Principal, @Body() body: InvestorInputDto) {
    return this.introductions.createInvestor(user, body);
  }

  @Get('investors/:id')
  @ZodResponse({ type: InvestorViewDto })
  investor(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.introductions.getInvestor(user, id);
  }

  @Put('investors/:id')
  @ZodResponse({ type: InvestorViewDto })
  updateInvestor(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: InvestorInputDto) {
    return this.introductions.updateInvestor(user, id, body);
  }

  @Get('introductions')
  @ApiOperation({ summary: 'Introductions I may see (officers all; a team its own; an investor those forwarded)' })
  @ZodResponse({ type: IntroductionListDto })
  list(@CurrentUser() user: Principal, @Query() query: IntroductionListQueryDto) {
    return this.introductions.list(user, query);
  }

  @Post('introductions')
  @ApiOperation({ summary: 'Request an introduction to an investor for my startup' })
  @ZodResponse({ status: 201, type: IntroductionViewDto })
  request(@CurrentUser() user: Principal, @Body() body: IntroductionInputDto) {
    return this.introductions.request(user, body);
  }

  @Get('introductions/:id')
  @ZodResponse({ type: IntroductionViewDto })
  get(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.introductions.get(user, id);
  }

  @Post('introductions/:id/actions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'forward (officer), accept / decline with reason (investor or officer), withdraw (startup)',
  })
  @ZodResponse({ type: IntroductionViewDto })
  act(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: IntroductionActionDto) {
    return this.introductions.act(user, id, body);
  }
}
