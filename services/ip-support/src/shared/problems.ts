// The service's problem+json errors (stable code, Vietnamese and English). Application services
// throw these; the platform's filter renders them.
import { type FieldError, ProblemError, problem } from '@sti/platform';

export type Named = { vi: string; en: string };

export function notFound(what: Named, id: string): ProblemError {
  return problem('not_found', {
    message: { vi: `Không tìm thấy ${what.vi} ${id}.`, en: `No ${what.en} ${id}.` },
    detail: id,
  });
}

export function forbidden(vi: string, en: string): ProblemError {
  return problem('forbidden', { message: { vi, en } });
}

export function conflict(code: string, vi: string, en: string, extensions?: Record<string, unknown>): ProblemError {
  return new ProblemError({ status: 409, code, message: { vi, en }, ...(extensions ? { extensions } : {}) });
}

export function unprocessable(
  code: string,
  vi: string,
  en: string,
  extensions?: Record<string, unknown>,
): ProblemError {
  return new ProblemError({ status: 422, code, message: { vi, en }, ...(extensions ? { extensions } : {}) });
}

export function validationFailed(errors: FieldError[]): ProblemError {
  return problem('validation_failed', { errors });
}

export const NAMES = {
  request: { vi: 'yêu cầu hỗ trợ', en: 'support request' },
  item: { vi: 'mục hồ sơ', en: 'dossier item' },
  document: { vi: 'tài liệu', en: 'document' },
  filing: { vi: 'đơn đăng ký', en: 'filing' },
  checklist: { vi: 'danh mục hồ sơ', en: 'checklist' },
  claim: { vi: 'hồ sơ đề nghị hỗ trợ', en: 'subsidy claim' },
  budget: { vi: 'ngân sách hỗ trợ', en: 'subsidy budget' },
  evidence: { vi: 'chứng từ', en: 'evidence file' },
} satisfies Record<string, Named>;
