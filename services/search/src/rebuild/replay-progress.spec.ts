import type { BatchHandler, EventTransport, TransportMessage } from '@sti/platform';
import { describe, expect, it } from 'vitest';
import { ReplayProgressTransport } from './replay-progress.js';

const message = (offset: number, topic = 'techmart.offer.v1'): TransportMessage => ({
  topic,
  partition: 0,
  offset: String(offset),
  key: `k${offset}`,
  value: null,
  headers: { ce_id: `01936d3e-0000-7000-8000-${String(offset).padStart(12, '0')}` },
});

/** A transport that hands the subscriber's batch handler to the test. */
function capture(): { inner: EventTransport; handler: () => BatchHandler } {
  let onBatch: BatchHandler | undefined;
  const inner = {
    kind: 'in-process',
    subscribe: async (options: { onBatch: BatchHandler }) => {
      onBatch = options.onBatch;
      return { stop: async () => {} };
    },
  } as unknown as EventTransport;
  return { inner, handler: () => onBatch as BatchHandler };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('ReplayProgressTransport', () => {
  it('counts a slot as reached only when no lane holding it is still applying', async () => {
    const { inner, handler } = capture();
    const tracking = new ReplayProgressTransport(inner);
    const slow = deferred();
    const fast = deferred();
    await tracking.subscribe({
      group: 'g',
      topics: ['techmart.offer.v1'],
      onBatch: (messages) => (messages[0]?.offset === '4' ? slow.promise : fast.promise),
    });
    const end = new Map([['techmart.offer.v1/0', 5n]]);
    const laneA = handler()([message(4)]);
    const laneB = handler()([message(5)]);
    fast.resolve();
    await laneB;
    expect(tracking.progress(end).done).toBe(false); // offset 4 is still being applied
    slow.resolve();
    await laneA;
    expect(tracking.progress(end)).toEqual({ done: true, remaining: 0n });
    expect(tracking.messages).toBe(2);
  });

  it('does not count a delivery that failed alongside one that succeeded', async () => {
    const { inner, handler } = capture();
    const tracking = new ReplayProgressTransport(inner);
    await tracking.subscribe({
      group: 'g',
      topics: ['techmart.offer.v1'],
      onBatch: async (messages) => {
        if (messages[0]?.offset === '4') throw new Error('database gone');
      },
    });
    const end = new Map([['techmart.offer.v1/0', 5n]]);
    const results = await Promise.allSettled([handler()([message(4)]), handler()([message(5)])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(tracking.progress(end).done).toBe(false);
  });

  it('remembers the events it parked', async () => {
    const parked: string[] = [];
    const inner = {
      kind: 'in-process',
      deadLetterStore: () => ({
        park: async (entry: { message: TransportMessage }) => {
          parked.push(entry.message.offset);
        },
        list: async () => [],
        markReplayed: async () => {},
      }),
    } as unknown as EventTransport;
    const tracking = new ReplayProgressTransport(inner);
    const store = tracking.deadLetterStore({ run: async () => undefined } as never);
    await store.park({ consumer: 'g', message: message(7), reason: 'handler-failed', error: 'x', attempts: 5 });
    expect(parked).toEqual(['7']);
    expect([...tracking.parkedEventIds]).toEqual(['01936d3e-0000-7000-8000-000000000007']);
  });
});
