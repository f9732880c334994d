// Lets the outbox and the inbox run inside a Prisma interactive transaction.
import type { SqlExecutor } from '../database/sql-client.js';

/** The raw-SQL surface every Prisma client and transaction client has. */
export interface PrismaRawClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

export function prismaTxExecutor(tx: PrismaRawClient): SqlExecutor {
  return {
    query: async <T>(sql: string, params: unknown[] = []) => {
      const rows = await tx.$queryRawUnsafe<T[]>(sql, ...params.map(toPrismaParam));
      return Array.isArray(rows) ? rows : [];
    },
  };
}

// Prisma maps Buffer (not a bare Uint8Array) to bytea.
function toPrismaParam(value: unknown): unknown {
  if (value instanceof Uint8Array && !Buffer.isBuffer(value))
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return value;
}
