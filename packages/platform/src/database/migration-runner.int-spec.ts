import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { MigrationError, migrationChecksum, runMigrations } from './migration-runner.js';
import { openSqlClient, type SqlClient } from './sql-client.js';

const M1 = '20250101000000_init';
const M2 = '20250102000000_add_price';

async function writeMigrations(dir: string): Promise<void> {
  await mkdir(join(dir, M1), { recursive: true });
  await writeFile(
    join(dir, M1, 'migration.sql'),
    '-- CreateTable\nCREATE TABLE "offer" (\n  "id" TEXT PRIMARY KEY,\n  "title" TEXT NOT NULL\n);\nINSERT INTO "offer" VALUES (\'a\', \'Máy sấy\');\n',
  );
  await mkdir(join(dir, M2), { recursive: true });
  await writeFile(join(dir, M2, 'migration.sql'), 'ALTER TABLE "offer" ADD COLUMN "price_vnd" BIGINT;\n');
  await writeFile(join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
}

interface Target {
  name: string;
  /** a fresh, empty database: its client, its URL (for more clients), and how to dispose of both */
  open(): Promise<{ url: string; sql: SqlClient; cleanup(): Promise<void> }>;
}

// Starting PGlite costs seconds on this machine, so the PGlite cases share one instance and reset it.
let sharedPglite: SqlClient | undefined;
afterAll(async () => {
  await sharedPglite?.close();
});

const targets: Target[] = [
  {
    name: 'PostgreSQL',
    open: async () => {
      const db: TestDatabase = await createTestDatabase('platform_migrations');
      const sql = await openSqlClient(db.url);
      return {
        url: db.url,
        sql,
        cleanup: async () => {
          await sql.close();
          await db.drop();
        },
      };
    },
  },
  {
    name: 'PGlite',
    open: async () => {
      sharedPglite ??= await openSqlClient('pglite://memory');
      const sql = sharedPglite;
      await sql.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      return { url: 'pglite://memory', sql, cleanup: async () => {} };
    },
  },
];

describe.each(targets)('runMigrations on $name', (target) => {
  let migrationsDir: string;
  let url: string;
  let cleanup: () => Promise<void>;
  let sql: SqlClient;

  beforeEach(async () => {
    migrationsDir = await mkdtemp(join(tmpdir(), 'migrations-'));
    await writeMigrations(migrationsDir);
    ({ url, sql, cleanup } = await target.open());
  });
  afterEach(async () => {
    await cleanup();
    await rm(migrationsDir, { recursive: true, force: true });
  });

  it('applies a fresh database and records the migrations as Prisma does', async () => {
    const result = await runMigrations(sql, migrationsDir);
    expect(result).toEqual({ applied: [M1, M2], alreadyApplied: [] });
    const rows = await sql.query<Record<string, unknown>>(
      'SELECT id, checksum, migration_name, finished_at, logs, rolled_back_at, started_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual([M1, M2]);
    const { readFile } = await import('node:fs/promises');
    const script = await readFile(join(migrationsDir, M1, 'migration.sql'), 'utf8');
    expect(rows[0]).toMatchObject({
      checksum: migrationChecksum(script),
      logs: null,
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(rows[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    expect(rows[0]?.started_at).toBeInstanceOf(Date);
    expect(await sql.query('SELECT id, title, price_vnd FROM offer')).toEqual([
      { id: 'a', title: 'Máy sấy', price_vnd: null },
    ]);
  });

  it('is a no-op the second time, and applies only what is new', async () => {
    await rm(join(migrationsDir, M2), { recursive: true });
    expect((await runMigrations(sql, migrationsDir)).applied).toEqual([M1]);
    expect(await runMigrations(sql, migrationsDir)).toEqual({ applied: [], alreadyApplied: [M1] });
    await writeMigrations(migrationsDir);
    expect(await runMigrations(sql, migrationsDir)).toEqual({ applied: [M2], alreadyApplied: [M1] });
    expect(await sql.query('SELECT count(*)::int AS n FROM "_prisma_migrations"')).toEqual([{ n: 2 }]);
  });

  it('refuses to start when an applied migration file was edited, naming it', async () => {
    await runMigrations(sql, migrationsDir);
    await writeFile(join(migrationsDir, M2, 'migration.sql'), 'ALTER TABLE "offer" ADD COLUMN "price_vnd" NUMERIC;\n');
    const error = await runMigrations(sql, migrationsDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migrationName).toBe(M2);
    expect((error as Error).message).toContain(`Migration ${M2} was modified after it was applied`);
  });

  it('accepts a file whose line endings changed (as Prisma does)', async () => {
    await runMigrations(sql, migrationsDir);
    const { readFile } = await import('node:fs/promises');
    const path = join(migrationsDir, M1, 'migration.sql');
    await writeFile(path, (await readFile(path, 'utf8')).replace(/\n/g, '\r\n'));
    expect((await runMigrations(sql, migrationsDir)).applied).toEqual([]);
  });

  it('refuses to start when a failed migration is recorded', async () => {
    await runMigrations(sql, migrationsDir);
    await sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count, logs)
       VALUES ('00000000-0000-4000-8000-000000000001', 'x', '20250103000000_broken', now(), 0, 'boom')`,
    );
    await expect(runMigrations(sql, migrationsDir)).rejects.toThrow(/20250103000000_broken is recorded as failed/);
  });

  it('rolls back a failing migration entirely and records nothing for it', async () => {
    await mkdir(join(migrationsDir, '20250104000000_bad'));
    await writeFile(
      join(migrationsDir, '20250104000000_bad', 'migration.sql'),
      'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n',
    );
    await expect(runMigrations(sql, migrationsDir)).rejects.toThrow(/Migration 20250104000000_bad failed/);
    expect(await sql.query("SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }]);
    const names = await sql.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" ORDER BY 1',
    );
    expect(names.map((r) => r.migration_name)).toEqual([M1, M2]);
  });

  it('applies each migration once when several starters run at the same time', async () => {
    const clients =
      target.name === 'PostgreSQL' ? await Promise.all([1, 2, 3].map(() => openSqlClient(url))) : [sql, sql, sql];
    try {
      const results = await Promise.all(clients.map((client) => runMigrations(client, migrationsDir)));
      expect(results.flatMap((r) => r.applied).sort()).toEqual([M1, M2]);
      expect(await sql.query('SELECT count(*)::int AS n FROM "_prisma_migrations"')).toEqual([{ n: 2 }]);
      expect(await sql.query('SELECT count(*)::int AS n FROM offer')).toEqual([{ n: 1 }]);
    } finally {
      if (target.name === 'PostgreSQL') await Promise.all(clients.map((client) => client.close()));
    }
  });
});
