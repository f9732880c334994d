// POST /repository/imports (officers, admins: multipart CSV or XLSX → per-row report) and the templates.
import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal, problem } from '@sti/platform';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { toActor } from '../../shared/http.js';
import type { ImportFormat } from './import-file.reader.js';
import { importReportSchema } from './import.schema.js';
import { MAX_IMPORT_BYTES, RepositoryImportService } from './repository-import.service.js';

export class ImportReportDto extends createZodDto(importReportSchema) {}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('repository')
@Controller('v1/repository')
export class RepositoryImportController {
  constructor(private readonly imports: RepositoryImportService) {}

  @Post('imports')
  @HttpCode(200)
  @ApiOperation({
    summary: `Import records from another unit (multipart field "file", .xlsx or .csv, ≤ ${MAX_IMPORT_BYTES / 1024 / 1024} MB); officers and admins. Idempotent by (source unit, external id).`,
  })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ status: 200, type: ImportReportDto })
  async import(@CurrentUser({ optional: true }) user: Principal | undefined, @Req() request: FastifyRequest) {
    const actor = toActor(user);
    // rights first, then the body; an announced over-size body is refused before it is read
    this.imports.assertMayImport(actor);
    if (Number(request.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) {
      throw problem('payload_too_large');
    }
    if (!request.isMultipart()) throw problem('unsupported_media_type');
    return this.imports.import(actor, async () => {
      const file = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!file) throw problem('bad_request', { detail: 'multipart field "file" is missing' });
      const format = formatOf(file.filename, file.mimetype);
      if (!format) {
        file.file.resume();
        throw problem('unsupported_media_type', {
          message: { vi: 'Chỉ nhận tệp .xlsx hoặc .csv.', en: 'Only .xlsx or .csv files are accepted.' },
        });
      }
      return { format, stream: file.file, truncated: () => file.file.truncated };
    });
  }

  @Get('import-template.xlsx')
  @ApiOperation({
    summary: 'The XLSX import template: Vietnamese headings, the English line, a guide and the field codes',
  })
  async templateXlsx(@Res() reply: FastifyReply) {
    return download(reply, await this.imports.templateXlsx(), XLSX_TYPE, 'mau-nhap-sang-kien.xlsx');
  }

  @Get('import-template.csv')
  @ApiOperation({ summary: 'The CSV import template (UTF-8 with BOM): Vietnamese headings and the English line' })
  templateCsv(@Res() reply: FastifyReply) {
    return download(reply, this.imports.templateCsv(), 'text/csv; charset=utf-8', 'mau-nhap-sang-kien.csv');
  }
}

function formatOf(fileName: string, mimeType: string): ImportFormat | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx') || mimeType === XLSX_TYPE) return 'xlsx';
  if (name.endsWith('.csv') || mimeType === 'text/csv') return 'csv';
  return undefined;
}

export function download(reply: FastifyReply, body: Buffer, type: string, fileName: string) {
  return reply
    .header('Content-Type', type)
    .header('Content-Length', String(body.length))
    .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('X-Content-Type-Options', 'nosniff')
    .send(body);
}
