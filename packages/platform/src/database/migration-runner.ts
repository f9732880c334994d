// Applies Prisma-layout SQL migrations without Prisma's schema engine, recording them in Prisma's own
// `_prisma_migrations` table so `prisma migrate deploy` later sees the same history.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { SqlClient, SqlExecutor } from './sql-client.js';

export interface MigrationFile {
  name: string;
  path: string;
  script: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

// The DDL Prisma's schema engine uses for PostgreSQL.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it only has to be the same for every runner of this database.
const ADVISORY_LOCK_KEY = 72_707_369_001;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

/** Prisma's checksum: SHA-256 hex of the script. */
export function migrationChecksum(script: string): string {
  return createHash('sha256').update(script, 'utf8').digest('hex');
}

/** Like Prisma, accepts the checksum of the script with either line ending (git may convert them). */
export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const lf = script.replace(/\r\n/g, '\n');
  const crlf = lf.replace(/\n/g, '\r\n');
  return [script, lf, crlf].some((variant) => migrationChecksum(variant) === checksum.toLowerCase());
}

/** `<dir>/<timestamp>_<name>/migration.sql`, sorted by folder name as Prisma does. */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: MigrationFile[] = [];
  for (const name of names) {
    const path = join(migrationsDir, name, 'migration.sql');
    const exists = await stat(path).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!exists) continue;
    const script = await readFile(path, 'utf8');
    files.push({ name, path, script, checksum: migrationChecksum(script) });
  }
  return files;
}

/**
 * Applies pending migrations in name order, each in its own transaction together with its
 * `_prisma_migrations` row. Runners are serialised per database (a transaction-level advisory lock on
 * PostgreSQL; PGlite runs one transaction at a time anyway), so concurrent starters apply each once.
 * Refuses to run when an applied migration's file changed or a failed migration is recorded.
 */
export async function runMigrations(
  sql: SqlClient,
  migrationsDir: string,
  options: { logger?: Logger } = {},
): Promise<MigrationResult> {
  const files = await readMigrations(migrationsDir);
  const applied: string[] = [];
  let alreadyApplied: string[] | undefined;

  for (;;) {
    const step = await sql.transaction(async (tx) => {
      if (sql.kind === 'postgres') await tx.query(`SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_KEY})`);
      await tx.query(CREATE_TABLE);
      const rows = await tx.query<AppliedRow>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
      );
      const done = checkHistory(files, rows, options.logger);
      const pending = files.find((file) => !done.has(file.name));
      if (!pending) return { done, appliedNow: undefined };
      await applyOne(tx, pending);
      return { done, appliedNow: pending.name };
    });
    alreadyApplied ??= files.filter((file) => step.done.has(file.name)).map((file) => file.name);
    if (!step.appliedNow) break;
    applied.push(step.appliedNow);
    options.logger?.info({ migration: step.appliedNow }, 'migration applied');
  }
  return { applied, alreadyApplied: alreadyApplied ?? [] };
}

/** Validates the recorded history against the files; returns the names already applied. */
function checkHistory(files: MigrationFile[], rows: AppliedRow[], logger: Logger | undefined): Set<string> {
  const done = new Set<string>();
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} is recorded as failed in _prisma_migrations. Fix the database by hand, then mark it rolled back (prisma migrate resolve --rolled-back ${row.migration_name}) or applied.`,
        row.migration_name,
      );
    }
    const file = byName.get(row.migration_name);
    if (!file) {
      logger?.warn({ migration: row.migration_name }, 'applied migration has no file in the migrations folder');
      continue;
    }
    if (!scriptMatchesChecksum(file.script, row.checksum)) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied (checksum ${row.checksum} in the database, ${file.checksum} on disk). Restore the file and add a new migration instead.`,
        row.migration_name,
      );
    }
    done.add(row.migration_name);
  }
  return done;
}

async function applyOne(tx: SqlExecutor, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await tx.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, clock_timestamp(), 0)',
    [id, file.checksum, file.name],
  );
  try {
    if (file.script.trim() !== '') await tx.query(file.script);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${reason}`, file.name, {
      cause: error,
    });
  }
  await tx.query(
    'UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1',
    [id],
  );
}
