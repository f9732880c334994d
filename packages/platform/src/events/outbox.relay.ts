// Publishes the outbox in position order. One active relay per database (a session advisory lock);
// other instances wait on standby and take over when the holder's session ends.
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { PgSqlClient, type SqlClient } from '../database/sql-client.js';
import type { EventTransport, PublishRecord } from './event.types.js';
import { eventMetrics, type OutboxProbe } from './event.metrics.js';
import { DEFAULT_OUTBOX_RETENTION_MS, pruneOutbox } from './retention.js';
import { OUTBOX_CHANNEL } from './sql/events-tables.sql.js';

export interface OutboxRelayOptions {
  sql: SqlClient;
  transport: EventTransport;
  /** label in metrics and logs, e.g. the service name */
  name?: string;
  batchSize?: number;
  /** safety poll when no NOTIFY arrives (a missed notification costs at most this) */
  pollIntervalMs?: number;
  /** how often a standby relay tries to become the active one */
  standbyRetryMs?: number;
  /** first delay after a failed publish; doubles up to maxBackoffMs */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** advisory lock key pair; the default is fine unless two relays share a database on purpose */
  lockKey?: [number, number];
  /**
   * Published rows are deleted after this long (ms); null keeps them. Default: 7 days on Kafka (the topics
   * are the history); kept on the in-process transport, whose rebuilds replay the outbox itself.
   */
  outboxRetentionMs?: number | null;
  /** how often the active relay prunes (default 10 minutes), and rows per delete (default 500) */
  pruneIntervalMs?: number;
  pruneBatchSize?: number;
  logger?: Logger;
  registry?: Registry;
}

interface OutboxRow {
  id: string;
  position: string;
  topic: string;
  aggregate_type: string;
  aggregate_id: string;
  type: string;
  source: string;
  occurred_at: Date | string;
  trace_id: string | null;
  payload: Uint8Array;
}

const DEFAULT_LOCK: [number, number] = [0x5717, 0x0b0c];

