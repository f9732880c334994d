// The one place connections notify people, through Techmart's existing in-app notifications (per
// organisation, tied to a listing). Today's notification view accepts only the listing-decision
// kinds (its response schema is an enum), so a connection kind written there would break the
// parties' notification list: a kind is written only once the model accepts it. Until then the
// introduction, with the officer's message, reaches both parties in their "Kết nối" list; when the
// shared notification model takes these kinds (with templates and e-mail), they flow from here with
// no change to the connection service.

import { NotificationRepository } from '../notifications/notification.repository.js';
import { notificationKindSchema } from '../notifications/notification.schema.js';
import type { Db } from '../moderation/listing-workflow.js';

export type ConnectionNotice = 'connection_introduced' | 'connection_decided' | 'connection_signed';

/** Whether the notification model can show this kind yet. */
export function notificationModelAccepts(kind: ConnectionNotice): boolean {
  return notificationKindSchema.safeParse(kind).success;
}

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
  ): Promise<boolean> {
    if (!notificationModelAccepts(notice.kind)) return false;
    for (const organisationId of new Set(notice.organisationIds)) {
      await this.notifications.add(db, {
        organisationId,
        kind: notice.kind as unknown as 'listing_published',
        listingType: 'need',
        listingId: notice.needId,
        listingTitle: notice.needTitle,
        // shown as is until the kind has a template
        reason: notice.text,
        createdAt: notice.at,
      });
    }
    return true;
  }
}
