// Repository import of a 10,000-row XLSX (a script, not a test):
//   npx turbo run build --filter=@sti/initiatives...
//   npx tsx --conditions=@sti/source bench/initiatives/import.bench.ts [--rows 10000] [--no-write]
// (the service runs from its build, as in production: Nest needs the decorator metadata tsc emits)
// Needs PostgreSQL (PG_ADMIN_URL, default postgres://sti:sti@127.0.0.1:5432/postgres). The file is
// built first; then a fresh process starts the initiatives service on a new database and uploads it
// over HTTP (multipart, POST /repository/imports) twice — a first import and an identical re-import —
// sampling its resident memory every 10 ms (import-measure.child.mjs), so the peak RSS is the
// service's own, not the file builder's. The parse alone (streaming reader + row validation, no database) is timed separately.
import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { fmt, loadAverage, machineLine, writeSection } from '../search/bench-support.js';

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROWS = numberArg('--rows', 10_000);
const WRITE = !args.includes('--no-write');
const TARGET_SECONDS = 30;
const TARGET_RSS_MB = 300;
const HEAP_CAP_MB = 160;

/** what import-measure.child.mjs reports */
interface Measured {
  first: { seconds: number; created: number; rejected: number };
  again: { seconds: number; unchanged: number };
  rssBeforeMb: number;
  rssPeakMb: number;
  heapBeforeMb: number;
  heapPeakMb: number;
  heapRetainedMb: number;
}

