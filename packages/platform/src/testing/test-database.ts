import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DEFAULT_PG_ADMIN_URL = 'postgres://sti:sti@127.0.0.1:5432/postgres';

/** The admin connection integration tests create databases with (PG_ADMIN_URL). */
export function pgAdminUrl(): string {
  return process.env.PG_ADMIN_URL || DEFAULT_PG_ADMIN_URL;
}

export interface TestDatabase {
  name: string;
  url: string;
  /** drops the database, closing whatever connections are still open to it */
  drop(): Promise<void>;
}

/** A new, uniquely named, empty database on the PG_ADMIN_URL server. */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const safePrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 40);
  const name = `${safePrefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const adminUrl = pgAdminUrl();
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
