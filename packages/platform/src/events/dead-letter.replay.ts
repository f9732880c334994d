// Re-applies parked messages once their cause is fixed; the inbox keeps effects single, and a replayed
// dead letter is recorded so later listings and replays skip it.
import type { DeadLetterFilter, DeadLetterPage, DeadLetterPageRequest, ParkedMessage } from './event.types.js';
import type { Consumer } from './inbox.consumer.js';

export interface ReplaySummary {
  considered: number;
  applied: number;
  /** already applied earlier (the inbox had the event) */
  duplicates: number;
  ignored: number;
  failed: { ref: string; eventId: string | undefined; error: string }[];
}

export function matchesFilter(parked: ParkedMessage, filter: DeadLetterFilter = {}): boolean {
  if (filter.eventIds && !(parked.eventId && filter.eventIds.includes(parked.eventId))) return false;
  if (filter.types && !(parked.eventType && filter.types.includes(parked.eventType))) return false;
  if (filter.reasons && !filter.reasons.includes(parked.reason)) return false;
  if (filter.since && parked.parkedAt < filter.since) return false;
  return filter.predicate ? filter.predicate(parked) : true;
}

/** One page of a consumer's pending dead letters; the filter applies within the page (a page may be short). */
export async function listDeadLetters(
  consumer: Consumer,
  filter: DeadLetterFilter = {},
  page: DeadLetterPageRequest = {},
): Promise<DeadLetterPage> {
  const found = await consumer.deadLetters.list(consumer.group, [...consumer.topics], page);
  return { items: found.items.filter((p) => matchesFilter(p, filter)), nextCursor: found.nextCursor };
}

/** Every pending dead letter matching the filter, page by page (never the whole store in memory). */
export async function* pendingDeadLetters(
  consumer: Consumer,
  filter: DeadLetterFilter = {},
  pageSize?: number,
): AsyncGenerator<ParkedMessage> {
  let cursor: string | undefined;
  do {
    const page = await listDeadLetters(consumer, filter, { cursor, limit: pageSize });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** Replays in parking order. A message that fails again stays parked (its error is updated). */
export async function replayDeadLetters({
  consumer,
  filter,
  pageSize,
}: {
  consumer: Consumer;
  filter?: DeadLetterFilter;
  pageSize?: number;
}): Promise<ReplaySummary> {
  const summary: ReplaySummary = { considered: 0, applied: 0, duplicates: 0, ignored: 0, failed: [] };
  for await (const parked of pendingDeadLetters(consumer, filter, pageSize)) {
    summary.considered++;
    const result = await consumer.applyParked(parked);
    if (result.ok) {
      if (result.outcome === 'applied') summary.applied++;
      else if (result.outcome === 'duplicate') summary.duplicates++;
      else summary.ignored++;
    } else {
      summary.failed.push({ ref: parked.ref, eventId: parked.eventId, error: result.error });
    }
    await consumer.deadLetters.markReplayed(parked, result.ok ? { ok: true } : { ok: false, error: result.error });
  }
  return summary;
}
