// The service's problem+json errors (stable code, Vietnamese and English). Application services throw
// these; the platform's filter renders them.
import { ProblemError, problem } from '@sti/platform';

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

/** 409 for a state the action does not apply to (e.g. scoring a round whose results are published). */
export function invalidState(code: string, vi: string, en: string, extensions?: Record<string, unknown>) {
  return new ProblemError({ status: 409, code, message: { vi, en }, ...(extensions ? { extensions } : {}) });
}

/** 422 for a well-formed request the rules refuse (ineligible application, incomplete score sheet). */
export function rejected(code: string, vi: string, en: string, extensions?: Record<string, unknown>) {
  return new ProblemError({ status: 422, code, message: { vi, en }, ...(extensions ? { extensions } : {}) });
}

export const NAMES = {
  startup: { vi: 'nhóm khởi nghiệp', en: 'startup' },
  contest: { vi: 'cuộc thi', en: 'contest' },
  round: { vi: 'vòng thi', en: 'contest round' },
  application: { vi: 'hồ sơ dự thi', en: 'application' },
  assignment: { vi: 'phân công chấm', en: 'assignment' },
  programme: { vi: 'chương trình ươm tạo', en: 'programme' },
  programmeApplication: { vi: 'hồ sơ đăng ký chương trình', en: 'programme application' },
  cohort: { vi: 'khóa ươm tạo', en: 'cohort' },
  milestone: { vi: 'mốc công việc', en: 'milestone' },
  file: { vi: 'tệp minh chứng', en: 'evidence file' },
} satisfies Record<string, Named>;
