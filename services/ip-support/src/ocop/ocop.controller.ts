// /api/ip-support/v1/ocop — OCOP product readiness: co-operatives see and work on their own
// products; officers see all (with status filters), confirm items and answer help requests;
// administrators publish new rule-set versions. Anonymous callers get 401.
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { downloadHeaders } from '@sti/attachments';
import { Authenticated, CurrentUser, type Principal, problem } from '@sti/platform';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import { OCOP_ITEM_CODES, type OcopItemCode } from './ocop-rules.js';
import {
  answerHelpSchema,
  askHelpSchema,
  createOcopProductSchema,
  ocopHelpListQuerySchema,
  ocopHelpListSchema,
  ocopProductListQuerySchema,
  ocopProductListSchema,
  ocopProductViewSchema,
  ocopRuleSetListSchema,
  ocopRuleSetViewSchema,
  publishOcopRuleSetSchema,
  updateOcopItemSchema,
} from './ocop.schema.js';
import { OcopService } from './ocop.service.js';

export class CreateOcopProductDto extends createZodDto(createOcopProductSchema) {}
export class UpdateOcopItemDto extends createZodDto(updateOcopItemSchema) {}
export class AskHelpDto extends createZodDto(askHelpSchema) {}
export class AnswerHelpDto extends createZodDto(answerHelpSchema) {}
export class OcopProductListQueryDto extends createZodDto(ocopProductListQuerySchema) {}
export class OcopHelpListQueryDto extends createZodDto(ocopHelpListQuerySchema) {}
export class PublishOcopRuleSetDto extends createZodDto(publishOcopRuleSetSchema) {}
export class OcopProductDto extends createZodDto(ocopProductViewSchema) {}
export class OcopProductListDto extends createZodDto(ocopProductListSchema) {}
export class OcopHelpListDto extends createZodDto(ocopHelpListSchema) {}
export class OcopRuleSetDto extends createZodDto(ocopRuleSetViewSchema) {}
export class OcopRuleSetListDto extends createZodDto(ocopRuleSetListSchema) {}

function itemCode(code: string): OcopItemCode {
  if (!(OCOP_ITEM_CODES as readonly string[]).includes(code))
    throw problem('not_found', { detail: `no item ${code.slice(0, 40)}` });
  return code as OcopItemCode;
}

@ApiTags('ocop')
@Authenticated()
@Controller('v1/ocop')
export class OcopController {
  constructor(private readonly ocop: OcopService) {}

  @Get('rules')
  @ApiOperation({ summary: 'Every OCOP readiness rule-set version, oldest first' })
  @ZodResponse({ type: OcopRuleSetListDto })
  async rules() {
    return { items: await this.ocop.ruleSetViews() };
  }

  @Post('rules')
  @ApiOperation({ summary: 'Publish a new rule-set version from an effective date (admin)' })
  @ZodResponse({ status: 201, type: OcopRuleSetDto })
  publish(@CurrentUser() user: Principal, @Body() body: PublishOcopRuleSetDto) {
    return this.ocop.publishRuleSet(toActor(user), body);
  }

  @Get('products')
  @ApiOperation({
    summary:
      'OCOP products: a business sees its own; officers all, filtered by category, item status, readiness, open help',
  })
  @ZodResponse({ type: OcopProductListDto })
  list(@CurrentUser() user: Principal, @Query() query: OcopProductListQueryDto) {
    return this.ocop.list(toActor(user), query);
  }

  @Post('products')
  @ApiOperation({ summary: 'Enrol an OCOP product of the caller’s organisation (opens its readiness checklist)' })
  @ZodResponse({ status: 201, type: OcopProductDto })
  create(@CurrentUser() user: Principal, @Body() body: CreateOcopProductDto) {
    return this.ocop.create(toActor(user), body);
  }

  @Get('products/:id')
  @ZodResponse({ type: OcopProductDto })
  get(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.ocop.get(toActor(user), id);
  }

  @Patch('products/:id/items/:code')
  @ApiOperation({
    summary:
      'Update an item: the co-operative fills details and submits for review; the officer confirms (done), returns or marks not applicable',
  })
  @ZodResponse({ type: OcopProductDto })
  updateItem(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code') code: string,
    @Body() body: UpdateOcopItemDto,
  ) {
    return this.ocop.updateItem(toActor(user), id, itemCode(code), body);
  }

  @Post('products/:id/items/:code/documents')
  @ApiOperation({ summary: 'Attach a document to an item (multipart field "file"; PDF or image by content, ≤ 10 MB)' })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ status: 201, type: OcopProductDto })
  upload(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code') code: string,
    @Req() request: FastifyRequest,
  ) {
    if (!request.isMultipart()) throw problem('unsupported_media_type');
    return this.ocop.addDocument(toActor(user), id, itemCode(code), async () => {
      const file = await request.file();
      if (!file) throw problem('bad_request', { detail: 'multipart field "file" is missing' });
      return { fileName: file.filename, stream: file.file };
    });
  }

  @Get('products/:id/documents/:documentId/content')
  @ApiOperation({ summary: 'Download an item document (never rendered as a page)' })
  async content(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('documentId', IdPipe) documentId: string,
    @Res() reply: FastifyReply,
  ) {
    const { document, stream } = await this.ocop.openDocument(toActor(user), id, documentId);
    return reply.headers(downloadHeaders(document)).send(stream);
  }

  @Post('products/:id/help')
  @ApiOperation({ summary: 'Ask the officers for help on one item (the co-operative)' })
  @ZodResponse({ status: 201, type: OcopProductDto })
  askHelp(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: AskHelpDto) {
    return this.ocop.askHelp(toActor(user), id, body);
  }

  @Get('help')
  @ApiOperation({ summary: 'Help requests: officers see all, a business its own; newest first' })
  @ZodResponse({ type: OcopHelpListDto })
  listHelp(@CurrentUser() user: Principal, @Query() query: OcopHelpListQueryDto) {
    return this.ocop.listHelp(toActor(user), query);
  }

  @Post('help/:helpId/answer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer a help request (officers)' })
  @ZodResponse({ type: OcopProductDto })
  answer(@CurrentUser() user: Principal, @Param('helpId', IdPipe) helpId: string, @Body() body: AnswerHelpDto) {
    return this.ocop.answerHelp(toActor(user), helpId, body);
  }
}
