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
    const kind = 'fair_reminder' as NotificationKind;
    expect(notificationMessage({ kind, listingTitle: 'Nhu cầu', reason: 'Hội chợ mở cửa ngày mai.' }).vi).toBe(
      'Hội chợ mở cửa ngày mai.',
    );
  });

  it('words the connection steps for both parties, in both languages', () => {
    const need = 'Máy sấy xoài 500 kg/mẻ';
    expect(
      notificationMessage({ kind: 'connection_introduced', listingTitle: need, reason: 'Kính giới thiệu hai bên.' }),
    ).toEqual({
      vi: `Cán bộ Sở giới thiệu kết nối về nhu cầu “${need}”: Kính giới thiệu hai bên.`,
      en: `An officer introduced a connection for the need “${need}”: Kính giới thiệu hai bên.`,
    });
    expect(
      notificationMessage({ kind: 'connection_declined', listingTitle: need, reason: 'HTX Xoài Cao Lãnh' }).vi,
    ).toBe(`HTX Xoài Cao Lãnh đã từ chối kết nối về nhu cầu “${need}”.`);
    expect(notificationMessage({ kind: 'connection_signed', listingTitle: need, reason: '2026-11-20' })).toEqual({
      vi: `Đã ghi nhận hợp đồng về nhu cầu “${need}”, ký ngày 20/11/2026.`,
      en: `The contract for the need “${need}” was recorded, signed on 2026-11-20.`,
    });
  });
});
