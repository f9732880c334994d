// Search latency benchmark of the embedded engine (a script, not a test):
//   npx tsx bench/search/search-latency.bench.ts [--docs 50000] [--queries 400] [--baseline] [--no-write]
// Generates Vietnamese listings deterministically, measures index build, snapshot write/load and
// query latency (p50/p95/p99, facet counts and highlights included, typo tolerance on) for 1-, 2-
// and 3-word queries with accents, without accents and with one typo; writes docs/benchmarks.md.
// --baseline also measures MiniSearch 7 (AND, fuzzy 1 on words ≥ 5 letters, facets over all hits).
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmbeddedSearchEngine } from '../../services/search/src/engine/embedded.search-engine.js';
import type { SearchDocument, SearchEngine } from '../../services/search/src/engine/search-engine.port.js';
import { foldVietnamese } from '../../services/search/src/text/vietnamese-folding.js';
import { generateListings, seededRandom } from './vietnamese-listings.js';

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DOCS = numberArg('--docs', 50_000);
const QUERIES = numberArg('--queries', 400);
const WRITE = !args.includes('--no-write');
const BASELINE = args.includes('--baseline');
const BASELINE_QUERIES = numberArg('--baseline-queries', 100);
const BENCH_FILE = new URL('../../docs/benchmarks.md', import.meta.url);
const START = '<!-- bench:search:start -->';
const END = '<!-- bench:search:end -->';

type Variant = 'accented' | 'unaccented' | 'typo';
interface QuerySet {
  words: number;
  variant: Variant;
  queries: string[];
}

/** Queries made of consecutive title words of random listings (what users type), then folded or mistyped. */
function makeQueries(docs: SearchDocument[], seed: number): QuerySet[] {
  const rnd = seededRandom(seed);
  const sets: QuerySet[] = [];
  for (const words of [1, 2, 3]) {
    for (const variant of ['accented', 'unaccented', 'typo'] as Variant[]) {
      const queries: string[] = [];
      while (queries.length < QUERIES) {
        const doc = docs[Math.floor(rnd() * docs.length)] as SearchDocument;
        const titleWords = doc.title.split(/\s+/).filter((w) => /^[\p{L}]+$/u.test(w));
        if (titleWords.length < words) continue;
        const at = Math.floor(rnd() * (titleWords.length - words + 1));
        let picked = titleWords.slice(at, at + words).map((w) => w.toLowerCase());
        if (variant !== 'accented') picked = picked.map(foldVietnamese);
        if (variant === 'typo') {
          const candidates = picked.map((w, i) => [w, i] as const).filter(([w]) => foldVietnamese(w).length >= 5);
          if (candidates.length === 0) continue;
          const [word, index] = candidates[Math.floor(rnd() * candidates.length)] as readonly [string, number];
          picked[index] = mistype(word, rnd);
        }
        queries.push(picked.join(' '));
      }
      sets.push({ words, variant, queries });
    }
  }
  return sets;
}

/** One edit inside the word (never the first letter): substitution, deletion, insertion or swap. */
function mistype(word: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 1));
  const letter = 'abcdeghiklmnopqrstuvxy'[Math.floor(rnd() * 22)] as string;
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return word.slice(0, i) + letter + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + letter + word.slice(i);
    default:
      return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : `${word}${letter}`;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

interface Row {
  label: string;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** process CPU time per query (user + system): the engine's own cost, whatever else the machine runs */
  cpuP95: number;
  meanHits: number;
}

async function measure(label: string, queries: string[], run: (q: string) => Promise<number>): Promise<Row> {
  for (const q of queries.slice(0, 50)) await run(q); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    hits += await run(q);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    label,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? 0,
    cpuP95: percentile(cpu, 95),
    meanHits: hits / queries.length,
  };
}

const ms = (x: number) => x.toFixed(2);
const table = (rows: Row[]) =>
  [
    '| queries | p50 ms | p95 ms | p99 ms | max ms | CPU p95 ms | mean hits |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${ms(r.cpuP95)} | ${Math.round(r.meanHits)} |`,
    ),
  ].join('\n');

async function engineRows(engine: SearchEngine, sets: QuerySet[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const set of sets) {
    rows.push(
      await measure(`${set.words} word${set.words > 1 ? 's' : ''}, ${set.variant}`, set.queries, async (q) => {
        const r = await engine.search({ q, limit: 20 });
        return r.total;
      }),
    );
  }
  const twoWords = sets.find((s) => s.words === 2 && s.variant === 'unaccented')?.queries ?? [];
  rows.push(
    await measure('2 words + filters (type, sector, locality)', twoWords, async (q) => {
      const r = await engine.search({
        q,
        filters: { type: ['offer', 'equipment'], sector: ['CBNS', 'NTTS', 'CNTT'], locality: ['87'] },
      });
      return r.total;
    }),
  );
  rows.push(
    await measure('2 words, sort newest, page 5', twoWords, async (q) => {
      const r = await engine.search({ q, sort: 'newest', page: 5 });
      return r.total;
    }),
  );
  rows.push(
    await measure('empty query (browse all, facets)', Array(QUERIES).fill(''), async (q) => {
      const r = await engine.search({ q });
      return r.total;
    }),
  );
  return rows;
}

