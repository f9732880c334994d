// Tombstones (archived listings) and the effect log are kept for a horizon, then purged: long enough
// that no late copy or dead-letter replay of an older event is still expected (docs/operations.md,
// "Search tombstones"). A rebuild replays the archive events and writes their tombstones again.
import type { SqlExecutor } from '@sti/platform';
import type { Logger } from 'pino';
import { purgeProjectionHistory } from './projection-history.repository.js';
import { SearchDocumentRepository } from './search-document.repository.js';

export const DEFAULT_TOMBSTONE_HORIZON_DAYS = 30;
const DAY_SECONDS = 24 * 60 * 60;

export interface TombstonePurgeOptions {
  db: SqlExecutor;
  /** default 30 days (`SEARCH_TOMBSTONE_HORIZON_DAYS`) */
  horizonDays?: number;
  /** how often the purge runs (default hourly) */
  everyMs?: number;
  logger?: Logger;
}

export interface PurgeReport {
  tombstones: number;
  history: number;
}

/** One pass: drops tombstones and effect-log rows older than the horizon, in bounded batches. */
export async function purgeExpiredTombstones(
  db: SqlExecutor,
  horizonDays = DEFAULT_TOMBSTONE_HORIZON_DAYS,
): Promise<PurgeReport> {
  if (!(horizonDays > 0)) throw new RangeError(`tombstone horizon must be positive, got ${horizonDays}`);
  const horizon = horizonDays * DAY_SECONDS;
  const repository = new SearchDocumentRepository();
  const report: PurgeReport = { tombstones: 0, history: 0 };
  let purged: number;
  do {
    purged = await repository.purgeTombstones(db, horizon);
    report.tombstones += purged;
  } while (purged > 0);
  do {
    purged = await purgeProjectionHistory(db, horizon);
    report.history += purged;
  } while (purged > 0);
  return report;
}

/** Runs the purge now and then every `everyMs`; `stop()` ends it. */
export function startTombstonePurge(options: TombstonePurgeOptions): { stop(): Promise<void> } {
  const { db, logger } = options;
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = purgeExpiredTombstones(db, options.horizonDays)
      .then((report) => {
        if (report.tombstones + report.history > 0) logger?.info(report, 'search: expired tombstones purged');
      })
      .catch((err) => logger?.warn({ err }, 'search: tombstone purge failed; retried at the next run'));
  };
  run();
  const timer = setInterval(run, options.everyMs ?? 60 * 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