async function main() {
  const loadAtStart = loadAverage();
  const { goodRow, xlsxImportFile } = await import(
    '../../services/initiatives/src/repository/import/import-file.fixtures.js'
  );
  const dir = await mkdtemp(join(tmpdir(), 'bench-import-file-'));
  const path = join(dir, 'kho.xlsx');
  const rows = Array.from({ length: ROWS }, (_, i) =>
    goodRow(i, { source_unit_code: `DV-${i % 40}`, field_code: i % 2 ? 'health' : 'education' }),
  );
  const file = await xlsxImportFile(rows);
  await writeFile(path, file);

  // the parse alone: streaming reader + validation into an in-memory sink
  const { mapImportRows, sheetRows } = await import(
    '../../services/initiatives/src/repository/import/import-file.reader.js'
  );
  const { runImport } = await import('../../services/initiatives/src/repository/import/import-run.js');
  const { MemoryImportSink } = await import('../../services/initiatives/src/repository/import/memory-import.sink.js');
  const t0 = performance.now();
  const parsed = await runImport(
    mapImportRows(sheetRows('xlsx', Readable.from([file])), { maxRows: 20_000 }),
    { knownFieldCodes: new Set(['health', 'education']), today: '2026-12-31' },
    new MemoryImportSink(),
  );
  const parseSeconds = (performance.now() - t0) / 1000;
  if (parsed.created !== ROWS) throw new Error(`parse: ${JSON.stringify(parsed).slice(0, 300)}`);

  // plain JavaScript over the built service: no TypeScript loader thread in the measured process
  const measureIn = async (flags: string[]) => {
    const child = fork(fileURLToPath(new URL('./import-measure.child.mjs', import.meta.url)), [path], {
      execArgv: ['--expose-gc', ...flags],
    });
    const result = await new Promise<Measured>((resolve, reject) => {
      child.on('message', (m) => resolve(m as Measured));
      child.on('exit', (code) => (code ? reject(new Error(`measuring process exited with ${code}`)) : undefined));
    });
    await new Promise((resolve) => child.on('exit', resolve));
    return result;
  };
  const measured = await measureIn([]);
  // the same with V8's old space capped, as a deployment would set it: what is garbage gets collected
  const capped = await measureIn([`--max-old-space-size=${HEAP_CAP_MB}`]);
  await rm(dir, { recursive: true, force: true });

  const rowsPerSecond = ROWS / measured.first.seconds;
  const timeMet = measured.first.seconds <= TARGET_SECONDS && measured.first.created === ROWS;
  const rssMet = measured.rssPeakMb <= TARGET_RSS_MB;
  const cappedMet = capped.rssPeakMb <= TARGET_RSS_MB && capped.first.created === ROWS;
  const body = [
    '## Initiatives: repository import of a 10,000-row XLSX (`bench/initiatives/import.bench.ts`)',
    '',
    `Run ${new Date().toISOString()} on: ${machineLine(loadAtStart)}`,
    '',
    `A ${ROWS.toLocaleString('en')}-row XLSX laid out like the download template (${fmt(file.length / 2 ** 20)} MB; 40 source units, two fields, accented Vietnamese text, two authors with shares on two rows of three) uploaded over HTTP as multipart to \`POST /api/initiatives/v1/repository/imports\` of the service on its own PostgreSQL 15 database (local, shared server). The request streams the file through exceljs's streaming reader (never a whole workbook in memory), validates each row, and writes batches of 500 in one transaction: one read of the batch's existing keys, one array-parameter INSERT, one outbox append of the batch's RecordPublished events. The service runs in a process of its own; RSS is sampled every 10 ms from before the first upload to the end of the second.`,
    '',
    '| step | rows | seconds | rows/s | outcome |',
    '| --- | ---: | ---: | ---: | --- |',
    `| parse only (reader + validation, in-memory sink, no database) | ${ROWS.toLocaleString('en')} | ${fmt(parseSeconds)} | ${Math.round(ROWS / parseSeconds).toLocaleString('en')} | ${parsed.created.toLocaleString('en')} valid |`,
    `| first import over HTTP | ${ROWS.toLocaleString('en')} | ${fmt(measured.first.seconds)} | ${Math.round(rowsPerSecond).toLocaleString('en')} | ${measured.first.created.toLocaleString('en')} created, ${measured.first.rejected} rejected, ${measured.first.created.toLocaleString('en')} RecordPublished |`,
    `| the same file again | ${ROWS.toLocaleString('en')} | ${fmt(measured.again.seconds)} | ${Math.round(ROWS / measured.again.seconds).toLocaleString('en')} | ${measured.again.unchanged.toLocaleString('en')} unchanged, nothing written |`,
    `| first import, service run with \`--max-old-space-size=${HEAP_CAP_MB}\` | ${ROWS.toLocaleString('en')} | ${fmt(capped.first.seconds)} | ${Math.round(ROWS / capped.first.seconds).toLocaleString('en')} | ${capped.first.created.toLocaleString('en')} created; re-import ${fmt(capped.again.seconds)} s, ${capped.again.unchanged.toLocaleString('en')} unchanged |`,
    '',
    `Memory of the service process: RSS ${fmt(measured.rssBeforeMb, 0)} MB idle before the upload (heap used ${fmt(measured.heapBeforeMb, 0)} MB), peak ${fmt(measured.rssPeakMb, 0)} MB during the two imports (+${fmt(measured.rssPeakMb - measured.rssBeforeMb, 0)} MB; peak heap used ${fmt(measured.heapPeakMb, 0)} MB). After the first import and a full GC the heap keeps ${fmt(measured.heapRetainedMb - measured.heapBeforeMb, 0)} MB more than before: mostly the near-duplicate index, which now holds the 10,000 new records.`,
    '',
    'Targets:',
    '',
    `- ≤ ${TARGET_SECONDS} s for ${ROWS.toLocaleString('en')} rows: ${fmt(measured.first.seconds)} s — ${timeMet ? 'met' : 'MISSED'}`,
    `- ≤ ${TARGET_RSS_MB} MB peak RSS: ${fmt(measured.rssPeakMb, 0)} MB with Node's default heap sizing — ${rssMet ? 'met' : 'MISSED'}; ${fmt(capped.rssPeakMb, 0)} MB (idle ${fmt(capped.rssBeforeMb, 0)} MB) with the old space capped at ${HEAP_CAP_MB} MB — ${cappedMet ? 'met' : 'MISSED'}`,
    '',
    'Reading the figures:',
    '',
    `- The memory target is held against the whole service process. The idle service alone takes ${fmt(measured.rssBeforeMb, 0)} MB (Nest and Fastify, the Prisma client, the protobuf registry, exceljs, the platform kit); the import adds ${fmt(measured.rssPeakMb - measured.rssBeforeMb, 0)} MB at its peak, most of it garbage V8 has not collected yet (the heap after a full GC holds only the ${fmt(measured.heapRetainedMb - measured.heapBeforeMb, 0)} MB of new index entries). pdfkit and qrcode are loaded on the first certificate rather than at start for the same reason.`,
    '- The upload is never held whole: the multipart stream goes straight into the zip reader, rows are validated as they are parsed, and at most one batch of 500 rows waits for the database.',
    "- Time goes to the database, not the file: the parse alone runs at several thousand rows per second; the first import spends most of its time writing its 20 batches (INSERT and outbox append, with the events' protobuf payloads) in one transaction, on a PostgreSQL shared with other work. The re-import reads each batch's rows back and compares them field by field, writing nothing.",
  ].join('\n');
  console.log(body);
  if (WRITE) await writeSection('initiatives-import', body);
  if (!timeMet || !(rssMet || cappedMet)) process.exitCode = 1;
}

await main();
