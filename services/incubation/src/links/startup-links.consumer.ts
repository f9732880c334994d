// Links from other services, through their events only (no service reads another's tables): an offer
// Techmart publishes for the startup's organisation shows on the startup's profile as a technology on
// the exchange (`startup_links`, kind techmart_offer); archiving it marks the link archived. The inbox
// row and the link commit together, so a redelivered event changes nothing twice.
import { OfferArchivedSchema, OfferPublishedSchema } from '@sti/contracts';
import {
  type Consumer,
  createConsumer,
  type EventTransport,
  on,
  type SqlClient,
  type SqlExecutor,
  sqlTransactionRunner,
} from '@sti/platform';
import type { Logger } from 'pino';
import { uuidv7 } from 'uuidv7';

export const LINK_TOPICS = ['techmart.offer.v1'];
export const LINKS_CONSUMER_GROUP = 'incubation.links';

export function createStartupLinksConsumer(options: {
  db: SqlClient;
  transport: EventTransport;
  logger?: Logger;
  group?: string;
}): Consumer {
  return createConsumer<SqlExecutor>({
    group: options.group ?? LINKS_CONSUMER_GROUP,
    topics: LINK_TOPICS,
    transport: options.transport,
    transactions: sqlTransactionRunner(options.db),
    ...(options.logger ? { logger: options.logger } : {}),
    handlers: {
      ...on(OfferPublishedSchema, async (event, sql) => {
        const offer = event.message.offer;
        const organisationId = offer?.owner?.id;
        if (!offer || !organisationId || !/^[0-9a-f-]{36}$/i.test(organisationId)) return;
        // the startup of the offering organisation (the oldest, when one organisation runs several)
        await sql.query(
          `INSERT INTO startup_links (id, startup_id, kind, external_id, title, status, updated_at)
           SELECT $1::uuid, s.id, 'techmart_offer', $2, $3, 'published', $4::timestamptz
             FROM startups s WHERE s.organisation_id = $5::uuid ORDER BY s.created_at LIMIT 1
           ON CONFLICT (kind, external_id) DO UPDATE SET title = EXCLUDED.title, status = 'published', updated_at = EXCLUDED.updated_at`,
          [uuidv7(), offer.id, offer.title, event.time.toISOString(), organisationId],
        );
      }),
      ...on(OfferArchivedSchema, async (event, sql) => {
        await sql.query(
          `UPDATE startup_links SET status = 'archived', updated_at = $2::timestamptz WHERE kind = 'techmart_offer' AND external_id = $1`,
          [event.message.offerId, event.time.toISOString()],
        );
      }),
    },
  });
}
