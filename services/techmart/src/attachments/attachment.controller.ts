// Uploading and downloading listing attachments (multipart in, bytes out, never rendered as HTML).

import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { downloadHeaders } from '@sti/attachments';
import { CurrentUser, type Principal, problem } from '@sti/platform';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { ListingKind } from '../moderation/listing-ownership.policy.js';
import { attachmentViewSchema } from '../shared/schema-primitives.js';
import { ListingIdPipe, toActor } from '../shared/http.js';
import { AttachmentService } from './attachment.service.js';

export class AttachmentDto extends createZodDto(attachmentViewSchema.meta({ id: 'Attachment' })) {}

const COLLECTIONS: Record<string, ListingKind> = { offers: 'offer', needs: 'need', experts: 'expert' };

@ApiTags('attachments')
@Controller('v1')
export class AttachmentController {
  constructor(private readonly attachments: AttachmentService) {}

  @Post(':collection/:id/attachments')
  @ApiOperation({
    summary: 'Attach a file (multipart field "file", optional field "revision"); ≤ 10 MB, pdf/png/jpeg/webp/docx/xlsx',
  })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ status: 201, type: AttachmentDto })
  async upload(
    @CurrentUser() user: Principal,
    @Param('collection') collection: string,
    @Param('id', ListingIdPipe) id: string,
    @Req() request: FastifyRequest,
  ) {
    const kind = kindOf(collection);
    if (!request.isMultipart()) throw problem('unsupported_media_type');
    // The body is opened only after the service has checked the listing and the caller's rights.
    return this.attachments.add(toActor(user), kind, id, async () => {
      const file = await request.file();
      if (!file) throw problem('bad_request', { detail: 'multipart field "file" is missing' });
      const revisionField = file.fields.revision;
      const revisionValue =
        revisionField && !Array.isArray(revisionField) && 'value' in revisionField
          ? Number(revisionField.value)
          : undefined;
      return {
        fileName: file.filename,
        stream: file.file,
        revision: Number.isInteger(revisionValue) ? revisionValue : undefined,
      };
    });
  }

  @Get(':collection/:id/attachments/:attachmentId')
  @ApiOperation({ summary: 'Download an attachment of a listing the caller may read' })
  async download(
    @CurrentUser({ optional: true }) user: Principal | undefined,
    @Param('collection') collection: string,
    @Param('id', ListingIdPipe) id: string,
    @Param('attachmentId', ListingIdPipe) attachmentId: string,
    @Res() reply: FastifyReply,
  ) {
    const { attachment, stream } = await this.attachments.open(toActor(user), kindOf(collection), id, attachmentId);
    return reply.headers(downloadHeaders(attachment)).send(stream);
  }
}

function kindOf(collection: string): ListingKind {
  const kind = COLLECTIONS[collection];
  if (!kind) throw problem('not_found');
  return kind;
}
