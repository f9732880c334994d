// /api/techmart/v1/needs… — HTTP only.

import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { ZodResponse } from 'nestjs-zod';
import { MyListQueryDto, ReturnReasonDto } from '../offers/offer.dto.js';
import { ListingIdPipe, toActor } from '../shared/http.js';
import {
  NeedDto,
  NeedInputDto,
  NeedIntakeDto,
  NeedListQueryDto,
  NeedPageDto,
  NeedUpdateDto,
  PublishedNeedPageDto,
} from './need.dto.js';
import { NeedService } from './need.service.js';

@ApiTags('needs')
@Controller('v1')
export class NeedController {
  constructor(private readonly needs: NeedService) {}

  @Get('needs')
  @ApiOperation({ summary: 'Published technology needs, newest first' })
  @ZodResponse({ type: PublishedNeedPageDto })
  list(@Query() query: NeedListQueryDto) {
    return this.needs.listPublished(query);
  }

  @Get('my/needs')
  @ZodResponse({ type: NeedPageDto })
  listMine(@CurrentUser() user: Principal, @Query() query: MyListQueryDto) {
    return this.needs.listMine(toActor(user), query);
  }

  @Get('my/intakes')
  @ApiOperation({
    summary: 'The needs this officer took in on behalf of businesses, any status, newest first (officer)',
  })
  @ZodResponse({ type: NeedPageDto })
  listIntakes(@CurrentUser() user: Principal, @Query() query: MyListQueryDto) {
    return this.needs.listIntakes(toActor(user), query);
  }

  @Get('needs/:id')
  @ZodResponse({ type: NeedDto })
  get(@CurrentUser({ optional: true }) user: Principal | undefined, @Param('id', ListingIdPipe) id: string) {
    return this.needs.get(toActor(user), id);
  }

  @Post('needs')
  @ApiOperation({ summary: 'Create a draft need (business, researcher)' })
  @ZodResponse({ status: 201, type: NeedDto })
  create(@CurrentUser() user: Principal, @Body() body: NeedInputDto) {
    return this.needs.create(toActor(user), body);
  }

  @Post('needs/intake')
  @ApiOperation({ summary: 'Record a need on behalf of a business or co-operative (officer)' })
  @ZodResponse({ status: 201, type: NeedDto })
  intake(@CurrentUser() user: Principal, @Body() body: NeedIntakeDto) {
    return this.needs.intake(toActor(user), body);
  }

  @Put('needs/:id')
  @ZodResponse({ type: NeedDto })
  update(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: NeedUpdateDto) {
    return this.needs.update(toActor(user), id, body);
  }

  @Post('needs/:id/submit')
  @HttpCode(200)
  @ZodResponse({ type: NeedDto })
  submit(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.needs.submit(toActor(user), id);
  }

  @Post('needs/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a submission back to a draft before an officer decides (owner)' })
  @ZodResponse({ type: NeedDto })
  withdraw(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.needs.withdraw(toActor(user), id);
  }

  @Post('needs/:id/publish')
  @HttpCode(200)
  @ZodResponse({ type: NeedDto })
  publish(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.needs.publish(toActor(user), id);
  }

  @Post('needs/:id/return')
  @HttpCode(200)
  @ZodResponse({ type: NeedDto })
  returnToOwner(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: ReturnReasonDto) {
    return this.needs.returnToOwner(toActor(user), id, body.reason);
  }

  @Post('needs/:id/archive')
  @HttpCode(200)
  @ZodResponse({ type: NeedDto })
  archive(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.needs.archive(toActor(user), id);
  }
}
