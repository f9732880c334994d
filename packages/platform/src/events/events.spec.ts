import { readFileSync } from 'node:fs';
import { fromBinary } from '@bufbuild/protobuf';
import { OfferSubmittedSchema } from '@sti/contracts';
import { describe, expect, it } from 'vitest';
import { runWithTrace } from '../logging/trace-context.js';
import { cloudEventHeaders, decodeMessage } from './cloud-events.codec.js';
import { matchesFilter } from './dead-letter.replay.js';
import { event } from './event.builder.js';
import type { ParkedMessage, PublishRecord, TransportMessage } from './event.types.js';
import { prismaTxExecutor } from './prisma.executor.js';
import { EVENTS_TABLES_SQL } from './sql/events-tables.sql.js';

const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';

function record(): PublishRecord {
  const e = runWithTrace(traceId, () =>
    event(
      OfferSubmittedSchema,
      { offerId: 'o-1', revision: 3 },
      { aggregateType: 'techmart.offer', aggregateId: 'o-1' },
    ),
  );
  return { ...e, position: '1' };
}

function message(overrides: Partial<TransportMessage> = {}): TransportMessage {
  const r = record();
  return {
    topic: r.topic,
    partition: 0,
    offset: '0',
    key: r.aggregateId,
    value: r.payload,
    headers: cloudEventHeaders(r),
    ...overrides,
  };
}

describe('events DDL', () => {
  it('ships the same SQL as the file services copy into their first migration', () => {
    expect(readFileSync(new URL('./sql/events-tables.sql', import.meta.url), 'utf8')).toBe(EVENTS_TABLES_SQL);
  });
});

describe('event()', () => {
  it('encodes the message and takes type, topic, source and trace id from context', () => {
    const r = record();
    expect(r).toMatchObject({
      topic: 'techmart.offer.v1',
      aggregateType: 'techmart.offer',
      aggregateId: 'o-1',
      type: 'sti.techmart.v1.OfferSubmitted',
      source: '/sti/techmart',
      traceId,
    });
    expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(fromBinary(OfferSubmittedSchema, r.payload)).toMatchObject({ offerId: 'o-1', revision: 3 });
  });
});

describe('CloudEvents binary-mode headers', () => {
  it('carries the CloudEvents attributes, the content type and a W3C traceparent', () => {
    const r = record();
    const headers = cloudEventHeaders(r);
    expect(headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: r.id,
      ce_type: 'sti.techmart.v1.OfferSubmitted',
      ce_source: '/sti/techmart',
      ce_subject: 'o-1',
      'content-type': 'application/protobuf',
    });
    expect(headers.ce_time).toBe(r.occurredAt.toISOString());
    expect(headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  });

  it('decodes a well-formed message through the contract registry', () => {
    const decoded = decodeMessage(message());
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.event).toMatchObject({ type: 'sti.techmart.v1.OfferSubmitted', subject: 'o-1', traceId });
      expect(decoded.event.message).toMatchObject({ offerId: 'o-1', revision: 3 });
    }
  });

  it.each([
    ['missing headers', { headers: {} }, 'malformed'],
    ['a non-UUID id', { headers: { ...message().headers, ce_id: 'nope' } }, 'malformed'],
    ['another content type', { headers: { ...message().headers, 'content-type': 'application/json' } }, 'malformed'],
    ['an empty value', { value: null }, 'malformed'],
    ['an unknown type', { headers: { ...message().headers, ce_type: 'sti.nowhere.v1.Thing' } }, 'unknown-type'],
    ['bytes that are not the message', { value: new Uint8Array([0xff, 0xff, 0xff, 0xff]) }, 'undecodable'],
  ] as const)('turns %s into a dead-letter reason instead of throwing', (_, overrides, reason) => {
    const decoded = decodeMessage(message(overrides as Partial<TransportMessage>));
    expect(decoded).toMatchObject({ ok: false, reason });
  });
});

describe('dead-letter filter', () => {
  const parked = {
    eventId: 'e1',
    eventType: 't1',
    reason: 'handler-failed',
    parkedAt: new Date('2026-01-02'),
  } as ParkedMessage;
  it('matches by ids, types, reasons, time and predicate', () => {
    expect(matchesFilter(parked)).toBe(true);
    expect(matchesFilter(parked, { eventIds: ['e1'] })).toBe(true);
    expect(matchesFilter(parked, { eventIds: ['e2'] })).toBe(false);
    expect(matchesFilter(parked, { types: ['t2'] })).toBe(false);
    expect(matchesFilter(parked, { reasons: ['malformed'] })).toBe(false);
    expect(matchesFilter(parked, { since: new Date('2026-01-03') })).toBe(false);
    expect(matchesFilter(parked, { predicate: (p) => p.eventId === 'e1' })).toBe(true);
  });
});

describe('prismaTxExecutor', () => {
  it('spreads parameters, passes bytes as Buffer and returns rows', async () => {
    const calls: unknown[][] = [];
    const tx = {
      $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => {
        calls.push([query, ...values]);
        return [{ ok: 1 }] as T;
      },
      $executeRawUnsafe: async () => 0,
    };
    const rows = await prismaTxExecutor(tx).query('SELECT $1, $2', ['a', new Uint8Array([1, 2])]);
    expect(rows).toEqual([{ ok: 1 }]);
    expect(Buffer.isBuffer(calls[0]?.[2])).toBe(true);
  });
});
