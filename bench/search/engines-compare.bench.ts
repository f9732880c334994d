// Search engines compared on one realistic corpus at three sizes (a script, not a test):
//   npx tsx bench/search/engines-compare.bench.ts [--sizes 344,5000,50000] [--queries 300] [--no-write]
// Engines: ours (embedded), Meilisearch through our adapter (when MEILI_URL is set), MiniSearch, Orama,
// FlexSearch. Every engine gets the same documents and the same queries, interleaved (query i runs on
// every engine before query i+1, in a rotating order), so a busy moment of the shared machine hits all
// engines alike. Each query asks for 20 hits plus the total and facet counts (type, sector, locality);
// engines without facets count them over all their hits. Writes the `search-engines` section of
// docs/benchmarks.md.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmbeddedSearchEngine } from '../../services/search/src/engine/embedded.search-engine.js';
import { MeilisearchSearchEngine } from '../../services/search/src/engine/meilisearch.search-engine.js';
import type { SearchDocument } from '../../services/search/src/engine/search-engine.port.js';
import { foldVietnamese } from '../../services/search/src/text/vietnamese-folding.js';
import { fmt, loadAverage, machineLine, summarise, writeSection } from './bench-support.js';
import { realisticCorpus } from './realistic-corpus.js';
import { seededRandom } from './vietnamese-listings.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const SIZES = arg('--sizes', '344,5000,50000').split(',').map(Number);
const QUERIES = Number(arg('--queries', '300'));
const WRITE = !args.includes('--no-write');
const TARGET_P95_MS = 20;

interface BenchEngine {
  name: string;
  /** what the engine does differently from ours, said next to its figures */
  note: string;
  build(docs: SearchDocument[]): Promise<void>;
  /** returns the total number of hits */
  search(q: string): Promise<number>;
  close(): Promise<void>;
}

const fold = (text: string) => foldVietnamese(text.toLowerCase());
const tokens = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const facetOf = (d: SearchDocument) => ({
  type: d.type,
  sector: d.sector?.code ?? '',
  locality: d.locality?.provinceCode ?? '',
});

