// Projects Techmart's listing events and the initiative repository's records into search: the table write and the inbox row commit together;
// the engine is written after the commit, and re-synced from the table if that write is lost.
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
  type Consumer,
  createConsumer,
  type EventTransport,
  on,
  type SqlClient,
  type SqlExecutor,
  type TransactionRunner,
  type ConsumedEvent,
} from '@sti/platform';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { SearchDocument, SearchEngine } from '../engine/index.js';
import { initiativeDocument } from './initiative-document.mapper.js';
import { expertDocument, needDocument, offerDocument } from './listing-document.mapper.js';
import { SEARCH_DOCUMENT_TABLE, SearchDocumentRepository, type Tombstone } from './search-document.repository.js';
import { type ProjectionOutcome, recordProjectionHistory } from './projection-history.repository.js';

export const SEARCH_TOPICS = [
  'techmart.offer.v1',
  'techmart.need.v1',
  'techmart.expert.v1',
  // the central initiative repository (document type `initiative`)
  'initiatives.repository.v1',
];
export const SEARCH_PROJECTOR_GROUP = 'search.projector';

type EngineWrite = { upsert: SearchDocument } | { remove: { id: string; version: number } };

/**
 * The version of an archive event's tombstone. Producers older than the `revision` field send 0:
 * archiving is terminal in Techmart, so such a tombstone outranks every revision.
 */
export const PERMANENT_TOMBSTONE_VERSION = 2_147_483_647;
export function tombstoneVersion(revision: number): number {
  return revision > 0 ? revision : PERMANENT_TOMBSTONE_VERSION;
}

interface ProjectionTx {
  sql: SqlExecutor;
  /** engine writes to apply once the transaction has committed */
  pending: EngineWrite[];
}

export interface SearchProjectorOptions {
  db: SqlClient;
  /** written after each commit; none for a rebuild, which fills the engine from the table afterwards */
  engine?: SearchEngine;
  transport: EventTransport;
  group?: string;
  /** default SEARCH_TOPICS */
  topics?: string[];
  /** the projection table (default `search_document`; a rebuild replays into its shadow table) */
  table?: string;
  fromBeginning?: boolean;
  logger?: Logger;
  registry?: Registry;
  /**
   * Writes one `search_projection_log` row per handled event in the projection's transaction
   * (default: on for the live table, off for a rebuild's shadow table).
   */
  history?: boolean;
}

