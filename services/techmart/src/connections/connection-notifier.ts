// The one place connections notify people. It calls Techmart's existing in-app notifications as
// they are today (per organisation, tied to a listing); the platform-wide notification package being
// extracted will take these kinds over (introductions and decisions, with e-mail) in one edit here.

import { NotificationRepository } from '../notifications/notification.repository.js';
import type { Db } from '../moderation/listing-workflow.js';

export type ConnectionNotice = 'connection_introduced' | 'connection_decided' | 'connection_signed';

export class ConnectionNotifier {
  private readonly notifications = new NotificationRepository();

  async notify(
    db: Db,
    notice: {
      kind: ConnectionNotice;
      organisationIds: string[];
      needId: string;
      needTitle: string;
      text: string;
      at: Date;
    },
  ): Promise<void> {
    for (const organisationId of new Set(notice.organisationIds)) {
      await this.notifications.add(db, {
        organisationId,
        // The current model names only listing decisions; these kinds are new to it (see above).
        kind: notice.kind as unknown as 'listing_published',
        listingType: 'need',
        listingId: notice.needId,
        listingTitle: notice.needTitle,
        reason: notice.text,
        createdAt: notice.at,
      });
    }
  }
}
