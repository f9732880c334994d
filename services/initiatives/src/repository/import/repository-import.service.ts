// Imports other units' records into the central repository (officers and admins). The whole file is one
// transaction: a file-level failure half-way (too many rows, a broken zip, an over-size upload) leaves
// the repository as it was, and a retry is safe because the import is idempotent anyway.
import type { Readable } from 'node:stream';
import { ProblemError, problem } from '@sti/platform';
import type { PrismaClient, RepositoryRecord } from '../../generated/prisma/client.js';
import type { ReferenceService } from '../../reference/reference.service.js';
import { type Actor, hasRole } from '../../shared/actor.js';
import type { Clock } from '../../shared/clock.js';
import { unprocessable } from '../../shared/problems.js';
import { type ImportFormat, ImportFileError, mapImportRows, sheetRows } from './import-file.reader.js';
import { runImport } from './import-run.js';
import type { ImportReportView } from './import.schema.js';
import { importTemplateCsv, importTemplateXlsx } from './import-template.writer.js';
import { PrismaImportSink } from './prisma-import.sink.js';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportUpload {
  format: ImportFormat;
  stream: Readable;
  /** whether the multipart parser stopped the file at its size limit */
  truncated: () => boolean;
}

export class RepositoryImportService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
    /** told about created and changed records after the import commits (the similarity index) */
    private readonly onRecordsChanged: (rows: readonly RepositoryRecord[]) => void = () => {},
  ) {}

  assertMayImport(actor: Actor | null): asserts actor is Actor {
    if (!actor) throw problem('unauthenticated');
    if (!hasRole(actor, 'officer', 'admin')) {
      throw problem('forbidden', {
        message: {
          vi: 'Chỉ cán bộ quản lý hoặc quản trị viên được nhập dữ liệu vào kho sáng kiến.',
          en: 'Only officers and admins may import records into the repository.',
        },
      });
    }
  }

  async import(actor: Actor | null, openUpload: () => Promise<ImportUpload>): Promise<ImportReportView> {
    this.assertMayImport(actor);
    const upload = await openUpload();
    const now = this.clock();
    const fields = await this.reference.fields();
    const fieldNames = new Map(fields.map((f) => [f.code, { nameVi: f.nameVi, nameEn: f.nameEn }]));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
    try {
      const { report, changed } = await this.prisma.$transaction(
        async (tx) => {
          const sink = new PrismaImportSink(tx, fieldNames, now);
          const rows = mapImportRows(sheetRows(upload.format, upload.stream), { maxRows: MAX_IMPORT_ROWS });
          const result = await runImport(rows, { knownFieldCodes: new Set(fieldNames.keys()), today }, sink);
          if (upload.truncated()) throw tooLarge();
          return { report: result, changed: sink.changed };
        },
        { maxWait: 10_000, timeout: 180_000 },
      );
      this.onRecordsChanged(changed);
      return { format: upload.format, ...report };
    } catch (error) {
      if (upload.truncated()) throw tooLarge();
      if (error instanceof ImportFileError) {
        throw unprocessable(`import_${error.problem}`, error.messages.vi, error.messages.en, {
          ...(error.columns.length ? { columns: error.columns } : {}),
        });
      }
      throw error;
    } finally {
      upload.stream.resume(); // drain what a failed parse left, so the request can finish
    }
  }

  async templateXlsx(): Promise<Buffer> {
    const fields = await this.reference.fields();
    return importTemplateXlsx(fields.map((f) => ({ code: f.code, name: `${f.nameVi} / ${f.nameEn}` })));
  }

  templateCsv(): Buffer {
    return importTemplateCsv();
  }
}

function tooLarge(): ProblemError {
  return problem('payload_too_large', {
    message: {
      vi: `Tệp nhập lớn hơn ${MAX_IMPORT_BYTES / 1024 / 1024} MB; hãy chia thành nhiều tệp.`,
      en: `The import file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into several files.`,
    },
  });
}
