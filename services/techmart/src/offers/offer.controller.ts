// /api/techmart/v1/offers… — HTTP only: parse, map the principal, call the service.

import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { ZodResponse } from 'nestjs-zod';
import { ListingIdPipe, toActor } from '../shared/http.js';
import {
  MyListQueryDto,
  OfferDto,
  OfferInputDto,
  OfferListQueryDto,
  OfferPageDto,
  OfferUpdateDto,
  PublishedOfferPageDto,
  ReturnReasonDto,
} from './offer.dto.js';
import { OfferService } from './offer.service.js';

@ApiTags('offers')
@Controller('v1')
export class OfferController {
  constructor(private readonly offers: OfferService) {}

  @Get('offers')
  @ApiOperation({ summary: 'Published offers, newest first' })
  @ZodResponse({ type: PublishedOfferPageDto })
  list(@Query() query: OfferListQueryDto) {
    return this.offers.listPublished(query);
  }

  @Get('my/offers')
  @ApiOperation({ summary: "The signed-in user's organisation's offers, any status" })
  @ZodResponse({ type: OfferPageDto })
  listMine(@CurrentUser() user: Principal, @Query() query: MyListQueryDto) {
    return this.offers.listMine(toActor(user), query);
  }

  @Get('offers/:id')
  @ApiOperation({
    summary: 'One offer: the published version for the public, the working copy for its owner and officers',
  })
  @ZodResponse({ type: OfferDto })
  get(@CurrentUser({ optional: true }) user: Principal | undefined, @Param('id', ListingIdPipe) id: string) {
    return this.offers.get(toActor(user), id);
  }

  @Post('offers')
  @ApiOperation({ summary: 'Create a draft offer (business, researcher)' })
  @ZodResponse({ status: 201, type: OfferDto })
  create(@CurrentUser() user: Principal, @Body() body: OfferInputDto) {
    return this.offers.create(toActor(user), body);
  }

  @Put('offers/:id')
  @ApiOperation({
    summary: 'Edit (owner organisation); a published offer goes back to moderation as a pending revision',
  })
  @ZodResponse({ type: OfferDto })
  update(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: OfferUpdateDto) {
    return this.offers.update(toActor(user), id, body);
  }

  @Post('offers/:id/submit')
  @HttpCode(200)
  @ZodResponse({ type: OfferDto })
  submit(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.offers.submit(toActor(user), id);
  }

  @Post('offers/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a submission back to a draft before an officer decides (owner)' })
  @ZodResponse({ type: OfferDto })
  withdraw(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.offers.withdraw(toActor(user), id);
  }

  @Post('offers/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a submitted offer (officer)' })
  @ZodResponse({ type: OfferDto })
  publish(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.offers.publish(toActor(user), id);
  }

  @Post('offers/:id/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a submitted offer to its owner with a reason (officer)' })
  @ZodResponse({ type: OfferDto })
  returnToOwner(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: ReturnReasonDto) {
    return this.offers.returnToOwner(toActor(user), id, body.reason);
  }

  @Post('offers/:id/archive')
  @HttpCode(200)
  @ZodResponse({ type: OfferDto })
  archive(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.offers.archive(toActor(user), id);
  }
}
