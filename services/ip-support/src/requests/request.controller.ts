// /api/ip-support/v1/requests — support requests, triage, assignment and the thread.
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import { reasonSchema } from '../shared/schema-primitives.js';
import {
  acceptRequestSchema,
  assignRequestSchema,
  createRequestSchema,
  messageListQuerySchema,
  messageListSchema,
  messageViewSchema,
  postMessageSchema,
  requestListQuerySchema,
  requestListSchema,
  requestViewSchema,
  resubmitRequestSchema,
  updateRequestSchema,
  withdrawRequestSchema,
} from './request.schema.js';
import { RequestService } from './request.service.js';

export class CreateRequestDto extends createZodDto(createRequestSchema) {}
export class UpdateRequestDto extends createZodDto(updateRequestSchema) {}
export class AcceptRequestDto extends createZodDto(acceptRequestSchema) {}
export class ReasonDto extends createZodDto(reasonSchema) {}
export class ResubmitRequestDto extends createZodDto(resubmitRequestSchema) {}
export class WithdrawRequestDto extends createZodDto(withdrawRequestSchema) {}
export class AssignRequestDto extends createZodDto(assignRequestSchema) {}
export class RequestListQueryDto extends createZodDto(requestListQuerySchema) {}
export class RequestViewDto extends createZodDto(requestViewSchema) {}
export class RequestListDto extends createZodDto(requestListSchema) {}
export class PostMessageDto extends createZodDto(postMessageSchema) {}
export class MessageListQueryDto extends createZodDto(messageListQuerySchema) {}
export class MessageViewDto extends createZodDto(messageViewSchema) {}
export class MessageListDto extends createZodDto(messageListSchema) {}

@ApiTags('requests')
@Authenticated()
@Controller('v1/requests')
export class RequestController {
  constructor(private readonly requests: RequestService) {}

  @Get()
  @ApiOperation({ summary: 'Requests: a business sees its organisation’s; officers see all (triage queue)' })
  @ZodResponse({ type: RequestListDto })
  list(@CurrentUser() user: Principal, @Query() query: RequestListQueryDto) {
    return this.requests.list(toActor(user), query);
  }

  @Post()
  @ApiOperation({ summary: 'Ask for support with one right for one subject (business, co-operative, institute)' })
  @ZodResponse({ status: 201, type: RequestViewDto })
  create(@CurrentUser() user: Principal, @Body() body: CreateRequestDto) {
    return this.requests.create(toActor(user), body);
  }

  @Get(':id')
  @ZodResponse({ type: RequestViewDto })
  get(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.requests.get(toActor(user), id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit the request while it is submitted or needs more information' })
  @ZodResponse({ type: RequestViewDto })
  update(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: UpdateRequestDto) {
    return this.requests.update(toActor(user), id, body);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept (officer): opens the dossier from the checklist in force' })
  @ZodResponse({ type: RequestViewDto })
  accept(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: AcceptRequestDto) {
    return this.requests.act(toActor(user), id, 'accept', { ...(body.note ? { note: body.note } : {}) });
  }

  @Post(':id/ask-info')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the requester for more information (officer; the question goes into the thread)' })
  @ZodResponse({ type: RequestViewDto })
  askInfo(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: ReasonDto) {
    return this.requests.act(toActor(user), id, 'ask_info', { reason: body.reason });
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline with a reason (officer)' })
  @ZodResponse({ type: RequestViewDto })
  decline(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: ReasonDto) {
    return this.requests.act(toActor(user), id, 'decline', { reason: body.reason });
  }

  @Post(':id/resubmit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the request back to the officer after adding what was asked' })
  @ZodResponse({ type: RequestViewDto })
  resubmit(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: ResubmitRequestDto) {
    return this.requests.act(toActor(user), id, 'resubmit', { ...(body.message ? { message: body.message } : {}) });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw the request before filing (the requesting organisation)' })
  @ZodResponse({ type: RequestViewDto })
  withdraw(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: WithdrawRequestDto) {
    return this.requests.act(toActor(user), id, 'withdraw', { ...(body.reason ? { reason: body.reason } : {}) });
  }

  @Post(':id/assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign the request to an officer (officers)' })
  @ZodResponse({ type: RequestViewDto })
  assign(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: AssignRequestDto) {
    return this.requests.assign(toActor(user), id, body);
  }

  @Get(':id/messages')
  @ApiOperation({ summary: 'The thread, oldest first (internal notes only for officers)' })
  @ZodResponse({ type: MessageListDto })
  messages(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Query() query: MessageListQueryDto) {
    return this.requests.messages(toActor(user), id, query);
  }

  @Post(':id/messages')
  @ApiOperation({ summary: 'Post a message, or an internal note (officers)' })
  @ZodResponse({ status: 201, type: MessageViewDto })
  postMessage(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: PostMessageDto) {
    return this.requests.postMessage(toActor(user), id, body);
  }
}
