// Where reads and writes go: the Prisma client or one open transaction.
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Prisma } from '../generated/prisma/client.js';

export type Db = Prisma.TransactionClient;
export type { PrismaClient };

/**
 * One interactive transaction with room for the big steps (a demo seed, a holiday-table
 * recomputation) on PGlite in embedded mode, where Prisma's 5 s default
 * is too short.
 */
export function inTransaction<T>(prisma: PrismaClient, work: (tx: Db) => Promise<T>): Promise<T> {
  return prisma.$transaction(work, { timeout: 120_000, maxWait: 30_000 });
}