async function miniSearchRows(docs: SearchDocument[], sets: QuerySet[]): Promise<{ buildMs: number; rows: Row[] }> {
  const { default: MiniSearch } = await import('minisearch');
  const t0 = performance.now();
  const mini = new MiniSearch<SearchDocument>({
    fields: ['title', 'keywordsText', 'summary', 'body'],
    storeFields: ['type', 'sectorCode', 'trl', 'provinceCode', 'transferModes', 'ipStatus'],
    extractField: (doc, field) => {
      const d = doc as SearchDocument;
      if (field === 'keywordsText') return d.keywords.join(' ');
      if (field === 'sectorCode') return d.sector?.code ?? '';
      if (field === 'provinceCode') return d.locality?.provinceCode ?? '';
      return (d as unknown as Record<string, unknown>)[field] as string;
    },
    processTerm: (term) => foldVietnamese(term),
    searchOptions: {
      combineWith: 'AND',
      boost: { title: 5, keywordsText: 3, summary: 2 },
      prefix: (_t, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length >= 5 ? 1 : 0),
    },
  });
  mini.addAll(docs);
  const buildMs = performance.now() - t0;
  const rows: Row[] = [];
  for (const set of sets.filter((s) => s.words === 2)) {
    rows.push(
      await measure(`MiniSearch: 2 words, ${set.variant}`, set.queries.slice(0, BASELINE_QUERIES), async (q) => {
        const results = mini.search(q);
        const facets: Record<string, Record<string, number>> = {};
        for (const r of results) {
          for (const f of ['type', 'sectorCode', 'trl', 'provinceCode', 'ipStatus']) {
            const bucket = facets[f] ?? {};
            facets[f] = bucket;
            const v = String(r[f]);
            bucket[v] = (bucket[v] ?? 0) + 1;
          }
        }
        return results.length;
      }),
    );
  }
  return { buildMs, rows };
}

async function main(): Promise<void> {
  console.log(`generating ${DOCS} listings…`);
  const docs = generateListings(DOCS);
  const sets = makeQueries(docs, 7);
  const dir = await mkdtemp(join(tmpdir(), 'search-bench-'));
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const heapBefore = process.memoryUsage().heapUsed;
    const engine = await EmbeddedSearchEngine.open({ directory: dir, persistDebounceMs: 60_000 });
    await engine.ensureIndex();
    const t0 = performance.now();
    for (let i = 0; i < docs.length; i += 1000) await engine.upsert(docs.slice(i, i + 1000));
    const buildMs = performance.now() - t0;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
    const stats = await engine.stats();
    const t1 = performance.now();
    await engine.flush();
    const snapshotMs = performance.now() - t1;
    const snapshotMb = (await stat(join(dir, 'search-index.snapshot'))).size / 1048576;
    const rows = await engineRows(engine, sets);
    await engine.close();
    const t2 = performance.now();
    const reopened = await EmbeddedSearchEngine.open({ directory: dir });
    const loadMs = performance.now() - t2;
    const check = await reopened.search({ q: 'may say nong san' });
    await reopened.close();

    console.log(`build ${ms(buildMs)} ms, ${stats.terms} terms, heap +${heapMb.toFixed(0)} MB`);
    console.log(`snapshot write ${ms(snapshotMs)} ms (${snapshotMb.toFixed(1)} MB), load ${ms(loadMs)} ms`);
    console.log(table(rows));

    let baseline = '';
    if (BASELINE) {
      const mini = await miniSearchRows(docs, sets);
      console.log(`MiniSearch build ${ms(mini.buildMs)} ms`);
      console.log(table(mini.rows));
      baseline = [
        '',
        `Baseline, same data and queries: MiniSearch 7.2 (folded terms, AND, prefix on the last word, fuzzy 1 from 5 letters, facets counted by iterating all hits); build ${(mini.buildMs / 1000).toFixed(1)} s.`,
        '',
        table(mini.rows),
      ].join('\n');
    }

    const loadAfter = loadavg()[0] ?? 0;
    const cpu = cpus();
    const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
    const section = [
      START,
      '## Search: embedded engine latency',
      '',
      `Run: \`npx tsx bench/search/search-latency.bench.ts${BASELINE ? ' --baseline' : ''}\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}; 1-minute load average ${loadBefore.toFixed(1)} at start, ${loadAfter.toFixed(1)} at end (the machine is shared: wall-clock figures include waiting for a core, the CPU column does not).`,
      '',
      `${DOCS.toLocaleString('en')} generated Vietnamese listings (seeded; 8 sectors, communes of Đồng Tháp and 3 neighbouring provinces), ${QUERIES} queries per row taken from listing titles. Each query counts 7 facets over all hits, ranks, takes 20 hits and computes highlights; typo tolerance and last-word prefix are on.`,
      '',
      `- index build: ${(buildMs / 1000).toFixed(2)} s (${stats.terms?.toLocaleString('en')} terms, ~${heapMb.toFixed(0)} MB heap)`,
      `- snapshot write: ${ms(snapshotMs)} ms (${snapshotMb.toFixed(1)} MB); load on restart: ${ms(loadMs)} ms (${check.total} hits for \`may say nong san\` after reload)`,
      '',
      table(rows),
      baseline,
      END,
    ].join('\n');
    if (WRITE) await writeSection(section);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function writeSection(section: string): Promise<void> {
  let current = '';
  try {
    current = await readFile(BENCH_FILE, 'utf8');
  } catch {
    current =
      '# Benchmarks\n\nFigures written by the scripts under `bench/`; each script owns the section between its markers.\n';
  }
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + END.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(BENCH_FILE, next);
  console.log(`wrote ${BENCH_FILE.pathname}`);
}

await main();
