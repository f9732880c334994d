import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from './embedded.search-engine.js';
import { contractDocument } from './testing/contract-fixtures.js';
import { describeSearchEngineContract } from './testing/search-engine.contract.js';

describeSearchEngineContract('embedded', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'search-contract-'));
  let engine = await EmbeddedSearchEngine.open({ directory });
  return {
    engine,
    async reopen() {
      await engine.close();
      engine = await EmbeddedSearchEngine.open({ directory });
      return engine;
    },
    async cleanup() {
      await engine.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
});

describe('EmbeddedSearchEngine', () => {
  let directory: string;
  const engines: EmbeddedSearchEngine[] = [];
  const open = async (options: Parameters<typeof EmbeddedSearchEngine.open>[0] = {}) => {
    const engine = await EmbeddedSearchEngine.open({ directory, ...options });
    engines.push(engine);
    return engine;
  };

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'search-embedded-'));
  });
  afterEach(async () => {
    for (const engine of engines.splice(0)) await engine.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('writes the snapshot after a quiet period, without close (a crash keeps it)', async () => {
    const engine = await open({ persistDebounceMs: 20 });
    await engine.upsert([contractDocument({ id: 'a', title: 'Máy sấy lúa' })]);
    expect((await engine.stats()).persistedAt).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await engine.stats()).persistedAt).not.toBeNull();
    const other = await open();
    expect((await other.search({ q: 'may say' })).total).toBe(1);
  });

  it('writes at least every persistMaxDelayMs under continuous writes', async () => {
    const engine = await open({ persistDebounceMs: 1_000, persistMaxDelayMs: 60 });
    for (let i = 0; i < 10; i++) {
      await engine.upsert([contractDocument({ id: `d${i}`, title: 'Máy sấy' })]);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await engine.stats()).persistedAt).not.toBeNull();
  });

  it('sets a damaged snapshot aside and starts empty', async () => {
    await writeFile(join(directory, 'search-index.snapshot'), 'garbage');
    const warnings: string[] = [];
    const engine = await open({ logger: { warn: (_details, message) => warnings.push(message) } });
    expect((await engine.stats()).documents).toBe(0);
    expect(warnings).toEqual(['search snapshot unreadable']);
    expect((await readdir(directory)).some((f) => f.startsWith('search-index.snapshot.damaged-'))).toBe(true);
  });

  it('re-indexes stored documents when the synonym table changes', async () => {
    const first = await open();
    await first.upsert([contractDocument({ id: 'a', title: 'Cày ải bằng tay' })]);
    await first.close();
    const second = await open();
    await second.ensureIndex({ synonyms: [['xới đất', 'cày ải']] });
    expect((await second.search({ q: 'xới đất' })).total).toBe(1);
    await second.close();
    const third = await open(); // default table again: the stored postings carry the custom one
    await third.ensureIndex();
    expect((await third.search({ q: 'xới đất' })).total).toBe(0);
    expect((await third.search({ q: 'cày ải' })).total).toBe(1);
  });

  it('stays correct through compaction after many replacements', async () => {
    const engine = new EmbeddedSearchEngine();
    engines.push(engine);
    const docs = Array.from({ length: 1_500 }, (_, i) =>
      contractDocument({ id: `d${i}`, title: `Máy sấy số ${i}`, trl: 1 + (i % 9) }),
    );
    await engine.upsert(docs);
    await engine.upsert(docs.map((d) => ({ ...d, title: `Lò sấy số ${d.id.slice(1)}`, version: 2 })));
    expect((await engine.stats()).documents).toBe(1_500);
    const result = await engine.search({ q: 'lò sấy', filters: { trl: [3] } });
    expect(result.total).toBe(167);
    expect((await engine.search({ q: 'máy' })).total).toBe(0);
    expect((await engine.search({ q: 'lò sấy 42' })).hits[0]?.id).toBe('d42');
  });

  it('ranks a title match above a body match', async () => {
    const engine = new EmbeddedSearchEngine();
    engines.push(engine);
    await engine.upsert([
      contractDocument({ id: 'body', title: 'Thiết bị', body: 'Dùng để sấy cà phê' }),
      contractDocument({ id: 'title', title: 'Máy sấy cà phê', publishedAt: '2020-01-01T00:00:00.000Z' }),
    ]);
    expect((await engine.search({ q: 'sấy cà phê' })).hits.map((h) => h.id)).toEqual(['title', 'body']);
  });

  it('ranks accent-exact matches first when the query has accents', async () => {
    const engine = new EmbeddedSearchEngine();
    engines.push(engine);
    await engine.upsert([
      contractDocument({ id: 'machine', title: 'Máy tre đan', publishedAt: '2026-05-01T00:00:00.000Z' }),
      contractDocument({ id: 'rattan', title: 'Mây tre đan xuất khẩu', publishedAt: '2020-01-01T00:00:00.000Z' }),
    ]);
    expect((await engine.search({ q: 'mây tre' })).hits.map((h) => h.id)).toEqual(['rattan', 'machine']);
    expect((await engine.search({ q: 'máy tre' })).hits.map((h) => h.id)).toEqual(['machine', 'rattan']);
    expect((await engine.search({ q: 'may tre' })).total).toBe(2);
  });

  it('rejects invalid documents and use after close', async () => {
    const engine = new EmbeddedSearchEngine();
    await expect(engine.upsert([{ ...contractDocument({ id: 'x' }), trl: 12 }])).rejects.toThrow(TypeError);
    await engine.close();
    await expect(engine.search({ q: 'x' })).rejects.toThrow(/closed/);
  });

  it('clamps paging', async () => {
    const engine = new EmbeddedSearchEngine();
    engines.push(engine);
    const result = await engine.search({ q: '', page: 0, limit: 1_000 });
    expect(result).toMatchObject({ page: 1, limit: 100, total: 0, hits: [] });
  });
});
