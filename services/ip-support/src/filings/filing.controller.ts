// /api/ip-support/v1 — filings: record the application (officer), follow its milestones.
import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { downloadHeaders } from '@sti/attachments';
import { Authenticated, CurrentUser, type Principal, problem } from '@sti/platform';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import {
  filingListQuerySchema,
  filingListSchema,
  filingViewSchema,
  recordFilingSchema,
  recordMilestoneSchema,
} from './filing.schema.js';
import { FilingService } from './filing.service.js';

export class RecordFilingDto extends createZodDto(recordFilingSchema) {}
export class RecordMilestoneDto extends createZodDto(recordMilestoneSchema) {}
export class FilingViewDto extends createZodDto(filingViewSchema) {}
export class FilingListDto extends createZodDto(filingListSchema) {}
export class FilingListQueryDto extends createZodDto(filingListQuerySchema) {}

@ApiTags('filings')
@Authenticated()
@Controller('v1')
export class FilingController {
  constructor(private readonly filings: FilingService) {}

  @Post('requests/:id/filing')
  @ApiOperation({ summary: 'Record the application at the national IP office (officer; dossier complete)' })
  @ZodResponse({ status: 201, type: FilingViewDto })
  record(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: RecordFilingDto) {
    return this.filings.record(toActor(user), id, body);
  }

  @Get('requests/:id/filing')
  @ZodResponse({ type: FilingViewDto })
  forRequest(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.filings.forRequest(toActor(user), id);
  }

  @Get('filings')
  @ApiOperation({ summary: 'Filings: a business sees its organisation’s; officers see all' })
  @ZodResponse({ type: FilingListDto })
  list(@CurrentUser() user: Principal, @Query() query: FilingListQueryDto) {
    return this.filings.list(toActor(user), query);
  }

  @Get('filings/:id')
  @ZodResponse({ type: FilingViewDto })
  get(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.filings.get(toActor(user), id);
  }

  @Post('filings/:id/milestones')
  @ApiOperation({ summary: 'Record a milestone (officer): examination, publication, office action, grant…' })
  @ZodResponse({ status: 201, type: FilingViewDto })
  milestone(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: RecordMilestoneDto) {
    return this.filings.addMilestone(toActor(user), id, body);
  }

  @Post('filings/:id/milestones/:milestoneId/document')
  @ApiOperation({ summary: 'Attach the office’s document to a milestone (multipart "file"; PDF or image ≤ 10 MB)' })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ status: 201, type: FilingViewDto })
  attach(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('milestoneId', IdPipe) milestoneId: string,
    @Req() request: FastifyRequest,
  ) {
    if (!request.isMultipart()) throw problem('unsupported_media_type');
    return this.filings.attachDocument(toActor(user), id, milestoneId, async () => {
      const file = await request.file();
      if (!file) throw problem('bad_request', { detail: 'multipart field "file" is missing' });
      return { fileName: file.filename, stream: file.file };
    });
  }

  @Get('filings/:id/milestones/:milestoneId/document')
  async download(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('milestoneId', IdPipe) milestoneId: string,
    @Res() reply: FastifyReply,
  ) {
    const { document, stream } = await this.filings.openMilestoneDocument(toActor(user), id, milestoneId);
    return reply.headers(downloadHeaders(document)).send(stream);
  }
}
