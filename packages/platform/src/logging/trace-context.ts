import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

export interface TraceContext {
  traceId: string;
}

const storage = new AsyncLocalStorage<TraceContext>();

/** A W3C trace-context trace id: 32 lowercase hex characters, never all zeros. */
export function newTraceId(): string {
  let id = randomBytes(16).toString('hex');
  while (/^0+$/.test(id)) id = randomBytes(16).toString('hex');
  return id;
}

export function isValidTraceId(value: string): boolean {
  return /^[0-9a-f]{32}$/.test(value) && !/^0+$/.test(value);
}

export function runWithTrace<T>(traceId: string, fn: () => T): T {
  return storage.run({ traceId }, fn);
}

export function currentTraceId(): string | undefined {
  return storage.getStore()?.traceId;
}

/** Extracts the trace id from a W3C `traceparent` header (version 00 format), or undefined. */
export function traceIdFromTraceparent(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(header.trim().toLowerCase());
  if (!match || match[1] === 'ff') return undefined;
  const traceId = match[2] ?? '';
  return isValidTraceId(traceId) ? traceId : undefined;
}
