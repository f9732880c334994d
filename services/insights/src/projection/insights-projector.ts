// Projects every service's events into facts: the fact row, the effect-log row and the inbox row
// commit in one transaction, so each event counts once however often it is delivered.
import {
  ExpertArchivedSchema,
  ExpertPublishedSchema,
  NeedArchivedSchema,
  NeedPublishedSchema,
  OcopBarcodeIssuedSchema,
  OcopMarkRegisteredSchema,
  OcopProductEnrolledSchema,
  OfferArchivedSchema,
  OfferPublishedSchema,
  RecordPublishedSchema,
  RecordWithdrawnSchema,
} from '@sti/contracts';
import {
  type ConsumedEvent,
  type Consumer,
  createConsumer,
  type EventTransport,
  on,
  type SqlClient,
  type SqlExecutor,
  type TransactionRunner,
} from '@sti/platform';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Fact } from './fact.js';
import { type Buffered, FACT_TABLE, type FactOutcome, FactRepository, factKey, mergeFacts } from './fact.repository.js';
import {
  expertFact,
  INITIATIVE_RECORD_STREAM,
  LISTING_STREAM,
  needFact,
  ocopFact,
  offerFact,
  recordFact,
  recordTombstone,
} from './fact.mapper.js';

export const INSIGHTS_TOPICS = [
  'techmart.offer.v1',
  'techmart.need.v1',
  'techmart.expert.v1',
  'initiatives.repository.v1',
  'ipsupport.ocop.v1',
];
export const INSIGHTS_PROJECTOR_GROUP = 'insights.projector';

export interface InsightsProjectorOptions {
  db: SqlClient;
  transport: EventTransport;
  group?: string;
  topics?: string[];
  /** the fact table (a rebuild replays into its shadow table) */
  table?: string;
  fromBeginning?: boolean;
  /** one effect-log row per applied event (default: on for the live table) */
  effectLog?: boolean;
  maxBatchSize?: number;
  logger?: Logger;
  registry?: Registry;
}

interface ProjectionTx {
  sql: SqlExecutor;
  /** facts to write in one statement before the transaction commits, one per entity */
  pending: Map<string, Buffered>;
  /** effect-log rows; `outcome` null until the pending fact it waits for is written */
  log: { eventId: string; stream: string; entityId: string; outcome: FactOutcome | null }[];
}

export function createInsightsProjector(options: InsightsProjectorOptions): Consumer {
  const { db, logger } = options;
  const group = options.group ?? INSIGHTS_PROJECTOR_GROUP;
  const facts = new FactRepository(options.table ?? FACT_TABLE);
  const effectLog = options.effectLog ?? facts.table === FACT_TABLE;

  // effect-log rows are written once per transaction, just before it commits
  const log = (
    tx: ProjectionTx,
    event: ConsumedEvent,
    stream: string,
    entityId: string,
    outcome: FactOutcome | null,
  ) => {
    if (effectLog) tx.log.push({ eventId: event.id, stream, entityId, outcome });
  };
  // Published snapshots are buffered and written together; anything else first writes the buffer,
  // so every event still acts on the state its predecessors left.
  const flush = async (tx: ProjectionTx) => {
    if (tx.pending.size === 0) return;
    const outcomes = await facts.upsertMany(tx.sql, [...tx.pending.values()]);
    tx.pending.clear();
    for (const entry of tx.log) {
      if (entry.outcome === null) entry.outcome = outcomes.get(`${entry.stream}/${entry.entityId}`) ?? 'stale';
    }
  };
  const project = async (tx: ProjectionTx, event: ConsumedEvent, fact: Fact) => {
    if (fact.withdrawn) {
      await flush(tx);
      log(tx, event, fact.stream, fact.entityId, await facts.upsert(tx.sql, fact, event.id));
      return;
    }
    const key = factKey(fact);
    const buffered = tx.pending.get(key);
    const next = { fact, eventId: event.id };
    tx.pending.set(key, buffered ? mergeFacts(buffered, next) : next);
    log(tx, event, fact.stream, fact.entityId, null);
  };
  const archive = async (tx: ProjectionTx, event: ConsumedEvent, id: string) => {
    await flush(tx);
    const outcome = await facts.markArchived(tx.sql, LISTING_STREAM, id);
    log(tx, event, LISTING_STREAM, id, outcome);
  };

  const transactions: TransactionRunner<ProjectionTx> = {
    run: async (work) => {
      try {
        return await db.transaction(async (sql) => {
          const tx: ProjectionTx = { sql, pending: new Map(), log: [] };
          const result = await work({ tx, sql });
          await flush(tx);
          if (tx.log.length > 0) {
            await sql.query(
              `INSERT INTO insights_projection_log (event_id, consumer, stream, entity_id, outcome)
               SELECT u.id, $1, u.stream, u.entity, u.outcome
               FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS u(id, stream, entity, outcome)
               ON CONFLICT DO NOTHING`,
              [
                group,
                tx.log.map((l) => l.eventId),
                tx.log.map((l) => l.stream),
                tx.log.map((l) => l.entityId),
                tx.log.map((l) => l.outcome),
              ],
            );
          }
          return result;
        });
      } catch (error) {
        // the cached places may name rows the rolled-back transaction wrote
        facts.forgetPlaces();
        throw error;
      }
    },
  };

  return createConsumer<ProjectionTx>({
    group,
    topics: options.topics ?? INSIGHTS_TOPICS,
    transport: options.transport,
    transactions,
    fromBeginning: options.fromBeginning,
    maxBatchSize: options.maxBatchSize,
    logger,
    registry: options.registry,
    handlers: {
      ...on(OfferPublishedSchema, async (event, tx: ProjectionTx) => {
        if (event.message.offer) await project(tx, event, offerFact(event.message.offer, event.time));
      }),
      ...on(NeedPublishedSchema, async (event, tx: ProjectionTx) => {
        if (event.message.need) await project(tx, event, needFact(event.message.need, event.time));
      }),
      ...on(ExpertPublishedSchema, async (event, tx: ProjectionTx) => {
        if (event.message.expert) await project(tx, event, expertFact(event.message.expert, event.time));
      }),
      ...on(OfferArchivedSchema, (event, tx: ProjectionTx) => archive(tx, event, event.message.offerId)),
      ...on(NeedArchivedSchema, (event, tx: ProjectionTx) => archive(tx, event, event.message.needId)),
      ...on(ExpertArchivedSchema, (event, tx: ProjectionTx) => archive(tx, event, event.message.expertId)),
      ...on(RecordPublishedSchema, async (event, tx: ProjectionTx) => {
        if (event.message.record) await project(tx, event, recordFact(event.message.record, event.time));
      }),
      ...on(OcopProductEnrolledSchema, async (event, tx: ProjectionTx) => {
        if (event.message.product) await project(tx, event, ocopFact(event.message.product, 'product', event.time));
      }),
      ...on(OcopBarcodeIssuedSchema, async (event, tx: ProjectionTx) => {
        if (event.message.product) await project(tx, event, ocopFact(event.message.product, 'barcode', event.time));
      }),
      ...on(OcopMarkRegisteredSchema, async (event, tx: ProjectionTx) => {
        if (event.message.product) await project(tx, event, ocopFact(event.message.product, 'mark', event.time));
      }),
      ...on(RecordWithdrawnSchema, async (event, tx: ProjectionTx) => {
        const { recordId, revision } = event.message;
        await project(tx, event, recordTombstone(recordId, revision, event.time));
      }),
    },
  });
}

export { INITIATIVE_RECORD_STREAM, LISTING_STREAM };
