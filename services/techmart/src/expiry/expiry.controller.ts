// POST /api/techmart/v1/{offers|needs|experts}/:id/renew — the owner keeps a listing public for
// another period (before or after it lapsed).

import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { ZodResponse } from 'nestjs-zod';
import { ExpertDto } from '../experts/expert.dto.js';
import { NeedDto } from '../needs/need.dto.js';
import { OfferDto } from '../offers/offer.dto.js';
import { ListingIdPipe, toActor } from '../shared/http.js';
import { ExpiryService } from './expiry.service.js';

const SUMMARY = 'Renew (owner): public for another period from now, also after it expired';

@ApiTags('expiry')
@Controller('v1')
export class ExpiryController {
  constructor(private readonly expiry: ExpiryService) {}

  @Post('offers/:id/renew')
  @HttpCode(200)
  @ApiOperation({ summary: SUMMARY })
  @ZodResponse({ type: OfferDto })
  renewOffer(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.expiry.renew(toActor(user), 'offer', id) as never;
  }

  @Post('needs/:id/renew')
  @HttpCode(200)
  @ApiOperation({ summary: SUMMARY })
  @ZodResponse({ type: NeedDto })
  renewNeed(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.expiry.renew(toActor(user), 'need', id) as never;
  }

  @Post('experts/:id/renew')
  @HttpCode(200)
  @ApiOperation({ summary: SUMMARY })
  @ZodResponse({ type: ExpertDto })
  renewExpert(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.expiry.renew(toActor(user), 'expert', id) as never;
  }
}
