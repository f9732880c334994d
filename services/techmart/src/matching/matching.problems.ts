// Matching's and connections' problem+json errors.

import { ProblemError, problem } from '@sti/platform';
import type { AccessDecision } from '../moderation/listing-ownership.policy.js';

export function assertMatchingAllowed(decision: AccessDecision): void {
  if (decision === 'allow') return;
  if (decision === 'unauthenticated') throw problem('unauthenticated');
  if (decision === 'not_found') throw problem('not_found');
  throw problem('forbidden', {
    message: {
      vi: 'Chỉ cán bộ phụ trách địa bàn (hoặc chính bên liên quan) được xem và thao tác mục này.',
      en: 'Only the officers responsible for the area (or the party itself) may see or act on this.',
    },
  });
}

export function suggestionNotFound(id: string): ProblemError {
  return problem('not_found', {
    message: { vi: `Không tìm thấy gợi ý ${id}.`, en: `No suggestion ${id}.` },
    detail: `suggestion ${id}`,
  });
}

export function needNotOpen(id: string): ProblemError {
  return problem('not_found', {
    message: {
      vi: `Nhu cầu ${id} không tồn tại hoặc không còn mở.`,
      en: `Need ${id} does not exist or is no longer open.`,
    },
    detail: `need ${id}`,
  });
}

export function suggestionConflict(state: string): ProblemError {
  return new ProblemError({
    status: 409,
    code: 'invalid_transition',
    message: {
      vi: `Gợi ý đang ở trạng thái "${state}" nên không thể thực hiện thao tác này.`,
      en: `The suggestion is ${state}, so this cannot be done.`,
    },
    extensions: { state },
  });
}
