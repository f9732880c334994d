// The platform items a request can link to, learnt from events (never from another service's tables):
// Techmart's published offers and the initiatives repository's recognised initiatives. Each event is
// applied once (inbox row in the same transaction); a newer revision wins.
import {
  IpStatus,
  OfferArchivedSchema,
  OfferPublishedSchema,
  RecordPublishedSchema,
  RecordWithdrawnSchema,
} from '@sti/contracts';
import { type Consumer, createConsumer, type EventTransport, on, prismaTransactionRunner } from '@sti/platform';
import type { Logger } from 'pino';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Db } from '../shared/db.js';

export const SUBJECT_TOPICS = ['techmart.offer.v1', 'initiatives.repository.v1'];
export const SUBJECT_PROJECTOR_GROUP = 'ip-support.subjects';

const IP_STATUS: Record<number, string> = {
  [IpStatus.GRANTED_PATENT]: 'granted_patent',
  [IpStatus.PENDING_APPLICATION]: 'pending_application',
  [IpStatus.UTILITY_SOLUTION]: 'utility_solution',
  [IpStatus.KNOW_HOW]: 'know_how',
  [IpStatus.NONE]: 'none',
};

async function upsert(
  tx: Db,
  row: { id: string; kind: string; title: string; organisationId: string | null; status: string | null },
  at: Date,
) {
  await tx.platformSubject.upsert({
    where: { id: row.id },
    create: { ...row, updatedAt: at },
    update: { title: row.title, organisationId: row.organisationId, status: row.status, updatedAt: at },
  });
}

export function createSubjectProjector(options: {
  prisma: PrismaClient;
  transport: EventTransport;
  logger?: Logger;
  group?: string;
}): Consumer {
  return createConsumer<Db>({
    group: options.group ?? SUBJECT_PROJECTOR_GROUP,
    topics: SUBJECT_TOPICS,
    transport: options.transport,
    transactions: prismaTransactionRunner(options.prisma as never),
    fromBeginning: true,
    ...(options.logger ? { logger: options.logger } : {}),
    handlers: {
      ...on(OfferPublishedSchema, async (event, tx: Db) => {
        const offer = event.message.offer;
        if (!offer) return;
        await upsert(
          tx,
          {
            id: offer.id,
            kind: 'techmart_offer',
            title: offer.title,
            organisationId: offer.owner?.id || null,
            status: IP_STATUS[offer.ipStatus] ?? 'published',
          },
          event.time,
        );
      }),
      ...on(OfferArchivedSchema, async (event, tx: Db) => {
        await tx.platformSubject.updateMany({
          where: { id: event.message.offerId },
          data: { status: 'archived', updatedAt: event.time },
        });
      }),
      ...on(RecordPublishedSchema, async (event, tx: Db) => {
        const record = event.message.record;
        if (!record) return;
        await upsert(
          tx,
          {
            id: record.id,
            kind: 'initiative',
            title: record.title,
            organisationId: record.organisation?.id || null,
            status: 'recognised',
          },
          event.time,
        );
      }),
      ...on(RecordWithdrawnSchema, async (event, tx: Db) => {
        await tx.platformSubject.updateMany({
          where: { id: event.message.recordId },
          data: { status: 'withdrawn', updatedAt: event.time },
        });
      }),
    },
  });
}
