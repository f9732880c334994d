// Rebuilds the search projection from the event history (see README.md next to this file):
//   1. replay every event of the search topics from the beginning, with a new consumer group, into a
//      shadow table (search_document_rebuild) while the live table and index keep serving;
//   2. once the replay has reached the end of the history (and every event a live projector applied
//      meanwhile), swap the shadow in with one transaction and bump the index generation;
//   3. rebuild the engine index from the new table (embedded: a new generation directory swapped in
//      when complete; Meilisearch: a shadow index swapped with `swapIndexes`).
import { randomBytes } from 'node:crypto';
import { createLogger, type EventTransport, type SqlClient, type SqlExecutor, sleep } from '@sti/platform';
import type { Logger } from 'pino';
import { SEARCH_DOCUMENT_REBUILD_TABLE, SEARCH_DOCUMENT_TABLE } from '../projection/search-document.repository.js';
import { createSearchProjector, SEARCH_PROJECTOR_GROUP, SEARCH_TOPICS } from '../projection/search-projector.js';
import { GenerationalEmbeddedEngine, SWAP_CATCH_UP_MARGIN_SECONDS } from './generational-embedded-engine.js';
import { acquireRebuildLease, databaseTimeMinus, releaseRebuildLease, renewRebuildLease } from './index-state.js';
import { rebuildMeilisearchIndex } from './meilisearch-rebuild.js';
import { historyEnd, ReplayProgressTransport } from './replay-progress.js';

const LIVE = SEARCH_DOCUMENT_TABLE;
const SHADOW = SEARCH_DOCUMENT_REBUILD_TABLE;
const REPLACED = `${SEARCH_DOCUMENT_TABLE}_replaced`;

/** What happens to the engine index once the table is swapped. */
export type EngineRebuildTarget =
  /** the embedded index under `dataDir` (`.data/search`), rebuilt now: nothing else may hold it */
  | { kind: 'embedded'; dataDir: string }
  /** a shadow Meilisearch index filled from the table, then swapped with the live one */
  | { kind: 'meilisearch'; host: string; apiKey?: string; indexUid?: string }
  /** running search services rebuild their own embedded index when they see the new generation */
  | { kind: 'services' };

export interface RebuildSearchIndexOptions {
  /** the search service's database */
  db: SqlClient;
  /** Kafka, or in-process with the producers' outboxes attached (`attachOutbox`): the history and its end */
  transport: EventTransport;
  engine: EngineRebuildTarget;
  topics?: string[];
  /** the live projector's group, whose recent work the swap waits for (default `search.projector`) */
  liveGroup?: string;
  /** the whole replay (default 30 min) */
  timeoutMs?: number;
  /** how long the swap may hold the live table waiting for the replay to apply what the live projector did */
  drainTimeoutMs?: number;
  /** progress lines every this often (default 5 s) */
  progressEveryMs?: number;
  logger?: Logger;
}

export interface RebuildReport {
  group: string;
  generation: number;
  /** messages the replay went through (applied, duplicates, ignored types, parked) */
  replayedMessages: number;
  parkedMessages: number;
  /** the rebuilt table: listings searchable per type, and archived ones kept as tombstones */
  documents: { byType: Record<string, number>; live: number; tombstones: number };
  engine: { kind: EngineRebuildTarget['kind']; documents?: number; note: string };
  ms: { replay: number; swap: number; engine: number; total: number };
}

export class RebuildError extends Error {}

