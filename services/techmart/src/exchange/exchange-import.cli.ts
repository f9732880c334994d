// `npm run exchange:import -w @sti/techmart -- --source vinatech (--file feed.json | --url URL) [options]`
// Imports another exchange's listings into this Techmart database, idempotently by (source, id there),
// and prints the report per record (rejected ones with their reasons in Vietnamese and English).
//
//   DATABASE_URL (postgres://… or pglite://…; default: the embedded database under DATA_DIR, .data)
//   --source CODE        the source's code (its names come from the exchange client of that code)
//   --file PATH          a feed page, an array of pages, or { items }
//   --url URL            the source's feed endpoint, polled from --since until it has no more
//   --since CURSOR       resume point for --url (the CLI prints the cursor to pass next time)
//   --report PATH        write the whole report as JSON
//   --batch N            records per transaction batch report (default 500)

import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger, openDatabase } from '@sti/platform';
import { PrismaClient } from '../generated/prisma/client.js';
import { MIGRATIONS_DIR } from '../start-techmart.js';
import { composeTechmart } from '../techmart.composition.js';
import type { ImportReport } from './exchange.schema.js';
import type { ExchangeService } from './exchange.service.js';
import { type FeedBatch, pollFeed, readFeedFile } from './feed-source.js';

const USAGE =
  'Usage: npm run exchange:import -w @sti/techmart -- --source CODE (--file PATH | --url FEED_URL [--since CURSOR]) [--report PATH] [--batch N]';

/** Imports batch by batch; the summary adds up, the records keep their position in the whole input. */
export async function importBatches(
  exchange: ExchangeService,
  sourceCode: string,
  batches: AsyncIterable<FeedBatch> | Iterable<FeedBatch>,
): Promise<ImportReport & { cursor?: string }> {
  const source = await exchange.sourceNamed(sourceCode);
  const total: ImportReport & { cursor?: string } = {
    source: sourceCode,
    counts: { created: 0, updated: 0, unchanged: 0, archived: 0, rejected: 0 },
    records: [],
  };
  for await (const batch of batches) {
    const report = await exchange.importRecords(source, { items: batch.items });
    const offset = total.records.length;
    for (const record of report.records) total.records.push({ ...record, index: record.index + offset });
    for (const key of Object.keys(total.counts) as (keyof ImportReport['counts'])[]) {
      total.counts[key] += report.counts[key];
    }
    if (batch.cursor) total.cursor = batch.cursor;
  }
  return total;
}

function* chunks(items: unknown[], size: number): Generator<FeedBatch> {
  for (let start = 0; start < items.length; start += size) yield { items: items.slice(start, start + size) };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      file: { type: 'string' },
      url: { type: 'string' },
      since: { type: 'string' },
      report: { type: 'string' },
      batch: { type: 'string', default: '500' },
    },
  });
  if (!values.source || (!values.file && !values.url) || (values.file && values.url)) {
    console.error(USAGE);
    return 2;
  }
  const dataDir = resolve(process.env.DATA_DIR ?? '.data');
  const databaseUrl = process.env.DATABASE_URL ?? `pglite://${join(dataDir, 'techmart', 'db')}`;
  const logger = createLogger({ service: 'techmart-exchange-import', level: 'warn' });
  const database = await openDatabase(databaseUrl, {
    migrationsDir: MIGRATIONS_DIR,
    prismaClient: PrismaClient,
    logger,
  });
  try {
    const services = await composeTechmart({ prisma: database.prisma, dataDir: join(dataDir, 'techmart') });
    const size = Math.max(1, Math.min(1000, Number(values.batch) || 500));
    const batches = values.file
      ? chunks(await readFeedFile(values.file), size)
      : pollFeed(values.url as string, { since: values.since, limit: size });
    const report = await importBatches(services.exchange, values.source, batches);
    if (values.report) await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
    const { created, updated, unchanged, archived, rejected } = report.counts;
    console.log(
      `nguồn/source ${values.source}: tạo mới/created ${created}, cập nhật/updated ${updated}, ` +
        `không đổi/unchanged ${unchanged}, lưu trữ/archived ${archived}, từ chối/rejected ${rejected}`,
    );
    for (const record of report.records.filter((r) => r.outcome === 'rejected')) {
      for (const p of record.problems) {
        console.log(
          `  #${record.index} ${record.type ?? '?'} ${record.externalId ?? '?'} ${p.field}: ${p.message.vi} / ${p.message.en}`,
        );
      }
    }
    if (report.cursor) console.log(`cursor (--since lần sau / next time): ${report.cursor}`);
    return 0;
  } finally {
    await database.close();
  }
}

// Run only as the entry point (the bench and tests import importBatches).
if (process.argv[1] && resolve(process.argv[1]).endsWith('exchange-import.cli.ts')) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
