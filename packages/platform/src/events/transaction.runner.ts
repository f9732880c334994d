// How a consumer opens the transaction its handler and its inbox row share.
import type { SqlClient, SqlExecutor } from '../database/sql-client.js';
import { type PrismaRawClient, prismaTxExecutor } from './prisma.executor.js';

export interface TransactionScope<Tx> {
  /** what handlers receive: a SqlExecutor, or the Prisma transaction client */
  tx: Tx;
  /** the same transaction as raw SQL (inbox, dead letters) */
  sql: SqlExecutor;
}

export interface TransactionRunner<Tx> {
  run<T>(work: (scope: TransactionScope<Tx>) => Promise<T>): Promise<T>;
}

export function sqlTransactionRunner(client: SqlClient): TransactionRunner<SqlExecutor> {
  return { run: (work) => client.transaction((tx) => work({ tx, sql: tx })) };
}

export interface PrismaTransactionalClient<Tx extends PrismaRawClient> {
  $transaction<T>(work: (tx: Tx) => Promise<T>, options?: { maxWait?: number; timeout?: number }): Promise<T>;
}

export function prismaTransactionRunner<Tx extends PrismaRawClient>(
  prisma: PrismaTransactionalClient<Tx>,
  options: { maxWait?: number; timeout?: number } = {},
): TransactionRunner<Tx> {
  const txOptions = { maxWait: options.maxWait ?? 5_000, timeout: options.timeout ?? 30_000 };
  return { run: (work) => prisma.$transaction((tx) => work({ tx, sql: prismaTxExecutor(tx) }), txOptions) };
}
