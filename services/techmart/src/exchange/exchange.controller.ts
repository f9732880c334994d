// /api/techmart/v1/exchange/… — the feed other exchanges poll, the import they push to (machine
// credentials in two headers: the gateway accepts only user tokens as bearers and strips
// Authorization, so the client id and secret travel in their own headers and Techmart checks them),
// and the admin's management of those clients.

import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { ZodResponse } from 'nestjs-zod';
import { ListingIdPipe, toActor } from '../shared/http.js';
import {
  ExchangeClientCreatedDto,
  ExchangeClientDto,
  ExchangeClientInputDto,
  ExchangeClientListDto,
  FeedPageDto,
  FeedQueryDto,
  ImportReportDto,
  ImportRequestDto,
} from './exchange.dto.js';
import { ExchangeService } from './exchange.service.js';

export const CLIENT_ID_HEADER = 'x-exchange-client-id';
export const CLIENT_SECRET_HEADER = 'x-exchange-client-secret';

@ApiTags('exchange')
@Controller('v1/exchange')
export class ExchangeController {
  constructor(private readonly exchange: ExchangeService) {}

  @Get('feed')
  @ApiOperation({
    summary: 'Published listings in change order, with tombstones, for other exchanges to poll (docs/exchange-feed.md)',
  })
  @ZodResponse({ type: FeedPageDto })
  feed(@Query() query: FeedQueryDto) {
    return this.exchange.feed(query);
  }

  @Post('imports')
  @HttpCode(200)
  @ApiOperation({ summary: "Upsert another exchange's listings by (source, id there); a report per record" })
  @ApiHeader({ name: CLIENT_ID_HEADER, required: true })
  @ApiHeader({ name: CLIENT_SECRET_HEADER, required: true })
  @ZodResponse({ type: ImportReportDto })
  async import(
    @Headers(CLIENT_ID_HEADER) clientId: string | undefined,
    @Headers(CLIENT_SECRET_HEADER) secret: string | undefined,
    @Body() body: ImportRequestDto,
  ) {
    const source = await this.exchange.authenticateClient(clientId, secret);
    return this.exchange.importRecords(source, body);
  }

  @Get('clients')
  @ApiOperation({ summary: 'Exchange clients (admin)' })
  @ZodResponse({ type: ExchangeClientListDto })
  listClients(@CurrentUser() user: Principal) {
    return this.exchange.listClients(toActor(user));
  }

  @Post('clients')
  @ApiOperation({ summary: 'Create an exchange client (admin); the secret is returned once' })
  @ZodResponse({ status: 201, type: ExchangeClientCreatedDto })
  createClient(@CurrentUser() user: Principal, @Body() body: ExchangeClientInputDto) {
    return this.exchange.createClient(toActor(user), body);
  }

  @Post('clients/:id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an exchange client (admin)' })
  @ZodResponse({ type: ExchangeClientDto })
  revokeClient(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.exchange.revokeClient(toActor(user), id);
  }
}
