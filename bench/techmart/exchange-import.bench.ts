// Import of 10,000 listings from another exchange's feed (a script, not a test):
//   TSX_TSCONFIG_PATH=services/techmart/tsconfig.json node --conditions=@sti/source --import tsx bench/techmart/exchange-import.bench.ts [--count 10000] [--pglite] [--no-write]
// Builds a feed of realistic offers, needs and experts (valid against Techmart's schemas and reference
// data), imports it into a fresh Techmart database through the same path as the import API and CLI
// (batches of 500, one transaction per record with its outbox events), then imports it again (every
// record unchanged). Prints throughput and the process's peak resident memory.
import { performance } from 'node:perf_hooks';
import { createLogger, openDatabase } from '@sti/platform';
import { createTestDatabase } from '@sti/platform/testing';
import { importBatches } from '../../services/techmart/src/exchange/exchange-import.cli.js';
import type { FeedItem } from '../../services/techmart/src/exchange/exchange.schema.js';
import { PrismaClient } from '../../services/techmart/src/generated/prisma/client.js';
import { MIGRATIONS_DIR } from '../../services/techmart/src/start-techmart.js';
import { composeTechmart } from '../../services/techmart/src/techmart.composition.js';
import { fmt, loadAverage, machineLine, writeSection } from '../search/bench-support.js';

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const COUNT = numberArg('--count', 10_000);
const PGLITE = args.includes('--pglite');
const WRITE = !args.includes('--no-write');
const BATCH = 500;

const SECTORS = ['agri-processing', 'energy', 'environment', 'biotech', 'mechanical'];
const COMMUNES = ['30223', '30268', '30280', '30307'];
const PRODUCTS = ['xoài', 'lúa', 'sen', 'cá tra', 'khoai lang', 'dừa', 'nấm rơm', 'mật ong'];
const MACHINES = [
  'Máy sấy bơm nhiệt',
  'Dây chuyền đóng gói',
  'Hệ thống tưới nhỏ giọt',
  'Lò hơi sinh khối',
  'Máy tách hạt',
];

function feedItem(n: number): FeedItem {
  const product = PRODUCTS[n % PRODUCTS.length] as string;
  const sectorCode = SECTORS[n % SECTORS.length] as string;
  const locality = { provinceCode: '87', communeCode: COMMUNES[n % COMMUNES.length] as string };
  const base = {
    id: `vn-${n}`,
    sequence: String(n + 1),
    change: 'upsert' as const,
    revision: 1,
    publishedAt: '2026-11-20T03:00:00.000Z',
    updatedAt: '2026-11-20T03:00:00.000Z',
    owner: { id: `org-${n % 400}`, name: `Doanh nghiệp khoa học công nghệ số ${n % 400}` },
  };
  const kind = n % 10;
  if (kind < 7) {
    return {
      ...base,
      type: 'offer',
      listing: {
        kind: 'technology',
        title: `${MACHINES[n % MACHINES.length]} cho ${product} — mẫu ${n}`,
        summary: `Công nghệ chế biến ${product} giảm 30–50% chi phí năng lượng, đã chuyển giao cho nhiều hợp tác xã.`,
        description: `Quy trình và thiết bị cho ${product}, công suất 300–500 kg/mẻ, bảo hành 24 tháng.`,
        sectorCode,
        keywords: [product, 'chế biến'],
        trl: 6 + (n % 4),
        ipStatus: 'utility_solution',
        transferModes: ['licence', 'turnkey'],
        price: n % 3 === 0 ? { negotiable: true } : { amountVnd: String(100_000_000 + (n % 50) * 5_000_000) },
        locality,
        contact: { name: 'Phòng chuyển giao công nghệ', email: `ctt${n % 400}@example.vn` },
      },
    };
  }
  if (kind < 9) {
    return {
      ...base,
      type: 'need',
      listing: {
        title: `Cần công nghệ bảo quản ${product} sau thu hoạch ${n}`,
        problem: `Tổn thất sau thu hoạch ${product} khoảng 20%, cần giải pháp bảo quản dài ngày với chi phí hợp lý.`,
        sectorCode,
        keywords: [product, 'bảo quản'],
        desiredTrl: 7,
        budget: { maxVnd: '500000000' },
        locality,
        contact: { name: 'Trần Thị Bích', phone: '0918 245 377' },
      },
    };
  }
  return {
    ...base,
    type: 'expert',
    listing: {
      fullName: `Nguyễn Văn Chuyên Gia ${n}`,
      academicTitle: 'TS.',
      fieldCodes: [sectorCode],
      keywords: [product, 'sau thu hoạch'],
      results: [{ title: `Công nghệ bảo quản ${product}`, year: 2020 + (n % 6), kind: 'project' }],
      availableForConsulting: true,
      biography: `Mười năm nghiên cứu công nghệ sau thu hoạch ${product}.`,
      locality,
      contact: { name: `TS. Chuyên Gia ${n}`, email: `expert${n}@example.vn` },
    },
  };
}

