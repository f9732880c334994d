// A throwaway PostgreSQL database with the event tables and the pipeline's effect tables.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openSqlClient, type SqlClient } from '../../database/sql-client.js';
import { EVENTS_TABLES_SQL } from '../sql/events-tables.sql.js';

export const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://sti:sti@127.0.0.1:5432/postgres';
export const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

export const EFFECT_TABLES_SQL = `
CREATE TABLE IF NOT EXISTS effect (consumer text NOT NULL, event_id uuid NOT NULL, aggregate_id text NOT NULL, seq integer NOT NULL, lag_ms double precision);
CREATE TABLE IF NOT EXISTS progress (consumer text NOT NULL, aggregate_id text NOT NULL, last_seq integer NOT NULL, PRIMARY KEY (consumer, aggregate_id));
CREATE TABLE IF NOT EXISTS violation (consumer text NOT NULL, aggregate_id text NOT NULL, expected integer NOT NULL, got integer NOT NULL);
`;

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export async function createEventsTestDatabase(prefix = 'events'): Promise<TestDatabase> {
  const name = uniqueName(prefix);
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const sql = await openSqlClient(url.toString(), { max: 2 });
  try {
    await sql.query(EVENTS_TABLES_SQL);
    await sql.query(EFFECT_TABLES_SQL);
  } finally {
    await sql.close();
  }
  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: PG_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function openTestSql(url: string, max = 10): Promise<SqlClient> {
  return openSqlClient(url, { max });
}
