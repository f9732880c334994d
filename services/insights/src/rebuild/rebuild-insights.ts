// Rebuilds the fact table from the event history (`npm run rebuild -w @sti/insights`):
//   1. replay every event of the insights topics from the beginning, with a new consumer group, into
//      a shadow table while the live table keeps serving the dashboard;
//   2. once the replay has reached the end of the history as of its start (and every event the live
//      projector applied meanwhile), swap the shadow in with one transaction.
// Facts are order-independent (newest revision wins, first publication time kept), so the rebuilt
// table holds the same figures as a live projection of the same events.
import { randomBytes } from 'node:crypto';
import { createLogger, type EventTransport, type SqlClient, type SqlExecutor, sleep } from '@sti/platform';
import type { Logger } from 'pino';
import { FACT_REBUILD_TABLE, FACT_TABLE } from '../projection/fact.repository.js';
import {
  createInsightsProjector,
  INSIGHTS_PROJECTOR_GROUP,
  INSIGHTS_TOPICS,
} from '../projection/insights-projector.js';
import { historyEnd, ReplayProgressTransport } from './replay-progress.js';

export interface RebuildInsightsOptions {
  db: SqlClient;
  /** Kafka, or in-process with the producers' outboxes attached (`attachOutbox`) */
  transport: EventTransport;
  topics?: string[];
  liveGroup?: string;
  timeoutMs?: number;
  logger?: Logger;
}

export interface RebuildInsightsReport {
  group: string;
  replayedMessages: number;
  parkedMessages: number;
  facts: { stream: string; live: number; withdrawn: number }[];
  ms: { replay: number; swap: number; total: number };
}

const REPLACED = `${FACT_TABLE}_replaced`;

export async function rebuildInsights(options: RebuildInsightsOptions): Promise<RebuildInsightsReport> {
  const { db, transport } = options;
  const logger = options.logger ?? createLogger({ service: 'insights-rebuild' });
  const topics = options.topics ?? INSIGHTS_TOPICS;
  const liveGroup = options.liveGroup ?? INSIGHTS_PROJECTOR_GROUP;
  const group = `insights.rebuild.${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`;
  const started = performance.now();
  const since = (await db.query<{ now: Date }>(`SELECT now() - interval '5 seconds' AS now`))[0]?.now ?? new Date();

  await db.query(`DROP TABLE IF EXISTS ${FACT_REBUILD_TABLE}`);
  await db.query(`CREATE TABLE ${FACT_REBUILD_TABLE} (LIKE ${FACT_TABLE} INCLUDING ALL)`);
  const tracking = new ReplayProgressTransport(transport);
  const consumer = createInsightsProjector({
    db,
    transport: tracking,
    group,
    topics,
    table: FACT_REBUILD_TABLE,
    fromBeginning: true,
    effectLog: false,
    logger,
  });
  let swapped = false;
  try {
    await consumer.start();
    const end = await historyEnd(transport, topics);
    const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
    let lastLog = Date.now();
    while (!tracking.progress(end).done) {
      if (Date.now() > deadline) throw new Error('the replay did not reach the end of the history in time');
      if (Date.now() - lastLog > 5_000) {
        lastLog = Date.now();
        logger.info(
          { replayed: tracking.messages, remaining: Number(tracking.progress(end).remaining) },
          'insights rebuild: replaying',
        );
      }
      await sleep(25);
    }
    const replayMs = performance.now() - started;
    const swapStarted = performance.now();
    await swapIn(db, (sql) => missingLiveEvents(sql, liveGroup, group, since, tracking.parkedEventIds), logger);
    swapped = true;
    const swapMs = performance.now() - swapStarted;
    await consumer.stop();
    await db.query('DELETE FROM inbox WHERE consumer = $1', [group]);
    await transport.deleteGroup(group).catch((err) => logger.warn({ err, group }, 'could not delete the replay group'));
    const facts = await db.query<{ stream: string; live: number; withdrawn: number }>(
      `SELECT stream, count(*) FILTER (WHERE NOT withdrawn)::int AS live, count(*) FILTER (WHERE withdrawn)::int AS withdrawn
       FROM ${FACT_TABLE} GROUP BY stream ORDER BY stream`,
    );
    return {
      group,
      replayedMessages: tracking.messages,
      parkedMessages: tracking.parkedEventIds.size,
      facts,
      ms: { replay: Math.round(replayMs), swap: Math.round(swapMs), total: Math.round(performance.now() - started) },
    };
  } catch (error) {
    await consumer.stop().catch(() => undefined);
    if (!swapped) {
      await db.query(`DROP TABLE IF EXISTS ${FACT_REBUILD_TABLE}`).catch(() => undefined);
      await db.query('DELETE FROM inbox WHERE consumer = $1', [group]).catch(() => undefined);
    }
    throw error;
  }
}

/** Events the live projector applied since the rebuild started that the replay has not. */
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

async function swapIn(db: SqlClient, missing: (sql: SqlExecutor) => Promise<number>, logger: Logger): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    // let the replay catch up with the live projector before holding the live table
    for (let i = 0; i < 200 && (await missing(db)) > 0; i++) await sleep(50);
    try {
      await db.transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '15s'`);
        await tx.query(`LOCK TABLE ${FACT_TABLE} IN ACCESS EXCLUSIVE MODE`);
        const left = await missing(tx);
        if (left > 0) throw new DrainPending(left);
        await tx.query(`ALTER TABLE ${FACT_TABLE} RENAME TO ${REPLACED}`);
        await tx.query(`ALTER TABLE ${FACT_REBUILD_TABLE} RENAME TO ${FACT_TABLE}`);
        await tx.query(`DROP TABLE ${REPLACED}`);
        const indexes = await tx.query<{ name: string }>(
          `SELECT indexname AS name FROM pg_indexes
           WHERE schemaname = current_schema() AND tablename = $1 AND indexname LIKE $2`,
          [FACT_TABLE, `${FACT_REBUILD_TABLE}%`],
        );
        for (const { name } of indexes) {
          // the one secondary index keeps the name the migration gave it
          const wanted = name.endsWith('_pkey') ? `${FACT_TABLE}_pkey` : 'insights_fact_stream_time_idx';
          await tx.query(`ALTER INDEX "${name}" RENAME TO "${wanted}"`);
        }
      });
      return;
    } catch (error) {
      const retriable = error instanceof DrainPending || (error as { code?: string }).code === '55P03';
      if (!retriable || attempt >= 5) throw error;
      logger.warn({ attempt, reason: (error as Error).message }, 'insights rebuild: swap postponed; retrying');
      await sleep(500 * attempt);
    }
  }
}

class DrainPending extends Error {
  constructor(left: number) {
    super(`${left} event(s) applied by the live projector are not replayed yet`);
  }
}