export async function rebuildSearchIndex(options: RebuildSearchIndexOptions): Promise<RebuildReport> {
  const { db, transport } = options;
  const logger = options.logger ?? createLogger({ service: 'search-rebuild' });
  const topics = options.topics ?? SEARCH_TOPICS;
  const liveGroup = options.liveGroup ?? SEARCH_PROJECTOR_GROUP;
  const runId = `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`;
  const group = `search.rebuild.${runId}`;
  const started = performance.now();

  const lease = await acquireRebuildLease(db, group);
  if (!lease.ok) {
    throw new RebuildError(
      `another rebuild (${lease.holder}, last seen ${lease.since}) is running on this database; try again when it ends`,
    );
  }
  const heartbeat = setInterval(() => void renewRebuildLease(db, group).catch(() => undefined), 15_000);
  heartbeat.unref();

  let swapped = false;
  try {
    // live-projector work from here on is checked against the replay before the swap
    const since = await databaseTimeMinus(db, SWAP_CATCH_UP_MARGIN_SECONDS);
    await createShadowTable(db);

    const tracking = new ReplayProgressTransport(transport);
    const consumer = createSearchProjector({
      db,
      transport: tracking,
      group,
      topics,
      table: SHADOW,
      fromBeginning: true,
      logger,
    });
    logger.info({ group, topics, transport: transport.kind }, 'search rebuild: replaying the event history');
    await consumer.start();
    let generation: number;
    let replayMs: number;
    let swapMs: number;
    try {
      const end = await historyEnd(transport, topics);
      logger.info(
        { group, historyEnd: Object.fromEntries([...end].map(([slot, last]) => [slot, last.toString()])) },
        'search rebuild: replaying up to the end of the history as of now',
      );
      await waitUntil(
        () => tracking.progress(end).done,
        options.timeoutMs ?? 30 * 60_000,
        options.progressEveryMs ?? 5_000,
        () =>
          logger.info(
            { replayed: tracking.messages, remaining: Number(tracking.progress(end).remaining) },
            'search rebuild: replaying',
          ),
        'the replay did not reach the end of the history in time',
      );
      replayMs = performance.now() - started;

      const missing = (sql: SqlExecutor) => missingLiveEvents(sql, liveGroup, group, since, tracking.parkedEventIds);
      // let the replay come close to the live projector before the swap holds the table
      await waitUntil(
        async () => (await missing(db)) <= 50,
        10_000,
        0,
        () => {},
        '',
      ).catch(() => undefined);
      const swapStarted = performance.now();
      generation = await swapInRebuiltTable(db, missing, options.drainTimeoutMs ?? 30_000, logger);
      swapped = true;
      swapMs = performance.now() - swapStarted;
      logger.info({ generation, swapMs: Math.round(swapMs) }, 'search rebuild: rebuilt table swapped in');
    } finally {
      await consumer.stop();
    }
    await db.query('DELETE FROM inbox WHERE consumer = $1', [group]);
    await transport.deleteGroup(group).catch((err) => logger.warn({ err, group }, 'could not delete the replay group'));

    const engineStarted = performance.now();
    const engine = await rebuildEngine(db, options.engine, generation, logger);
    const engineMs = performance.now() - engineStarted;
    const report: RebuildReport = {
      group,
      generation,
      replayedMessages: tracking.messages,
      parkedMessages: tracking.parkedEventIds.size,
      documents: await tableCounts(db),
      engine,
      ms: {
        replay: Math.round(replayMs),
        swap: Math.round(swapMs),
        engine: Math.round(engineMs),
        total: Math.round(performance.now() - started),
      },
    };
    logger.debug(report, 'search rebuild: done');
    return report;
  } catch (error) {
    if (!swapped) {
      // nothing was swapped: the live table and index are as they were
      await db.query(`DROP TABLE IF EXISTS ${SHADOW}`).catch(() => undefined);
      await db.query('DELETE FROM inbox WHERE consumer = $1', [group]).catch(() => undefined);
    }
    throw error;
  } finally {
    clearInterval(heartbeat);
    await releaseRebuildLease(db, group).catch(() => undefined);
  }
}