export function createSearchProjector(options: SearchProjectorOptions): Consumer {
  const { db, engine, logger } = options;
  const repository = new SearchDocumentRepository(options.table ?? SEARCH_DOCUMENT_TABLE);

  const history = options.history ?? repository.table === SEARCH_DOCUMENT_TABLE;
  const record = async (
    tx: ProjectionTx,
    event: ConsumedEvent,
    ref: { id: string; version: number },
    outcome: ProjectionOutcome,
  ) => {
    if (history) await recordProjectionHistory(tx.sql, { event, documentId: ref.id, version: ref.version, outcome });
  };
  const project = async (tx: ProjectionTx, event: ConsumedEvent, doc: SearchDocument) => {
    const applied = await repository.upsert(tx.sql, doc);
    if (applied) tx.pending.push({ upsert: doc });
    await record(tx, event, doc, applied ? 'upserted' : 'stale');
  };
  const archive = async (tx: ProjectionTx, event: ConsumedEvent, tombstone: Tombstone) => {
    const applied = await repository.markDeleted(tx.sql, tombstone);
    if (applied) tx.pending.push({ remove: { id: tombstone.id, version: tombstone.version } });
    await record(tx, event, tombstone, applied ? 'deleted' : 'stale');
  };

  const transactions: TransactionRunner<ProjectionTx> = {
    run: async (work) => {
      const pending: EngineWrite[] = [];
      const result = await db.transaction((sql) => work({ tx: { sql, pending }, sql }));
      if (!engine) return result;
      try {
        await applyToEngine(engine, pending);
      } catch (error) {
        // The table holds the truth; a later sync brings the engine back in line.
        logger?.error({ err: error }, 'search engine write failed after commit; re-syncing from the table');
        void syncEngineFromTable(db, engine, { table: repository.table }).catch((err) =>
          logger?.error({ err }, 'search re-sync failed'),
        );
      }
      return result;
    },
  };

  return createConsumer<ProjectionTx>({
    group: options.group ?? SEARCH_PROJECTOR_GROUP,
    topics: options.topics ?? SEARCH_TOPICS,
    transport: options.transport,
    transactions,
    fromBeginning: options.fromBeginning,
    logger,
    registry: options.registry,
    handlers: {
      ...on(OfferPublishedSchema, async (event, tx: ProjectionTx) => {
        if (event.message.offer) await project(tx, event, offerDocument(event.message.offer));
      }),
      ...on(NeedPublishedSchema, async (event, tx: ProjectionTx) => {
        if (event.message.need) await project(tx, event, needDocument(event.message.need));
      }),
      ...on(ExpertPublishedSchema, async (event, tx: ProjectionTx) => {
        if (event.message.expert) await project(tx, event, expertDocument(event.message.expert));
      }),
      ...on(OfferArchivedSchema, async (event, tx: ProjectionTx) => {
        const { offerId: id, revision } = event.message;
        await archive(tx, event, { id, type: 'offer', version: tombstoneVersion(revision) });
      }),
      ...on(NeedArchivedSchema, async (event, tx: ProjectionTx) => {
        const { needId: id, revision } = event.message;
        await archive(tx, event, { id, type: 'need', version: tombstoneVersion(revision) });
      }),
      ...on(ExpertArchivedSchema, async (event, tx: ProjectionTx) => {
        const { expertId: id, revision } = event.message;
        await archive(tx, event, { id, type: 'expert', version: tombstoneVersion(revision) });
      }),
      ...on(RecordPublishedSchema, async (event, tx: ProjectionTx) => {
        if (event.message.record) await project(tx, event, initiativeDocument(event.message.record));
      }),
      ...on(RecordWithdrawnSchema, async (event, tx: ProjectionTx) => {
        const { recordId: id, revision } = event.message;
        await archive(tx, event, { id, type: 'initiative', version: tombstoneVersion(revision) });
      }),
    },
  });
}

async function applyToEngine(engine: SearchEngine, writes: EngineWrite[]): Promise<void> {
  const upserts = writes.flatMap((w) => ('upsert' in w ? [w.upsert] : []));
  const removals = writes.flatMap((w) => ('remove' in w ? [w.remove] : []));
  if (upserts.length > 0) await engine.upsert(upserts);
  if (removals.length > 0) await engine.remove(removals);
}

export interface SyncFromTableOptions {
  /** default `search_document` */
  table?: string;
  /** only rows written at or after this time (database clock): catching up after an index swap */
  changedSince?: Date;
}

/**
 * Brings the engine in line with the table. Cheap on a warm index: the engine ignores
 * documents whose version it already holds, so a restart does not re-index from zero.
 * On an empty engine it is the full build of the index from the table.
 */
export async function syncEngineFromTable(
  db: SqlExecutor,
  engine: SearchEngine,
  options: SyncFromTableOptions = {},
): Promise<{ documents: number; removed: number }> {
  const repository = new SearchDocumentRepository(options.table ?? SEARCH_DOCUMENT_TABLE);
  let documents = 0;
  let removed = 0;
  for await (const rows of repository.scan(db, { changedSince: options.changedSince })) {
    const live = rows.flatMap((row) => (!row.deleted && row.document ? [row.document] : []));
    // tombstones go to the engine with their version, so it too refuses older copies
    const gone = rows.filter((row) => row.deleted).map((row) => ({ id: row.id, version: row.version }));
    if (live.length > 0) documents += (await engine.upsert(live)).applied.length;
    if (gone.length > 0) removed += (await engine.remove(gone)).applied.length;
  }
  return { documents, removed };
}
