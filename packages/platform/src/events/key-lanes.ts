// Key lanes: one delivered batch split by key, the parts applied at the same time. Each key (aggregate)
// always falls in the same lane and keeps its order there; the batch is done when every lane is.
import type { BatchHandler, TransportMessage } from './event.types.js';

/** FNV-1a of the key. */
export function hashKey(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * Splits messages by key into at most `lanes` lists, keeping their order within each list.
 * `spread`: how many ways the hash was already used to pick this batch's consumer (lanes use the rest).
 */
export function splitIntoLanes(messages: TransportMessage[], lanes: number, spread = 1): TransportMessage[][] {
  if (lanes <= 1 || messages.length <= 1) return [messages];
  const byLane = new Map<number, TransportMessage[]>();
  for (const message of messages) {
    const lane = Math.floor(hashKey(message.key ?? '') / spread) % lanes;
    const list = byLane.get(lane);
    if (list) list.push(message);
    else byLane.set(lane, [message]);
  }
  return [...byLane.values()];
}

/** Applies the lanes together; settles when all have, rejecting with the first failure. */
export async function applyLanes(lanes: TransportMessage[][], onBatch: BatchHandler): Promise<void> {
  if (lanes.length === 1) return onBatch(lanes[0] as TransportMessage[]);
  const results = await Promise.allSettled(lanes.map((lane) => onBatch(lane)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
