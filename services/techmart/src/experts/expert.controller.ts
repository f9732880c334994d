// /api/techmart/v1/experts… — HTTP only.

import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { ZodResponse } from 'nestjs-zod';
import { MyListQueryDto, ReturnReasonDto } from '../offers/offer.dto.js';
import { ListingIdPipe, toActor } from '../shared/http.js';
import {
  ExpertDto,
  ExpertInputDto,
  ExpertListQueryDto,
  ExpertPageDto,
  ExpertUpdateDto,
  PublishedExpertPageDto,
} from './expert.dto.js';
import { ExpertService } from './expert.service.js';

@ApiTags('experts')
@Controller('v1')
export class ExpertController {
  constructor(private readonly experts: ExpertService) {}

  @Get('experts')
  @ApiOperation({ summary: 'Published expert profiles, newest first' })
  @ZodResponse({ type: PublishedExpertPageDto })
  list(@Query() query: ExpertListQueryDto) {
    return this.experts.listPublished(query);
  }

  @Get('my/experts')
  @ZodResponse({ type: ExpertPageDto })
  listMine(@CurrentUser() user: Principal, @Query() query: MyListQueryDto) {
    return this.experts.listMine(toActor(user), query);
  }

  @Get('experts/:id')
  @ZodResponse({ type: ExpertDto })
  get(@CurrentUser({ optional: true }) user: Principal | undefined, @Param('id', ListingIdPipe) id: string) {
    return this.experts.get(toActor(user), id);
  }

  @Post('experts')
  @ApiOperation({ summary: 'Create a draft expert profile (researcher)' })
  @ZodResponse({ status: 201, type: ExpertDto })
  create(@CurrentUser() user: Principal, @Body() body: ExpertInputDto) {
    return this.experts.create(toActor(user), body);
  }

  @Put('experts/:id')
  @ZodResponse({ type: ExpertDto })
  update(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: ExpertUpdateDto) {
    return this.experts.update(toActor(user), id, body);
  }

  @Post('experts/:id/submit')
  @HttpCode(200)
  @ZodResponse({ type: ExpertDto })
  submit(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.experts.submit(toActor(user), id);
  }

  @Post('experts/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a submission back to a draft before an officer decides (owner)' })
  @ZodResponse({ type: ExpertDto })
  withdraw(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.experts.withdraw(toActor(user), id);
  }

  @Post('experts/:id/publish')
  @HttpCode(200)
  @ZodResponse({ type: ExpertDto })
  publish(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.experts.publish(toActor(user), id);
  }

  @Post('experts/:id/return')
  @HttpCode(200)
  @ZodResponse({ type: ExpertDto })
  returnToOwner(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: ReturnReasonDto) {
    return this.experts.returnToOwner(toActor(user), id, body.reason);
  }

  @Post('experts/:id/archive')
  @HttpCode(200)
  @ZodResponse({ type: ExpertDto })
  archive(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.experts.archive(toActor(user), id);
  }
}
