// Re-delivers parked messages to one consumer once the cause is fixed (the inbox keeps effects single).
//
//   node --import tsx packages/platform/src/events/cli/replay-dead-letters.ts \
//     --module services/search/src/events/consumers.ts --consumer search.offers [--list [--limit 100] [--cursor C]] \
//     [--type sti.techmart.v1.OfferPublished] [--event-id <uuid>] [--reason handler-failed] [--since 2026-01-01T00:00:00Z]
//
// The module is the service's own wiring: it exports `createEventConsumers()` returning its consumers
// (not started) and a `close()`; handlers, database and transport come from the service's configuration.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { listDeadLetters, replayDeadLetters } from '../dead-letter.replay.js';
import type { DeadLetterFilter, DeadLetterReason } from '../event.types.js';
import type { Consumer } from '../inbox.consumer.js';

export interface EventConsumersModule {
  createEventConsumers(): Promise<{ consumers: Consumer[]; close(): Promise<void> }>;
}

export async function replayDeadLettersCli(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      module: { type: 'string' },
      consumer: { type: 'string' },
      list: { type: 'boolean', default: false },
      type: { type: 'string', multiple: true },
      'event-id': { type: 'string', multiple: true },
      reason: { type: 'string', multiple: true },
      since: { type: 'string' },
      limit: { type: 'string' },
      cursor: { type: 'string' },
    },
  });
  if (!values.module || !values.consumer) {
    process.stderr.write(
      'usage: replay-dead-letters --module <file> --consumer <group> [--list [--limit N] [--cursor C]] [--type T] [--event-id ID] [--reason R] [--since ISO]\n',
    );
    return 2;
  }
  const filter: DeadLetterFilter = {
    types: values.type,
    eventIds: values['event-id'],
    reasons: values.reason as DeadLetterReason[] | undefined,
    since: values.since ? new Date(values.since) : undefined,
  };
  const mod = (await import(pathToFileURL(resolve(values.module)).href)) as EventConsumersModule;
  const { consumers, close } = await mod.createEventConsumers();
  try {
    const consumer = consumers.find((c) => c.group === values.consumer);
    if (!consumer) {
      process.stderr.write(`no consumer ${values.consumer}; known: ${consumers.map((c) => c.group).join(', ')}\n`);
      return 2;
    }
    if (values.list) {
      // one page; its last line names the cursor of the next page, if any
      const page = await listDeadLetters(consumer, filter, {
        cursor: values.cursor,
        limit: values.limit ? Number(values.limit) : undefined,
      });
      for (const p of page.items) {
        process.stdout.write(
          `${JSON.stringify({ ref: p.ref, eventId: p.eventId, type: p.eventType, reason: p.reason, attempts: p.attempts, parkedAt: p.parkedAt, error: p.error })}\n`,
        );
      }
      if (page.nextCursor) process.stdout.write(`${JSON.stringify({ nextCursor: page.nextCursor })}\n`);
      return 0;
    }
    const summary = await replayDeadLetters({ consumer, filter });
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.failed.length === 0 ? 0 : 1;
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  replayDeadLettersCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