function* batches(items: FeedItem[]) {
  for (let i = 0; i < items.length; i += BATCH) yield { items: items.slice(i, i + BATCH) };
}

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  const items = Array.from({ length: COUNT }, (_, n) => feedItem(n));
  const database = PGLITE ? undefined : await createTestDatabase('bench_exchange');
  const url = database ? database.url : 'pglite://memory';
  const logger = createLogger({ service: 'bench', level: 'warn' });
  const db = await openDatabase(url, { migrationsDir: MIGRATIONS_DIR, prismaClient: PrismaClient, logger });
  let peakSampled = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakSampled = Math.max(peakSampled, process.memoryUsage().rss);
  }, 25);
  const rssBefore = process.memoryUsage().rss;
  try {
    const services = await composeTechmart({ prisma: db.prisma, dataDir: '/tmp/bench-exchange' });
    const runs: { label: string; ms: number; counts: Record<string, number> }[] = [];
    for (const label of ['first import', 're-import (unchanged)']) {
      const started = performance.now();
      const report = await importBatches(services.exchange, 'vinatech', batches(items));
      const ms = performance.now() - started;
      runs.push({ label, ms, counts: report.counts });
      console.log(label, fmt(ms / 1000, 1), 's', report.counts);
    }
    const [{ n: outbox } = { n: 0 }] = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox');
    const peakMaxRss = process.resourceUsage().maxRSS * 1024;
    const mib = (bytes: number) => fmt(bytes / 1024 / 1024, 0);
    const rows = runs
      .map(
        (run) =>
          `| ${run.label} | ${COUNT.toLocaleString('en')} | ${fmt(run.ms / 1000, 1)} | ${fmt(COUNT / (run.ms / 1000), 0)} | ${run.counts.created} / ${run.counts.updated} / ${run.counts.unchanged} / ${run.counts.rejected} |`,
      )
      .join('\n');
    const body = `
## Techmart: import of ${COUNT.toLocaleString('en')} listings from an exchange feed (\`bench/techmart/exchange-import.bench.ts\`)

Run ${new Date().toISOString()} on: ${machineLine(loadAtStart)}

Database: ${PGLITE ? 'embedded PGlite (in memory)' : 'PostgreSQL 15 on 127.0.0.1 (a fresh database)'}. Feed: ${COUNT.toLocaleString('en')} records (70 % technology offers, 20 % needs, 10 % expert profiles, 400 owner organisations), imported through \`importBatches\` — the code path of the import API and \`npm run exchange:import\` — in batches of ${BATCH}: each record is validated with the local form's schemas and reference data, looked up by (source, id there), written as published in its own transaction with its Created + Published events in the outbox. The second run imports the same feed again: every record is looked up and compared, nothing is written.

| run | records | seconds | records/s | created / updated / unchanged / rejected |
| --- | ---: | ---: | ---: | --- |
${rows}

Outbox rows after both runs: ${outbox.toLocaleString('en')} (2 per created listing plus one per new owner organisation, none from the re-import).
Peak resident memory of the process: ${mib(peakMaxRss)} MiB (getrusage maxRSS; ${mib(peakSampled)} MiB sampled every 25 ms; ${mib(rssBefore)} MiB before the import, the feed of ${COUNT.toLocaleString('en')} records already parsed in memory). The process keeps the whole feed and the whole report (one entry per record) in memory.
`;
    console.log(body);
    if (WRITE) await writeSection('techmart-exchange-import', body);
  } finally {
    clearInterval(sampler);
    await db.close();
    await database?.drop();
  }
}

await main();
