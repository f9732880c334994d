// /api/techmart/v1/admin/audit — the audit log, for admins.

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import type { FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { toActor } from '../shared/http.js';
import { pageSchema } from '../shared/schema-primitives.js';
import type { RequestOrigin } from './audit-log.js';
import { AuditLogReader } from './audit-log-reader.js';
import { auditEntryViewSchema, auditQuerySchema } from './audit.schema.js';

export class AuditQueryDto extends createZodDto(auditQuerySchema) {}
export class AuditPageDto extends createZodDto(pageSchema(auditEntryViewSchema).meta({ id: 'AuditPage' })) {}

@ApiTags('admin')
@Controller('v1/admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditLogReader) {}

  @Get()
  @ApiOperation({ summary: 'Administrative changes, newest first (admin)' })
  @ZodResponse({ type: AuditPageDto })
  list(@CurrentUser() user: Principal, @Query() query: AuditQueryDto) {
    return this.audit.list(toActor(user), query);
  }
}

/** The caller's address: the first X-Forwarded-For hop when the gateway set one. */
export function originOf(request: FastifyRequest): RequestOrigin {
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return { sourceIp: first || request.ip || null };
}