/** An empty copy of search_document (columns, defaults, constraints, indexes) to replay into. */
export async function createShadowTable(db: SqlExecutor): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${SHADOW}`);
  await db.query(`CREATE TABLE ${SHADOW} (LIKE ${LIVE} INCLUDING ALL)`);
}

/**
 * Events the live projector applied (since the rebuild started) that the replay has not: the swap
 * must wait for them, or the rebuilt table would miss what the live one already shows.
 */
async function missingLiveEvents(
  sql: SqlExecutor,
  liveGroup: string,
  replayGroup: string,
  since: Date,
  parked: ReadonlySet<string>,
): Promise<number> {
  const rows = await sql.query<{ missing: number }>(
    `SELECT count(*)::int AS missing FROM inbox l
     WHERE l.consumer = $1 AND l.processed_at >= $3 AND NOT (l.event_id = ANY($4::uuid[]))
       AND NOT EXISTS (SELECT 1 FROM inbox r WHERE r.consumer = $2 AND r.event_id = l.event_id)`,
    [liveGroup, replayGroup, since, [...parked]],
  );
  return rows[0]?.missing ?? 0;
}

/**
 * One transaction: hold the live table (live projectors wait on their next write), let the replay
 * apply what they had applied, rename the shadow into place, bump the generation. A live projector
 * waiting on the lock resumes on the new table (PostgreSQL looks the name up again once it gets the lock).
 */
export async function swapInRebuiltTable(
  db: SqlClient,
  missing: (sql: SqlExecutor) => Promise<number>,
  drainTimeoutMs: number,
  logger: Logger,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '15s'`);
        await tx.query(`LOCK TABLE ${LIVE} IN ACCESS EXCLUSIVE MODE`);
        const deadline = Date.now() + drainTimeoutMs;
        for (let check = 0; ; check++) {
          const left = await missing(tx);
          if (check === 0) logger.debug({ left }, 'search rebuild: live events still to replay under the lock');
          if (left === 0) break;
          // PGlite has one connection: the replay cannot write while this transaction is open
          if (db.kind === 'pglite' || Date.now() > deadline) throw new DrainPending(left);
          await sleep(20);
        }
        await tx.query(`LOCK TABLE ${SHADOW} IN ACCESS EXCLUSIVE MODE`);
        await tx.query(`ALTER TABLE ${LIVE} RENAME TO ${REPLACED}`);
        await tx.query(`ALTER TABLE ${SHADOW} RENAME TO ${LIVE}`);
        await tx.query(`DROP TABLE ${REPLACED}`);
        const indexes = await tx.query<{ name: string }>(
          `SELECT indexname AS name FROM pg_indexes
           WHERE schemaname = current_schema() AND tablename = $1 AND indexname LIKE $2`,
          [LIVE, `${SHADOW}%`],
        );
        for (const { name } of indexes) {
          await tx.query(`ALTER INDEX "${name}" RENAME TO "${LIVE}${name.slice(SHADOW.length)}"`);
        }
        const rows = await tx.query<{ generation: number }>(
          'UPDATE search_index_state SET generation = generation + 1, rebuilt_at = now() WHERE id RETURNING generation',
        );
        return rows[0]?.generation ?? 0;
      });
    } catch (error) {
      const retriable = error instanceof DrainPending || (error as { code?: string }).code === '55P03';
      if (!retriable || attempt >= 5) throw error;
      logger.warn({ attempt, reason: (error as Error).message }, 'search rebuild: swap postponed; retrying');
      await sleep(500 * attempt);
    }
  }
}

class DrainPending extends Error {
  constructor(left: number) {
    super(`${left} event(s) applied by the live projector are not replayed yet`);
  }
}

async function rebuildEngine(
  db: SqlClient,
  target: EngineRebuildTarget,
  generation: number,
  logger: Logger,
): Promise<RebuildReport['engine']> {
  switch (target.kind) {
    case 'embedded': {
      const engine = await GenerationalEmbeddedEngine.open({ dataDir: target.dataDir, logger });
      try {
        await engine.ensureIndex();
        await engine.rebuildFromTable(generation, db);
        const stats = await engine.stats();
        return {
          kind: 'embedded',
          documents: stats.documents,
          note: `embedded index generation ${generation} written under ${engine.directory}`,
        };
      } finally {
        await engine.close();
      }
    }
    case 'meilisearch': {
      const result = await rebuildMeilisearchIndex(db, target, logger);
      return {
        kind: 'meilisearch',
        documents: result.documents,
        note: `Meilisearch index ${result.indexUid} swapped with its rebuilt copy`,
      };
    }
    case 'services':
      return {
        kind: 'services',
        note: `running search services rebuild their embedded index for generation ${generation} within seconds; stopped ones do it when they start`,
      };
  }
}

async function tableCounts(db: SqlExecutor): Promise<RebuildReport['documents']> {
  const rows = await db.query<{ type: string; deleted: boolean; n: number }>(
    `SELECT type, deleted, count(*)::int AS n FROM ${LIVE} GROUP BY type, deleted ORDER BY type`,
  );
  const byType: Record<string, number> = {};
  let live = 0;
  let tombstones = 0;
  for (const row of rows) {
    if (row.deleted) tombstones += row.n;
    else {
      byType[row.type] = row.n;
      live += row.n;
    }
  }
  return { byType, live, tombstones };
}

async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  reportEveryMs: number,
  report: () => void,
  failure: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let nextReport = Date.now() + reportEveryMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new RebuildError(failure);
    if (reportEveryMs > 0 && Date.now() >= nextReport) {
      report();
      nextReport = Date.now() + reportEveryMs;
    }
    await sleep(25);
  }
}
