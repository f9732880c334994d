// Techmart's problem+json errors: the platform catalogue plus the codes specific to listings.
// Application services throw these; the platform's filter renders them.

import { type FieldError, ProblemError, problem } from '@sti/platform';
import type { ListingAction, ListingStatus } from '../moderation/listing-lifecycle.js';
import { InvalidTransitionError, StaleRevisionError } from '../moderation/listing-record.js';
import type { AccessDecision, ListingKind } from '../moderation/listing-ownership.policy.js';

const KIND_NAMES: Record<ListingKind, { vi: string; en: string }> = {
  offer: { vi: 'chào bán', en: 'offer' },
  need: { vi: 'nhu cầu công nghệ', en: 'technology need' },
  expert: { vi: 'hồ sơ chuyên gia', en: 'expert profile' },
};

const STATUS_NAMES: Record<ListingStatus, { vi: string; en: string }> = {
  draft: { vi: 'bản nháp', en: 'draft' },
  submitted: { vi: 'chờ duyệt', en: 'submitted' },
  published: { vi: 'đã công bố', en: 'published' },
  returned: { vi: 'bị trả lại', en: 'returned' },
  archived: { vi: 'đã lưu trữ', en: 'archived' },
};

const ACTION_NAMES: Record<ListingAction, { vi: string; en: string }> = {
  edit: { vi: 'sửa', en: 'edit' },
  submit: { vi: 'gửi duyệt', en: 'submit' },
  withdraw: { vi: 'rút lại', en: 'withdraw' },
  publish: { vi: 'công bố', en: 'publish' },
  return: { vi: 'trả lại', en: 'return' },
  archive: { vi: 'lưu trữ', en: 'archive' },
};

export function listingNotFound(kind: ListingKind, id: string): ProblemError {
  const name = KIND_NAMES[kind];
  return problem('not_found', {
    message: { vi: `Không tìm thấy ${name.vi} ${id}.`, en: `No ${name.en} ${id}.` },
    detail: `${kind} ${id}`,
  });
}

/** Throws the problem matching a policy decision, or returns when allowed. */
export function assertAllowed(decision: AccessDecision, kind: ListingKind, id?: string): void {
  switch (decision) {
    case 'allow':
      return;
    case 'unauthenticated':
      throw problem('unauthenticated');
    case 'forbidden':
      throw problem('forbidden', {
        message: {
          vi: `Bạn không có quyền thực hiện thao tác này với ${KIND_NAMES[kind].vi}.`,
          en: `You are not allowed to do this to the ${KIND_NAMES[kind].en}.`,
        },
      });
    case 'not_found':
      throw listingNotFound(kind, id ?? '');
  }
}

export function invalidTransition(kind: ListingKind, from: ListingStatus, action: ListingAction): ProblemError {
  return new ProblemError({
    status: 409,
    code: 'invalid_transition',
    message: {
      vi: `Không thể ${ACTION_NAMES[action].vi} ${KIND_NAMES[kind].vi} đang ở trạng thái "${STATUS_NAMES[from].vi}".`,
      en: `Cannot ${ACTION_NAMES[action].en} an ${KIND_NAMES[kind].en} that is ${STATUS_NAMES[from].en}.`,
    },
    extensions: { status: from, action },
  });
}

export function staleRevision(current: number): ProblemError {
  return problem('stale_revision', { extensions: { currentRevision: current } });
}

export function validationFailed(errors: FieldError[]): ProblemError {
  return problem('validation_failed', { errors });
}

export function invalidCursor(): ProblemError {
  return validationFailed([
    {
      field: 'cursor',
      code: 'invalid_cursor',
      message: { vi: 'Con trỏ phân trang không hợp lệ.', en: 'The paging cursor is not valid.' },
    },
  ]);
}

/** Domain rule violations become the matching problem; anything else passes through unchanged. */
export function toProblem(error: unknown, kind: ListingKind): unknown {
  if (error instanceof InvalidTransitionError) return invalidTransition(kind, error.from, error.action);
  if (error instanceof StaleRevisionError) return staleRevision(error.current);
  return error;
}

const RENEWAL_REFUSALS = {
  not_published: {
    vi: 'Chỉ gia hạn được tin đã công bố.',
    en: 'Only a published listing can be renewed.',
  },
  archived: { vi: 'Tin đã lưu trữ không gia hạn được.', en: 'An archived listing cannot be renewed.' },
  imported: {
    vi: 'Tin nhập từ sàn khác do sàn nguồn quản lý thời hạn.',
    en: 'A listing imported from another exchange follows its source’s dates.',
  },
} as const;

export function renewalRefused(kind: ListingKind, reason: keyof typeof RENEWAL_REFUSALS): ProblemError {
  return new ProblemError({
    status: 409,
    code: `renewal_${reason}`,
    message: RENEWAL_REFUSALS[reason],
    extensions: { listingType: kind, reason },
  });
}
