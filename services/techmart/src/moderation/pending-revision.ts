// What the owner is told while an edit of a published listing is not yet approved: the public keeps
// seeing the published version until an officer publishes the edit.

import { hasPendingRevision } from './listing-lifecycle.js';
import { lifecycleState, type ListingMeta } from './listing-record.js';
import type { PendingRevisionView } from './moderation.schema.js';

const MESSAGES: Record<PendingRevisionView['status'], { vi: string; en: string }> = {
  draft: {
    vi: 'Bản sửa chưa được gửi duyệt. Công chúng vẫn thấy phiên bản đã công bố.',
    en: 'Your edit has not been submitted. The public still sees the published version.',
  },
  submitted: {
    vi: 'Bản sửa đang chờ duyệt. Công chúng vẫn thấy phiên bản đã công bố cho đến khi bản sửa được duyệt.',
    en: 'Your edit is awaiting moderation. The public still sees the published version until it is approved.',
  },
  returned: {
    vi: 'Bản sửa đã bị trả lại. Công chúng vẫn thấy phiên bản đã công bố.',
    en: 'Your edit was returned. The public still sees the published version.',
  },
};

export function pendingRevisionOf(
  record: Pick<ListingMeta, 'status' | 'publishedSnapshot' | 'publishedAt'>,
): PendingRevisionView | undefined {
  if (!hasPendingRevision(lifecycleState(record))) return undefined;
  const status = record.status as PendingRevisionView['status'];
  const published = record.publishedSnapshot as { revision?: number; publishedAt?: string };
  return {
    status,
    publicRevision: published.revision ?? 0,
    publishedAt: published.publishedAt ?? record.publishedAt?.toISOString() ?? '',
    message: MESSAGES[status],
  };
}
