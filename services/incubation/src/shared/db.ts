// Where reads and writes go: the Prisma client or one open transaction.
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

export type Db = Prisma.TransactionClient;
export type { PrismaClient };

/** One interactive transaction, long enough for a jury's assignment on PGlite in embedded mode. */
export function inTransaction<T>(prisma: PrismaClient, work: (tx: Db) => Promise<T>): Promise<T> {
  return prisma.$transaction(work, { timeout: 120_000, maxWait: 30_000 });
}
