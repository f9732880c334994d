import { describe, expect, it } from 'vitest';
import { Prisma } from '../testing/prisma-fixture/generated/client.js';
import { isTransientInfraError } from './transient-infra-error.js';

// Shapes as Prisma 7 with @prisma/adapter-pg produces them (captured from a stopped PostgreSQL).
function prismaError(code: string, message: string, adapterCause?: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError(message, {
    code,
    clientVersion: '7.10.0',
    meta: adapterCause ? { driverAdapterError: { name: 'DriverAdapterError', cause: adapterCause } } : undefined,
  });
}

function driverAdapterError(cause: Record<string, unknown>) {
  return Object.assign(new Error(String(cause.kind)), { name: 'DriverAdapterError', cause });
}

function nodeError(code: string) {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: 'connect' });
}

function pgError(code: string, message: string) {
  return Object.assign(new Error(message), { code, severity: 'FATAL' });
}

describe('isTransientInfraError', () => {
  it.each([
    ['P1001 (cannot reach the server)', prismaError('P1001', "Can't reach database server at 127.0.0.1:5432")],
    ['P1017 (server closed the connection)', prismaError('P1017', 'Server has closed the connection.')],
    ['P2024 (pool timeout)', prismaError('P2024', 'Timed out fetching a new connection from the connection pool.')],
    [
      'P2010 raw query through the adapter, database not reachable',
      prismaError('P2010', 'Raw query failed. Code: `N/A`.', { kind: 'DatabaseNotReachable', host: '127.0.0.1' }),
    ],
    ['P2010 with the connection closed', prismaError('P2010', 'Raw query failed.', { kind: 'ConnectionClosed' })],
    [
      'P2010 with an admin shutdown from the server',
      prismaError('P2010', 'Raw query failed.', { kind: 'postgres', code: '57P01', message: 'terminating connection' }),
    ],
    ['a DriverAdapterError with a socket timeout', driverAdapterError({ kind: 'SocketTimeout' })],
    ['a DriverAdapterError with too many connections', driverAdapterError({ kind: 'TooManyConnections' })],
    ['ECONNREFUSED from pg', nodeError('ECONNREFUSED')],
    ['ECONNRESET wrapped as a cause', new Error('handler failed', { cause: nodeError('ECONNRESET') })],
    ['an AggregateError of refused connections', new AggregateError([nodeError('ECONNREFUSED')], 'connect failed')],
    ['pg admin shutdown 57P01', pgError('57P01', 'terminating connection due to administrator command')],
    ['pg connection failure 08006', pgError('08006', 'connection failure')],
    ['pg cannot connect now 57P03', pgError('57P03', 'the database system is starting up')],
    ['pg pool: connection terminated', new Error('Connection terminated unexpectedly')],
    ['pg via Prisma mid-transaction', new Error('Client has encountered a connection error and is not queryable')],
    ['PGlite closed', new Error('PGlite is closed')],
    [
      'Prisma transaction start timeout',
      new Error('Transaction API error: Unable to start a transaction in the given time.'),
    ],
  ])('counts %s as transient (redelivered, never parked)', (_label, error) => {
    expect(isTransientInfraError(error)).toBe(true);
  });

  it.each([
    ['a handler bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique violation through Prisma', prismaError('P2002', 'Unique constraint failed on the fields: (`id`)')],
    [
      'a raw query failing on bad SQL',
      prismaError('P2010', 'Raw query failed.', {
        kind: 'postgres',
        code: '42P01',
        message: 'relation does not exist',
      }),
    ],
    ['a check violation from pg', pgError('23514', 'new row violates check constraint')],
    ['a domain rejection', new Error('poison: agg-0003#5')],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('counts %s as the message’s fault (retried, then parked)', (_label, error) => {
    expect(isTransientInfraError(error)).toBe(false);
  });

  it('stops on a cause cycle', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isTransientInfraError(a)).toBe(false);
  });
});
