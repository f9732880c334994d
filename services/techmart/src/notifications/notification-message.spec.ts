// The texts Techmart's notifications show, now rendered from the shared model's templates.
import { describe, expect, it } from 'vitest';
import type { NotificationKind } from './notification.repository.js';
import { notificationMessage } from './notification.service.js';

describe('notificationMessage', () => {
  it('says a listing was published, or returned with the officer’s reason, in both languages', () => {
    expect(notificationMessage({ kind: 'listing_published', listingTitle: 'Máy sấy xoài', reason: null })).toEqual({
      vi: 'Tin “Máy sấy xoài” đã được duyệt và công bố.',
      en: '“Máy sấy xoài” was approved and published.',
    });
    expect(notificationMessage({ kind: 'listing_returned', listingTitle: 'Lò trấu', reason: 'Thiếu ảnh.' })).toEqual({
      vi: 'Tin “Lò trấu” bị trả lại: Thiếu ảnh.',
      en: '“Lò trấu” was returned: Thiếu ảnh.',
    });
  });

  it('shows the text a notification was written with when its kind has no template yet', () => {
    const kind = 'connection_introduced' as NotificationKind;
    expect(notificationMessage({ kind, listingTitle: 'Nhu cầu', reason: 'Cán bộ đã giới thiệu hai bên.' }).vi).toBe(
      'Cán bộ đã giới thiệu hai bên.',
    );
  });
});
