import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Logger } from 'pino';
import { type MigrationResult, runMigrations } from './migration-runner.js';
import { resolve } from 'node:path';
import { PgliteSqlClient, PgSqlClient, parseDatabaseUrl, type SqlClient, openSqlClient } from './sql-client.js';

const openPgliteDirs = new Set<string>();

/** The driver adapter factory handed to a generated Prisma 7 client (`new PrismaClient({ adapter })`). */
export type PrismaAdapter = PrismaPg | PrismaPGlite;

/** The shape of the `PrismaClient` class every service generates with the `prisma-client` generator. */
export type PrismaClientClass<P> = new (options: { adapter: PrismaAdapter }) => P;

/** Only what the platform calls on a client; a generated PrismaClient satisfies it. */
export interface DisconnectablePrisma {
  $disconnect(): Promise<void>;
}

export interface OpenDatabaseOptions<P> {
  /** Prisma-layout migrations folder applied before the client is built */
  migrationsDir?: string;
  /** the service's generated PrismaClient class … */
  prismaClient?: PrismaClientClass<P>;
  /** … or a factory receiving the adapter (for extra client options or `$extends`) */
  prismaFactory?: (adapter: PrismaAdapter) => P;
  logger?: Logger;
  /** pg pool size for postgres URLs */
  poolMax?: number;
}

export interface Database<P> {
  sql: SqlClient;
  /** undefined unless prismaClient or prismaFactory was given */
  prisma: P;
  migrations: MigrationResult | undefined;
  /** a readiness check that pings the database */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens one database for a service: the raw SqlClient, the migrations applied, and a Prisma client
 * sharing the same connection pool (postgres://) or the same PGlite instance (pglite:).
 */
export async function openDatabase<P = undefined>(
  url: string,
  options: OpenDatabaseOptions<P> = {},
): Promise<Database<P>> {
  const location = parseDatabaseUrl(url);
  // Two PGlite instances on one directory corrupt it: one instance per database, shared by sql and prisma.
  const pgliteDir = location.kind === 'pglite' && location.dataDir ? resolve(location.dataDir) : undefined;
  if (pgliteDir && openPgliteDirs.has(pgliteDir)) {
    throw new Error(`PGlite database ${pgliteDir} is already open in this process; share its Database instead`);
  }
  const sql = await openSqlClient(url, options.poolMax === undefined ? {} : { max: options.poolMax });
  if (pgliteDir) openPgliteDirs.add(pgliteDir);
  try {
    const migrations = options.migrationsDir
      ? await runMigrations(sql, options.migrationsDir, { logger: options.logger })
      : undefined;
    const adapter = createPrismaAdapter(sql);
    const prisma = (
      options.prismaFactory
        ? options.prismaFactory(adapter)
        : options.prismaClient
          ? new options.prismaClient({ adapter })
          : undefined
    ) as P;
    return {
      sql,
      prisma,
      migrations,
      ping: async () => {
        await sql.query('SELECT 1');
      },
      close: async () => {
        const client = prisma as unknown as Partial<DisconnectablePrisma> | undefined;
        if (client && typeof client.$disconnect === 'function') await client.$disconnect();
        await sql.close();
        if (pgliteDir) openPgliteDirs.delete(pgliteDir);
      },
    };
  } catch (error) {
    await sql.close().catch(() => {});
    if (pgliteDir) openPgliteDirs.delete(pgliteDir);
    throw error;
  }
}

/** The Prisma driver adapter over the SqlClient's own pool / PGlite instance (never a second one). */
export function createPrismaAdapter(sql: SqlClient): PrismaAdapter {
  if (sql instanceof PgSqlClient) return new PrismaPg(sql.pool);
  if (sql instanceof PgliteSqlClient) return new PrismaPGlite(sql.db);
  throw new Error(`No Prisma adapter for SqlClient kind ${sql.kind}`);
}
