// Projects every service's events into facts: the fact row, the effect-log row and the inbox row
// commit in one transaction, so each event counts once however often it is delivered.
import {
  ExpertArchivedSchema,
  ExpertPublishedSchema,
  NeedArchivedSchema,
  NeedPublishedSchema,
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
import { FACT_TABLE, type FactOutcome, FactRepository } from './fact.repository.js';
import {
  expertFact,
  INITIATIVE_RECORD_STREAM,
  LISTING_STREAM,
  needFact,
  offerFact,
  recordFact,
  recordTombstone,
} from './fact.mapper.js';

export const INSIGHTS_TOPICS = [
  'techmart.offer.v1',
  'techmart.need.v1',
  'techmart.expert.v1',
  'initiatives.repository.v1',
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

export function createInsightsProjector(options: InsightsProjectorOptions): Consumer {
  const { db, logger } = options;
  const group = options.group ?? INSIGHTS_PROJECTOR_GROUP;
  const facts = new FactRepository(options.table ?? FACT_TABLE);
  const effectLog = options.effectLog ?? facts.table === FACT_TABLE;

  const log = async (
    sql: SqlExecutor,
    event: ConsumedEvent,
    stream: string,
    entityId: string,
    outcome: FactOutcome,
  ) => {
    if (!effectLog) return;
    await sql.query(
      `INSERT INTO insights_projection_log (event_id, consumer, stream, entity_id, outcome)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [event.id, group, stream, entityId, outcome],
    );
  };
  const project = async (sql: SqlExecutor, event: ConsumedEvent, fact: Fact) => {
    const outcome = await facts.upsert(sql, fact, event.id);
    await log(sql, event, fact.stream, fact.entityId, outcome);
  };
  const archive = async (sql: SqlExecutor, event: ConsumedEvent, id: string) => {
    const outcome = await facts.markArchived(sql, LISTING_STREAM, id);
    await log(sql, event, LISTING_STREAM, id, outcome);
  };

  const transactions: TransactionRunner<SqlExecutor> = {
    run: async (work) => {
      try {
        return await db.transaction((sql) => work({ tx: sql, sql }));
      } catch (error) {
        // the cached places may name rows the rolled-back transaction wrote
        facts.forgetPlaces();
        throw error;
      }
    },
  };

  return createConsumer<SqlExecutor>({
    group,
    topics: options.topics ?? INSIGHTS_TOPICS,
    transport: options.transport,
    transactions,
    fromBeginning: options.fromBeginning,
    maxBatchSize: options.maxBatchSize,
    logger,
    registry: options.registry,
    handlers: {
      ...on(OfferPublishedSchema, async (event, sql: SqlExecutor) => {
        if (event.message.offer) await project(sql, event, offerFact(event.message.offer, event.time));
      }),
      ...on(NeedPublishedSchema, async (event, sql: SqlExecutor) => {
        if (event.message.need) await project(sql, event, needFact(event.message.need, event.time));
      }),
      ...on(ExpertPublishedSchema, async (event, sql: SqlExecutor) => {
        if (event.message.expert) await project(sql, event, expertFact(event.message.expert, event.time));
      }),
      ...on(OfferArchivedSchema, (event, sql: SqlExecutor) => archive(sql, event, event.message.offerId)),
      ...on(NeedArchivedSchema, (event, sql: SqlExecutor) => archive(sql, event, event.message.needId)),
      ...on(ExpertArchivedSchema, (event, sql: SqlExecutor) => archive(sql, event, event.message.expertId)),
      ...on(RecordPublishedSchema, async (event, sql: SqlExecutor) => {
        if (event.message.record) await project(sql, event, recordFact(event.message.record, event.time));
      }),
      ...on(RecordWithdrawnSchema, async (event, sql: SqlExecutor) => {
        const { recordId, revision } = event.message;
        await project(sql, event, recordTombstone(recordId, revision, event.time));
      }),
    },
  });
}

export { INITIATIVE_RECORD_STREAM, LISTING_STREAM };
