// SHIM (remove when @sti/platform's prismaTxExecutor handles it): appendToOutbox starts with
// `SELECT pg_advisory_xact_lock(...)`, whose `void` column Prisma's driver adapters (adapter-pg and
// pglite-prisma-adapter alike) refuse to deserialize through $queryRawUnsafe (P2010
// UnsupportedNativeDataType). appendToOutbox never reads rows back, so running its statements with
// $executeRawUnsafe is equivalent and works on both adapters.

import type { PrismaRawClient, SqlExecutor } from '@sti/platform';

export function outboxExecutor(tx: PrismaRawClient): SqlExecutor {
  return {
    query: async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
      await tx.$executeRawUnsafe(sql, ...params.map(toPrismaParam));
      return [];
    },
  };
}

// Prisma maps Buffer (not a bare Uint8Array) to bytea.
function toPrismaParam(value: unknown): unknown {
  if (value instanceof Uint8Array && !Buffer.isBuffer(value))
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return value;
}
