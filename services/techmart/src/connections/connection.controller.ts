// /api/techmart/v1/connections… — HTTP only.

import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { ZodResponse } from 'nestjs-zod';
import { ListingIdPipe, toActor } from '../shared/http.js';
import {
  CloseInputDto,
  ConnectInputDto,
  ConnectionDto,
  ConnectionListQueryDto,
  ConnectionPageDto,
  DecisionInputDto,
  NoteInputDto,
  RegistrationInputDto,
  SignInputDto,
} from './connection.dto.js';
import { ConnectionService } from './connection.service.js';

@ApiTags('connections')
@Controller('v1/connections')
export class ConnectionController {
  constructor(private readonly connections: ConnectionService) {}

  @Get()
  @ApiOperation({ summary: 'My organisation’s connections; for officers, their area’s' })
  @ZodResponse({ type: ConnectionPageDto })
  list(@CurrentUser() user: Principal, @Query() query: ConnectionListQueryDto) {
    return this.connections.list(toActor(user), query);
  }

  @Post()
  @ApiOperation({ summary: 'Introduce a need’s requester to a suggested supplier (officer)' })
  @ZodResponse({ status: 201, type: ConnectionDto })
  connect(@CurrentUser() user: Principal, @Body() body: ConnectInputDto) {
    return this.connections.connect(toActor(user), body);
  }

  @Get(':id')
  @ZodResponse({ type: ConnectionDto })
  get(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.connections.get(toActor(user), id);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept or decline the introduction (either party)' })
  @ZodResponse({ type: ConnectionDto })
  decide(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: DecisionInputDto) {
    return this.connections.decide(toActor(user), id, body);
  }

  @Post(':id/notes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a note, meeting or document of the negotiation' })
  @ZodResponse({ type: ConnectionDto })
  note(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: NoteInputDto) {
    return this.connections.addNote(toActor(user), id, body);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the signed contract (date, value, transfer type, registration)' })
  @ZodResponse({ type: ConnectionDto })
  sign(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: SignInputDto) {
    return this.connections.sign(toActor(user), id, body);
  }

  @Post(':id/registration')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the transfer contract’s registration number' })
  @ZodResponse({ type: ConnectionDto })
  register(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: RegistrationInputDto) {
    return this.connections.register(toActor(user), id, body.registrationNumber);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close without a deal (reason from the list, and text)' })
  @ZodResponse({ type: ConnectionDto })
  close(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: CloseInputDto) {
    return this.connections.close(toActor(user), id, body);
  }
}
