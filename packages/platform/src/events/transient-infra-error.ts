// Which failures are the infrastructure's (database or network gone), not the message's: a consumer
// redelivers those instead of parking the message. Knows pg, PGlite and Prisma 7 with driver adapters.

// Prisma: can't reach the server, timed out reaching it, operations timed out, server closed the
// connection, timed out fetching a connection from the pool.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// Driver adapter error kinds (`meta.driverAdapterError.cause.kind`) that mean the connection failed.
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
const MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|PGlite is closed|Can't reach database server|Server has closed the connection|timeout exceeded when trying to connect|Unable to start a transaction in the given time/i;

/** PostgreSQL SQLSTATEs: connection exceptions, admin/crash shutdown, cannot connect now, too many connections. */
function isTransientSqlState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
}

/** Connection-level failures: the database or the network, not the handler's logic. */
export function isTransientInfraError(error: unknown): boolean {
  // Prisma wraps the driver's error (meta.driverAdapterError → cause), pg and Node chain `cause`.
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 20) {
    const current = pending.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const e = current as ErrorLike;
    const code = typeof e.code === 'string' ? e.code : '';
    const originalCode = typeof e.originalCode === 'string' ? e.originalCode : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (PRISMA_CODES.has(code) || NODE_CODES.has(code)) return true;
    if (isTransientSqlState(code) || isTransientSqlState(originalCode)) return true;
    if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
    if (MESSAGES.test(message)) return true;
    pending.push(e.cause, e.meta?.driverAdapterError);
    if (Array.isArray(e.errors)) pending.push(...e.errors);
  }
  return false;
}