export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly standbyRetryMs: number;
  private readonly name: string;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeFlag = false;
  private wakeResolve: (() => void) | undefined;
  private leaderSession: pg.PoolClient | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private leader = false;
  private readonly probe: OutboxProbe;
  private idleWaiters: (() => void)[] = [];
  private nextPruneAt = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.standbyRetryMs = options.standbyRetryMs ?? 1_000;
    this.name = options.name ?? 'outbox';
    const sql = options.sql;
    this.probe = {
      name: this.name,
      backlog: async () => {
        const [row] = await sql.query<{ count: string; age: number | null }>(
          `SELECT count(*)::text AS count, extract(epoch FROM now() - min(occurred_at))::float8 AS age
           FROM outbox WHERE published_at IS NULL`,
        );
        return { count: Number(row?.count ?? 0), oldestAgeSeconds: Math.max(0, row?.age ?? 0) };
      },
    };
  }

  get isLeader(): boolean {
    return this.leader;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    eventMetrics(this.options.registry).probes.add(this.probe);
    this.loop = this.run().catch((error) =>
      this.options.logger?.error({ err: error }, 'outbox relay stopped on error'),
    );
  }

  /** Finishes the batch in flight, then releases the lock (a standby takes over). */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake();
    await this.loop;
    eventMetrics(this.options.registry).probes.delete(this.probe);
    await this.resign();
  }

  /** Resolves once this relay (as leader) finds the outbox empty — for tests and draining. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private wake(): void {
    this.wakeFlag = true;
    this.wakeResolve?.();
  }

  private async sleep(ms: number): Promise<void> {
    if (this.wakeFlag) {
      this.wakeFlag = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeResolve = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeResolve = undefined;
    this.wakeFlag = false;
  }

  private async run(): Promise<void> {
    let backoff = this.options.initialBackoffMs ?? 100;
    const maxBackoff = this.options.maxBackoffMs ?? 5_000;
    while (this.running) {
      try {
        if (!this.leader) {
          if (this.leaderSession) await this.resign();
          if (!(await this.campaign())) {
            await this.sleep(this.standbyRetryMs);
            continue;
          }
        }
        const published = await this.drain();
        backoff = this.options.initialBackoffMs ?? 100;
        await this.pruneWhenDue();
        if (published === 0) {
          for (const resolve of this.idleWaiters.splice(0)) resolve();
          await this.sleep(this.pollIntervalMs);
        }
      } catch (error) {
        // Rows stay unpublished; the next attempt re-reads them in the same order.
        this.options.logger?.warn(
          { err: error, outbox: this.name, backoffMs: backoff },
          'outbox relay publish failed; retrying',
        );
        if (!(await this.sessionAlive())) await this.resign();
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, maxBackoff);
      }
    }
  }

  /**
   * Publishes until the outbox is drained (or the relay stops or loses the lead); returns the rows published.
   * Batches go to the transport one after the other in position order; while the transport works on one,
   * the previous one is marked published and then the next one is read (the batch in flight excluded).
   * Any failure drops the read-ahead: rows not marked are read again, in order, on the next attempt.
   */
  private async drain(): Promise<number> {
    let published = 0;
    let marked: Promise<void> = Promise.resolve();
    let rows = await this.read([]);
    try {
      while (rows.length > 0 && this.running && this.leader) {
        const batch = rows;
        const sent = this.options.transport.publish(batch.map(toRecord));
        const next: Promise<OutboxRow[]> =
          batch.length < this.batchSize ? marked.then(() => []) : marked.then(() => this.read(batch));
        next.catch(() => {}); // awaited below unless the publish fails first
        await sent;
        marked = next.then(() => this.mark(batch));
        published += batch.length;
        rows = await next;
      }
    } finally {
      await marked;
    }
    return published;
  }

  /** Deletes published rows past the retention window, a small batch at a time, while leading. */
  private async pruneWhenDue(): Promise<void> {
    const retention =
      this.options.outboxRetentionMs !== undefined
        ? this.options.outboxRetentionMs
        : this.options.transport.kind === 'kafka'
          ? DEFAULT_OUTBOX_RETENTION_MS
          : null;
    if (retention === null || Date.now() < this.nextPruneAt) return;
    this.nextPruneAt = Date.now() + (this.options.pruneIntervalMs ?? 10 * 60_000);
    try {
      const deleted = await pruneOutbox(this.options.sql, {
        olderThanMs: retention,
        batchSize: this.options.pruneBatchSize,
        shouldContinue: () => this.running && this.leader,
      });
      if (deleted > 0) this.options.logger?.info({ outbox: this.name, deleted }, 'pruned published outbox rows');
    } catch (error) {
      this.options.logger?.warn({ err: error, outbox: this.name }, 'outbox pruning failed; retrying later');
    }
  }

  private read(inFlight: OutboxRow[]): Promise<OutboxRow[]> {
    return this.options.sql.query<OutboxRow>(
      `SELECT id::text AS id, position::text AS position, topic, aggregate_type, aggregate_id, type, source, occurred_at, trace_id, payload
       FROM outbox WHERE published_at IS NULL AND position <> ALL($2::bigint[]) ORDER BY outbox.position LIMIT $1`,
      [this.batchSize, inFlight.map((r) => r.position)],
    );
  }

  private async mark(rows: OutboxRow[]): Promise<void> {
    await this.options.sql.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::uuid[])`, [
      rows.map((r) => r.id),
    ]);
    eventMetrics(this.options.registry).published.inc({ outbox: this.name }, rows.length);
  }

  /** Tries to become the active relay; subscribes to NOTIFY when it does. */
  private async campaign(): Promise<boolean> {
    const sql = this.options.sql;
    if (!(sql instanceof PgSqlClient)) {
      // PGlite: one process owns the database, so this relay is the only one.
      this.unlisten = await sql.listen(OUTBOX_CHANNEL, () => this.wake());
      this.leader = true;
      return true;
    }
    const session = await sql.pool.connect();
    let lost = false;
    const onLost = () => {
      lost = true;
      if (this.leaderSession === session) {
        this.leader = false;
        this.wake();
      }
    };
    session.on('error', onLost);
    session.on('end', onLost);
    try {
      const [key1, key2] = this.options.lockKey ?? DEFAULT_LOCK;
      const result = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [
        key1,
        key2,
      ]);
      if (!result.rows[0]?.locked || lost) {
        session.removeListener('error', onLost);
        session.removeListener('end', onLost);
        session.release();
        return false;
      }
      session.on('notification', (message) => {
        if (message.channel === OUTBOX_CHANNEL) this.wake();
      });
      await session.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.leaderSession = session;
      this.leader = true;
      this.options.logger?.info({ outbox: this.name }, 'outbox relay is now the active publisher');
      return true;
    } catch (error) {
      session.release(true);
      throw error;
    }
  }

  private async sessionAlive(): Promise<boolean> {
    if (!this.leaderSession) return this.leader;
    try {
      await this.leaderSession.query('SELECT 1');
      return this.leader;
    } catch {
      return false;
    }
  }

  private async resign(): Promise<void> {
    this.leader = false;
    const session = this.leaderSession;
    this.leaderSession = undefined;
    if (session) {
      // Destroying the session releases the advisory lock and the LISTEN with it.
      session.release(true);
    }
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    await unlisten?.();
  }
}

function toRecord(row: OutboxRow): PublishRecord {
  return {
    id: row.id,
    position: row.position,
    topic: row.topic,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    type: row.type,
    source: row.source,
    occurredAt: new Date(row.occurred_at),
    traceId: row.trace_id ?? undefined,
    payload: row.payload,
  };
}

export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  return new OutboxRelay(options);
}
