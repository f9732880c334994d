// The raw SQL port shared by the migration runner, the outbox relay and the inbox.
// Application code uses Prisma; this exists for what Prisma cannot do portably:
// LISTEN/NOTIFY, SKIP LOCKED batches, advisory locks and DDL.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface SqlExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlClient extends SqlExecutor {
  readonly kind: 'postgres' | 'pglite';
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Subscribes to NOTIFY on a channel; resolves to an unsubscribe function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type DatabaseLocation = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | undefined };

/**
 * `postgres://` / `postgresql://` → a PostgreSQL server;
 * `pglite://memory` → in-memory PGlite; `pglite:///abs/dir` or `pglite:./rel/dir` → PGlite on disk.
 */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  if (url === 'pglite://memory' || url === 'pglite:memory') return { kind: 'pglite', dataDir: undefined };
  if (url.startsWith('pglite://')) return { kind: 'pglite', dataDir: url.slice('pglite://'.length) };
  if (url.startsWith('pglite:')) return { kind: 'pglite', dataDir: url.slice('pglite:'.length) };
  throw new Error(`Unsupported database URL scheme: ${url.replace(/\/\/[^@]*@/, '//***@')}`);
}

export class PgSqlClient implements SqlClient {
  readonly kind = 'postgres' as const;
  private readonly listeners = new Map<string, pg.Client>();

  constructor(
    readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  static connect(url: string, options: { max?: number } = {}): PgSqlClient {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
    // An idle client erroring (server restart) must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    return new PgSqlClient(pool, url);
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.pool.query(sql, params);
    return result.rows as T[];
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const tx: SqlExecutor = {
        query: async <R>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
      };
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('error', () => {});
    await client.connect();
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    await client.query(`LISTEN ${quoteIdentifier(channel)}`);
    const key = `${channel}:${this.listeners.size}`;
    this.listeners.set(key, client);
    return async () => {
      this.listeners.delete(key);
      await client.end().catch(() => {});
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.listeners.values()].map((client) => client.end().catch(() => {})));
    this.listeners.clear();
    await this.pool.end();
  }
}

export class PgliteSqlClient implements SqlClient {
  readonly kind = 'pglite' as const;

  constructor(readonly db: PGlite) {}

  static async open(dataDir: string | undefined): Promise<PgliteSqlClient> {
    // PGlite creates only the last path segment; a fresh data directory may not exist yet.
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const db = dataDir ? await PGlite.create({ dataDir }) : await PGlite.create();
    return new PgliteSqlClient(db);
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    // exec handles multi-statement scripts (migrations); query takes parameters.
    if (params.length === 0 && isMultiStatement(sql)) {
      const results = await this.db.exec(sql);
      return (results.at(-1)?.rows ?? []) as T[];
    }
    return (await this.db.query<T>(sql, params)).rows;
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) =>
      work({
        query: async <R>(sql: string, params: unknown[] = []) => {
          if (params.length === 0 && isMultiStatement(sql)) {
            const results = await tx.exec(sql);
            return (results.at(-1)?.rows ?? []) as R[];
          }
          return (await tx.query<R>(sql, params)).rows;
        },
      }),
    );
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const unsubscribe = await this.db.listen(channel, onNotify);
    return async () => unsubscribe();
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}

export async function openSqlClient(url: string, options: { max?: number } = {}): Promise<SqlClient> {
  const location = parseDatabaseUrl(url);
  return location.kind === 'postgres'
    ? PgSqlClient.connect(location.url, options)
    : PgliteSqlClient.open(location.dataDir);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function isMultiStatement(sql: string): boolean {
  return sql.trim().replace(/;\s*$/, '').includes(';');
}
