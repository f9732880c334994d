// /api/ip-support/v1/requests/:id/dossier — the checklist with uploads and the officer's checks.
import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { downloadHeaders } from '@sti/attachments';
import { Authenticated, CurrentUser, type Principal, problem } from '@sti/platform';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import { dossierItemViewSchema, dossierViewSchema, reviewItemSchema } from './dossier.schema.js';
import { DossierService } from './dossier.service.js';

export class DossierDto extends createZodDto(dossierViewSchema) {}
export class DossierItemDto extends createZodDto(dossierItemViewSchema) {}
export class ReviewItemDto extends createZodDto(reviewItemSchema) {}

const ITEM_CODE = /^[a-z][a-z0-9_]{1,39}$/;
function itemCode(code: string): string {
  if (!ITEM_CODE.test(code)) throw problem('not_found', { detail: `no item ${code.slice(0, 40)}` });
  return code;
}

@ApiTags('dossiers')
@Authenticated()
@Controller('v1/requests/:id/dossier')
export class DossierController {
  constructor(private readonly dossiers: DossierService) {}

  @Get()
  @ApiOperation({ summary: 'The dossier: checklist items, current documents with signature status, the fee' })
  @ZodResponse({ type: DossierDto })
  view(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.dossiers.view(toActor(user), id);
  }

  @Post('items/:code/documents')
  @ApiOperation({
    summary: 'Upload a document into an item (multipart field "file"; PDF or image by content, ≤ 10 MB)',
  })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ status: 201, type: DossierItemDto })
  upload(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code') code: string,
    @Req() request: FastifyRequest,
  ) {
    if (!request.isMultipart()) throw problem('unsupported_media_type');
    return this.dossiers.upload(toActor(user), id, itemCode(code), async () => {
      const file = await request.file();
      if (!file) throw problem('bad_request', { detail: 'multipart field "file" is missing' });
      return { fileName: file.filename, stream: file.file };
    });
  }

  @Post('items/:code/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept or reject an item’s current document (officers)' })
  @ZodResponse({ type: DossierDto })
  review(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code') code: string,
    @Body() body: ReviewItemDto,
  ) {
    return this.dossiers.review(toActor(user), id, itemCode(code), body);
  }

  @Get('documents/:documentId/content')
  @ApiOperation({ summary: 'Download a document (never rendered as a page)' })
  async content(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('documentId', IdPipe) documentId: string,
    @Res() reply: FastifyReply,
  ) {
    const { document, stream } = await this.dossiers.openDocument(toActor(user), id, documentId);
    return reply.headers(downloadHeaders(document)).send(stream);
  }
}
