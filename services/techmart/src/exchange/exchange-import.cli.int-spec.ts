// The import CLI as an operator runs it: a feed file exported by one Techmart, imported into another
// database by the real command; run twice, the second run changes nothing. Polling a feed URL page
// by page is checked against the exporting app itself.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openSqlClient } from '@sti/platform';
import { createTestDatabase, type TestDatabase } from '@sti/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { FeedPage, ImportReport } from './exchange.schema.js';
import { pollFeed } from './feed-source.js';

const run = promisify(execFile);
const PACKAGE_DIR = join(import.meta.dirname, '..', '..');

let source: TechmartTestApp;
let target: TestDatabase;
let dir: string;

async function publishOffer(title: string): Promise<string> {
  const created = await source.request<{ id: string }>({
    method: 'POST',
    url: '/api/techmart/v1/offers',
    principal: principals.business,
    body: offerBody({ title }),
  });
  const id = created.body.id;
  await source.request({ method: 'POST', url: `/api/techmart/v1/offers/${id}/submit`, principal: principals.business });
  const published = await source.request({
    method: 'POST',
    url: `/api/techmart/v1/offers/${id}/publish`,
    principal: principals.officer,
  });
  expect(published.status, published.text).toBe(200);
  return id;
}

function cli(...args: string[]) {
  return run(
    process.execPath,
    ['--conditions=@sti/source', '--import', 'tsx', 'src/exchange/exchange-import.cli.ts', ...args],
    { cwd: PACKAGE_DIR, env: { ...process.env, DATABASE_URL: target.url, DATA_DIR: dir }, timeout: 120_000 },
  );
}

beforeAll(async () => {
  [source, target] = await Promise.all([startTestTechmart(), createTestDatabase('techmart_cli')]);
  dir = await mkdtemp(join(tmpdir(), 'exchange-cli-'));
}, 60_000);
afterAll(async () => {
  await source?.close();
  await target?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run exchange:import', () => {
  it('imports a feed file with a report, and a second run changes nothing', async () => {
    await publishOffer('Máy sấy nông sản năng lượng mặt trời');
    await publishOffer('Hệ thống tưới nhỏ giọt điều khiển qua điện thoại');
    const page = (await source.request<FeedPage>({ url: '/api/techmart/v1/exchange/feed' })).body;
    const broken = { ...page.items[0], id: 'broken-1', listing: { title: 'x' } };
    const feedFile = join(dir, 'feed.json');
    await writeFile(feedFile, JSON.stringify({ ...page, items: [...page.items, broken] }));

    const first = await cli('--source', 'vinatech', '--file', feedFile, '--report', join(dir, 'report.json'));
    expect(first.stdout).toContain('tạo mới/created 2');
    expect(first.stdout).toContain('từ chối/rejected 1');
    expect(first.stdout).toContain(
      '#2 offer broken-1 listing.title: Phải có ít nhất 5 ký tự. / Must be at least 5 characters.',
    );
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as ImportReport;
    expect(report.records.map((r) => r.outcome)).toEqual(['created', 'created', 'rejected']);

    const client = await openSqlClient(target.url);
    try {
      const count = async () => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox'))[0]?.n ?? 0;
      const outboxAfterFirst = await count();
      const second = await cli('--source', 'vinatech', '--file', feedFile);
      expect(second.stdout).toContain('không đổi/unchanged 2');
      expect(await count()).toBe(outboxAfterFirst);
      const rows = await client.query<{ source_code: string; external_id: string; status: string }>(
        'SELECT source_code, external_id, status::text FROM offers ORDER BY external_id',
      );
      expect(rows).toEqual(
        page.items
          .map((item) => ({ source_code: 'vinatech', external_id: item.id, status: 'published' }))
          .sort((a, b) => a.external_id.localeCompare(b.external_id)),
      );
    } finally {
      await client.close();
    }
  }, 180_000);

  it('polls a feed URL page by page from a cursor', async () => {
    const viaApp: typeof fetch = async (input) => {
      const url = new URL(String(input));
      const response = await source.request({ url: `${url.pathname}${url.search}` });
      return new Response(response.text, { status: response.status });
    };
    const batches = [];
    for await (const batch of pollFeed('http://techmart.test/api/techmart/v1/exchange/feed', {
      limit: 1,
      fetch: viaApp,
    })) {
      batches.push(batch);
    }
    expect(batches.map((b) => b.items.length)).toEqual([1, 1]);
    const resumed = [];
    for await (const batch of pollFeed('http://techmart.test/api/techmart/v1/exchange/feed', {
      since: batches.at(-1)?.cursor,
      fetch: viaApp,
    })) {
      resumed.push(batch);
    }
    expect(resumed.flatMap((b) => b.items)).toEqual([]);
  });
});
