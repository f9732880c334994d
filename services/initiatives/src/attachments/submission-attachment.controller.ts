// /api/initiatives/v1/submissions/:id/attachments — the authors' files; reviewers download them
// through their assignment (neutral names in a blind campaign). Bytes out, never rendered as HTML.
import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { downloadHeaders } from '@sti/attachments';
import { CurrentUser, type Principal, problem } from '@sti/platform';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import { attachmentViewSchema } from '../submissions/submission.schema.js';
import { SubmissionAttachmentService } from './submission-attachment.service.js';

export class AttachmentViewDto extends createZodDto(attachmentViewSchema.meta({ id: 'SubmissionAttachment' })) {}

@ApiTags('submissions')
@Controller('v1')
export class SubmissionAttachmentController {
  constructor(private readonly attachments: SubmissionAttachmentService) {}

  @Post('submissions/:id/attachments')
  @ApiOperation({
    summary: 'Attach a file (multipart field "file"); ≤ 10 MB, pdf/png/jpeg/webp/docx/xlsx; authors only',
  })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ status: 201, type: AttachmentViewDto })
  upload(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Req() request: FastifyRequest) {
    if (!request.isMultipart()) throw problem('unsupported_media_type');
    // the body is opened only after the service checked the submission and the caller's rights
    return this.attachments.add(toActor(user), id, async () => {
      const file = await request.file();
      if (!file) throw problem('bad_request', { detail: 'multipart field "file" is missing' });
      return { fileName: file.filename, stream: file.file };
    });
  }

  @Delete('submissions/:id/attachments/:attachmentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a file while the submission is still a draft; authors only' })
  async remove(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('attachmentId', IdPipe) attachmentId: string,
  ) {
    await this.attachments.remove(toActor(user), id, attachmentId);
  }

  @Get('submissions/:id/attachments/:attachmentId')
  @ApiOperation({ summary: 'Download a file: the authors and the campaign’s staff' })
  async download(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('attachmentId', IdPipe) attachmentId: string,
    @Res() reply: FastifyReply,
  ) {
    const { file, stream } = await this.attachments.open(toActor(user), id, attachmentId);
    return reply.headers(downloadHeaders(file)).send(stream);
  }

  @Get('assignments/:assignmentId/attachments/:attachmentId')
  @ApiOperation({ summary: 'Download a file of an assigned submission (neutral file name in a blind campaign)' })
  async downloadAsReviewer(
    @CurrentUser() user: Principal,
    @Param('assignmentId', IdPipe) assignmentId: string,
    @Param('attachmentId', IdPipe) attachmentId: string,
    @Res() reply: FastifyReply,
  ) {
    const { file, stream } = await this.attachments.openForReviewer(toActor(user), assignmentId, attachmentId);
    return reply.headers(downloadHeaders(file)).send(stream);
  }
}
