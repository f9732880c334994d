// The one place connections notify people: Techmart's in-app notifications (the shared model of
// @sti/notifications), addressed to the parties' organisations and tied to the need they are about.

import type { Db } from '../moderation/listing-workflow.js';
import { NotificationRepository } from '../notifications/notification.repository.js';

export type ConnectionNotice =
  | 'connection_introduced'
  | 'connection_accepted'
  | 'connection_declined'
  | 'connection_signed';

export class ConnectionNotifier {
  private readonly notifications = new NotificationRepository();

  async notify(
    db: Db,
    notice: {
      kind: ConnectionNotice;
      organisationIds: string[];
      needId: string;
      needTitle: string;
      /** the template's parameter: the officer's message, who answered, or the signing date */
      detail: string;
      at: Date;
    },
  ): Promise<void> {
    for (const organisationId of new Set(notice.organisationIds)) {
      await this.notifications.add(db, {
        organisationId,
        kind: notice.kind,
        listingType: 'need',
        listingId: notice.needId,
        listingTitle: notice.needTitle,
        reason: notice.detail,
        createdAt: notice.at,
      });
    }
  }
}