function countFacets(rows: Iterable<{ type: string; sector: string; locality: string }>): number {
  const counts = new Map<string, number>();
  let n = 0;
  for (const r of rows) {
    n++;
    for (const key of [`type:${r.type}`, `sector:${r.sector}`, `locality:${r.locality}`])
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return n;
}

async function embeddedEngine(): Promise<BenchEngine> {
  const dir = await mkdtemp(join(tmpdir(), 'engines-bench-'));
  const engine = await EmbeddedSearchEngine.open({ directory: dir, persistDebounceMs: 3_600_000 });
  return {
    name: 'ours (embedded)',
    note: 'all words, else fewer (Meilisearch-like fallback); 1 typo from 5 letters; last-word prefix; synonyms; 7 facets',
    async build(docs) {
      await engine.ensureIndex();
      for (let i = 0; i < docs.length; i += 2000) await engine.upsert(docs.slice(i, i + 2000));
    },
    search: async (q) => (await engine.search({ q, limit: 20 })).total,
    async close() {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function meilisearchEngine(host: string, apiKey: string | undefined, size: number): BenchEngine {
  const engine = new MeilisearchSearchEngine({
    host,
    apiKey,
    indexUid: `bench_${size}_${Date.now()}`,
    taskTimeoutMs: 600_000,
  });
  return {
    name: 'Meilisearch 1.50 (our adapter, HTTP on loopback)',
    note: 'its own ranking rules and typo rules; facets by extra queries for disjunctive counts',
    async build(docs) {
      await engine.ensureIndex();
      for (let i = 0; i < docs.length; i += 10_000) await engine.upsert(docs.slice(i, i + 10_000));
    },
    search: async (q) => (await engine.search({ q, limit: 20 })).total,
    async close() {
      await engine.dropIndex();
    },
  };
}

async function miniSearchEngine(): Promise<BenchEngine> {
  const { default: MiniSearch } = await import('minisearch');
  type Row = SearchDocument & { sectorCode: string; provinceCode: string };
  // As its documentation recommends: boost the title, fuzzy 0.2, prefix search; AND like ours, folded terms.
  const mini = new MiniSearch<Row>({
    fields: ['title', 'summary', 'body', 'keywordsText'],
    storeFields: ['type', 'sectorCode', 'provinceCode'],
    extractField: (doc, field) =>
      field === 'keywordsText' ? doc.keywords.join(' ') : (doc as unknown as Record<string, string>)[field],
    processTerm: (term) => fold(term),
    searchOptions: { combineWith: 'AND', boost: { title: 2 }, fuzzy: 0.2, prefix: true },
  });
  return {
    name: 'MiniSearch 7.2',
    note: 'fuzzy 0.2 and prefix on every word (its recommended options), AND; facets counted over all hits',
    async build(docs) {
      mini.addAll(
        docs.map((d) => ({ ...d, sectorCode: d.sector?.code ?? '', provinceCode: d.locality?.provinceCode ?? '' })),
      );
    },
    async search(q) {
      const results = mini.search(q);
      return countFacets(results.map((r) => ({ type: r.type, sector: r.sectorCode, locality: r.provinceCode })));
    },
    close: async () => {},
  };
}

async function oramaEngine(): Promise<BenchEngine> {
  const { create, insertMultiple, search } = await import('@orama/orama');
  const db = create({
    schema: {
      title: 'string',
      summary: 'string',
      body: 'string',
      keywords: 'string[]',
      type: 'enum',
      sector: 'enum',
      locality: 'enum',
    } as const,
    components: {
      tokenizer: { language: 'vietnamese', normalizationCache: new Map(), tokenize: (raw: string) => tokens(raw) },
    },
  });
  return {
    name: 'Orama 3.1',
    note: 'tolerance 1 on every word, threshold 0 (all words), native facets',
    async build(docs) {
      await insertMultiple(
        db,
        docs.map((d) => ({
          id: d.id,
          title: d.title,
          summary: d.summary,
          body: d.body,
          keywords: d.keywords,
          ...facetOf(d),
        })),
        5_000,
      );
    },
    async search(q) {
      const r = await search(db, {
        term: q,
        tolerance: 1,
        threshold: 0,
        limit: 20,
        boost: { title: 2 },
        facets: { type: {}, sector: {}, locality: {} },
      });
      return r.count;
    },
    close: async () => {},
  };
}

async function flexSearchEngine(): Promise<BenchEngine> {
  const { Document } = await import('flexsearch');
  const index = new Document({
    tokenize: 'forward',
    encoder: { normalize: (s: string) => fold(s) },
    document: { id: 'id', index: ['title', 'summary', 'body', 'keywords'], store: ['type', 'sector', 'locality'] },
  } as never) as unknown as {
    add(doc: Record<string, unknown>): void;
    search(
      q: string,
      options: Record<string, unknown>,
    ): Array<{ id: string; doc: { type: string; sector: string; locality: string } }>;
  };
  return {
    name: 'FlexSearch 0.8',
    note: 'forward (prefix) tokenizer, no typo tolerance; results merged over fields; facets counted over all hits',
    async build(docs) {
      for (const d of docs)
        index.add({
          id: d.id,
          title: d.title,
          summary: d.summary,
          body: d.body,
          keywords: d.keywords.join(' '),
          ...facetOf(d),
        });
    },
    async search(q) {
      const hits = index.search(q, { limit: 100_000, merge: true, enrich: true, suggest: false });
      return countFacets(hits.map((h) => h.doc));
    },
    close: async () => {},
  };
}

/** Queries typed from listing titles: 1–3 consecutive words, accented, unaccented, or with one typo. */
function makeQueries(docs: SearchDocument[], count: number): { q: string; kind: string }[] {
  const rnd = seededRandom(count * 31 + docs.length);
  const out: { q: string; kind: string }[] = [];
  const kinds = ['1 word', '2 words', '2 words, no accents', '2 words, one typo', '3 words, no accents'];
  while (out.length < count) {
    const kind = kinds[out.length % kinds.length] as string;
    const words = Number(kind[0]);
    const doc = docs[Math.floor(rnd() * docs.length)] as SearchDocument;
    const title = doc.title.split(/\s+/).filter((w) => /^\p{L}+$/u.test(w));
    if (title.length < words) continue;
    const at = Math.floor(rnd() * (title.length - words + 1));
    let picked = title.slice(at, at + words).map((w) => w.toLowerCase());
    if (kind.includes('no accents') || kind.includes('typo')) picked = picked.map(foldVietnamese);
    if (kind.includes('typo')) {
      const i = picked.findIndex((w) => w.length >= 5);
      if (i < 0) continue;
      const w = picked[i] as string;
      const at2 = 1 + Math.floor(rnd() * (w.length - 1));
      picked[i] = w.slice(0, at2) + w.slice(at2 + 1); // one deletion, never the first letter
    }
    out.push({ q: picked.join(' '), kind });
  }
  return out;
}

interface Result {
  engine: string;
  note: string;
  size: number;
  buildMs: number;
  times: number[];
  typoTimes: number[];
  hits: number;
}

async function runSize(size: number, engines: BenchEngine[]): Promise<{ results: Result[]; terms: number }> {
  const { docs, distinctTerms } = await realisticCorpus(size);
  const queries = makeQueries(docs, QUERIES);
  const results: Result[] = [];
  for (const engine of engines) {
    const t0 = performance.now();
    await engine.build(docs);
    const buildMs = performance.now() - t0;
    console.log(`  ${engine.name}: built ${size} in ${fmt(buildMs / 1000)} s`);
    for (const { q } of queries.slice(0, 20)) await engine.search(q); // warm-up
    results.push({ engine: engine.name, note: engine.note, size, buildMs, times: [], typoTimes: [], hits: 0 });
  }
  for (let i = 0; i < queries.length; i++) {
    const { q, kind } = queries[i] as { q: string; kind: string };
    for (let k = 0; k < engines.length; k++) {
      const e = (i + k) % engines.length;
      const t0 = performance.now();
      const total = await (engines[e] as BenchEngine).search(q);
      const ms = performance.now() - t0;
      const r = results[e] as Result;
      r.times.push(ms);
      if (kind.includes('typo')) r.typoTimes.push(ms);
      r.hits += total;
    }
  }
  for (const engine of engines) await engine.close();
  return { results, terms: distinctTerms };
}

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  const meiliUrl = process.env.MEILI_URL;
  const lines: string[] = [];
  const all: Result[] = [];
  const terms: Record<number, number> = {};
  for (const size of SIZES) {
    console.log(`size ${size}`);
    const engines = [await embeddedEngine(), await miniSearchEngine(), await oramaEngine(), await flexSearchEngine()];
    if (meiliUrl) engines.splice(1, 0, meilisearchEngine(meiliUrl, process.env.MEILI_MASTER_KEY, size));
    const { results, terms: t } = await runSize(size, engines);
    terms[size] = t;
    all.push(...results);
  }
  const names = [...new Set(all.map((r) => r.engine))];
  lines.push(
    '## Search: engines compared at three sizes',
    '',
    `Run: \`npx tsx bench/search/engines-compare.bench.ts\` on ${new Date().toISOString().slice(0, 10)}; ${machineLine(loadAtStart)}`,
    '',
    `Corpus: \`bench/search/realistic-corpus.ts\` — listings shaped like the demo catalogue (8 sectors, Đồng Tháp and neighbouring provinces) whose descriptions add running text drawn (Zipf) from the 6,600 syllables of \`dictionary-vi\`, model numbers and brand names: ${SIZES.map((s) => `${s.toLocaleString('en')} listings → ${terms[s]?.toLocaleString('en')} distinct terms`).join('; ')}. ${QUERIES} queries per size from titles (1 word; 2 words; 2 words unaccented; 2 words unaccented with one typo; 3 words unaccented), the same for every engine, interleaved. Each asks for 20 hits, the total and facet counts. Target: p95 ≤ ${TARGET_P95_MS} ms.`,
    '',
    `| engine | listings | build s | p50 ms | p95 ms | p95 typo ms | mean hits | p95 ≤ ${TARGET_P95_MS} ms |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  );
  for (const r of all) {
    const s = summarise(r.times);
    const typo = summarise(r.typoTimes);
    lines.push(
      `| ${r.engine} | ${r.size.toLocaleString('en')} | ${fmt(r.buildMs / 1000)} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(typo.p95)} | ${Math.round(r.hits / r.times.length)} | ${s.p95 <= TARGET_P95_MS ? 'yes' : 'no'} |`,
    );
  }
  lines.push('', 'What each engine does (the mean hits differ because the matching rules differ):', '');
  for (const name of names) lines.push(`- ${name}: ${all.find((r) => r.engine === name)?.note}`);
  if (!meiliUrl) lines.push('', 'Meilisearch was not measured in this run (MEILI_URL not set).');
  const body = lines.join('\n');
  console.log(body);
  if (WRITE) await writeSection('search-engines', body);
}

await main();
