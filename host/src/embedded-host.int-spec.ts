// `npm start` in a test: the whole platform embedded on one port over a throwaway data directory.
// First start seeds the demo data in the background until search finds every published listing;
// a restart on the same directory keeps everything, seeds nothing twice, and search answers at once.

import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DEMO_PASSWORD, DEMO_USERS } from '@sti/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedPlatform, startEmbeddedPlatform, startupBanner } from './embedded-host.js';
import type { HostConfig } from './host.config.js';
import { eventually, freePort, getJson, hostConfig, tempHostDirs } from './testing/host-test-support.js';

interface SearchPage {
  total: number;
  hits: { id: string; type: string; title: string }[];
}

const MIN_LISTINGS = 300;

let config: HostConfig;
let platform: EmbeddedPlatform | undefined;
let firstStartMs = 0;

/** Rows per table and what the public can see (published, or published with an edit in moderation). */
async function snapshot(p: EmbeddedPlatform) {
  const sql = p.techmart.database.sql;
  const one = async (query: string) => (await sql.query<{ n: number }>(query))[0]?.n ?? -1;
  const visible = (table: string) =>
    `SELECT count(*)::int AS n FROM ${table} WHERE status = 'published' OR (status <> 'archived' AND published_snapshot IS NOT NULL)`;
  return {
    offers: await one('SELECT count(*)::int AS n FROM offers'),
    needs: await one('SELECT count(*)::int AS n FROM needs'),
    experts: await one('SELECT count(*)::int AS n FROM experts'),
    outbox: await one('SELECT count(*)::int AS n FROM outbox'),
    visible: (await one(visible('offers'))) + (await one(visible('needs'))) + (await one(visible('experts'))),
    duplicateTitles: await one(
      'SELECT count(*)::int AS n FROM (SELECT title FROM offers GROUP BY title HAVING count(*) > 1) AS d',
    ),
  };
}

const searchAll = (url: string) => getJson<SearchPage>(`${url}/api/search/v1/search?q=&limit=1`);

beforeAll(async () => {
  const dirs = await tempHostDirs('sti-host-');
  config = hostConfig({ port: await freePort(), ...dirs, seedDemoData: true });
  const started = Date.now();
  platform = await startEmbeddedPlatform(config);
  firstStartMs = Date.now() - started;
  // six PGlite databases created on first start (initdb + migrations, ~25 s each on a loaded 2-core machine)
}, 300_000);

afterAll(async () => {
  await platform?.stop();
  if (config) await rm(dirname(config.dataDir), { recursive: true, force: true });
});

describe('embedded platform (npm start)', () => {
  it('is up on one port before the seed finishes: portal, API, sign-in discovery and readiness', async () => {
    if (!platform) throw new Error('not started');
    expect(platform.url).toBe(`http://127.0.0.1:${config.port}`);
    // a regression guard, not a target: start-up is seconds on an idle machine, much more on a busy 2-core one
    expect(firstStartMs).toBeLessThan(120_000);
    const portal = await fetch(`${platform.url}/`);
    expect(portal.status).toBe(200);
    expect(await portal.text()).toContain('<div id="root">');
    const discovery = await getJson<{ issuer: string; jwks_uri: string }>(
      `${platform.url}/realms/sti/.well-known/openid-configuration`,
    );
    expect(discovery.issuer).toBe(`${platform.url}/realms/sti`);
    const ready = await fetch(`${platform.url}/ready`);
    expect(ready.status).toBe(200);
    const sectors = await getJson<unknown[]>(`${platform.url}/api/techmart/v1/reference/sectors`);
    expect(sectors.length).toBeGreaterThanOrEqual(12);
  });

  it(`seeds in the background until search finds at least ${MIN_LISTINGS} published listings`, async () => {
    if (!platform) throw new Error('not started');
    const result = await platform.techmart.seeding;
    expect(result.seeded).toBe(true);
    const counts = await snapshot(platform);
    expect(counts.visible).toBeGreaterThanOrEqual(MIN_LISTINGS);
    expect(counts.duplicateTitles).toBe(0);
    // the projection catches up with the outbox: every public listing, and nothing else, is indexed
    const url = platform.url;
    const indexed = await eventually(
      async () => {
        const page = await searchAll(url);
        return page.total === counts.visible ? page : undefined;
      },
      { timeoutMs: 30_000, what: `search to index ${counts.visible} listings` },
    );
    expect(indexed.total).toBeGreaterThanOrEqual(MIN_LISTINGS);
    for (const type of ['offer', 'equipment', 'need', 'expert']) {
      const page = await getJson<SearchPage>(`${url}/api/search/v1/search?q=&type=${type}&limit=1`);
      expect(page.total, type).toBeGreaterThanOrEqual(30);
    }
    const dryer = await getJson<SearchPage>(`${url}/api/search/v1/search?q=${encodeURIComponent('may say nong san')}`);
    expect(dryer.hits.map((h) => h.title)).toContain('Máy sấy nông sản năng lượng mặt trời');
    // insights consumes the same events: the home province's published listings show in the open-data figures
    const everything = encodeURIComponent('2020-01-01..2035-12-31');
    const listings = await eventually(
      async () => {
        const open = await getJson<{ tiles: { code: string; value: number | null }[] }>(
          `${url}/api/insights/v1/public/overview?period=${everything}`,
        );
        const value = open.tiles.find((t) => t.code === 'techmart.listings_published')?.value ?? 0;
        return value > 0 ? value : undefined;
      },
      { timeoutMs: 30_000, what: 'insights to count the published listings' },
    );
    expect(listings).toBeGreaterThan(0);
  }, 240_000);

  it('seeds the incubation demo: the public startup directory and the contests answer through the gateway', async () => {
    if (!platform) throw new Error('not started');
    const seeded = await platform.incubation.seeding;
    expect(seeded.items).toBeGreaterThan(0);
    const url = platform.url;
    const directory = await getJson<{ items: { name: string }[] }>(
      `${url}/api/incubation/v1/public/startups?limit=100`,
    );
    expect(directory.items.map((s) => s.name)).toContain('Sen Hồng AgriTech');
    const contests = await getJson<{ items: { rounds: { status: string }[] }[] }>(`${url}/api/incubation/v1/contests`);
    expect(contests.items.flatMap((c) => c.rounds.map((r) => r.status))).toEqual(
      expect.arrayContaining(['results_published', 'judging', 'open']),
    );
  }, 240_000);

  it('prints a banner with the address and every demo user', () => {
    if (!platform) throw new Error('not started');
    const banner = startupBanner(platform.url, { demo: true });
    expect(banner).toContain(platform.url);
    expect(banner).toContain(`${platform.url}/api/docs`);
    expect(banner).toContain(DEMO_PASSWORD);
    expect(DEMO_USERS.length).toBeGreaterThanOrEqual(7);
    for (const user of DEMO_USERS) expect(banner).toContain(user.username);
    for (const username of ['doanhnghiep', 'doanhnghiep2', 'nhakhoahoc', 'canbo', 'canbo.xa', 'phanbien', 'quantri'])
      expect(banner).toMatch(new RegExp(`\\b${username.replace('.', '\\.')}\\s`));
  });

  it('restarts on the same data directory: data kept, nothing seeded twice, search answers at once', async () => {
    if (!platform) throw new Error('not started');
    const before = await snapshot(platform);
    const totalBefore = (await searchAll(platform.url)).total;
    await platform.stop();
    platform = undefined;

    const started = Date.now();
    platform = await startEmbeddedPlatform(config);
    const restartMs = Date.now() - started;
    expect(await platform.techmart.seeding).toEqual({ seeded: false, items: 0 });
    // the search index was persisted: full without replaying from zero
    expect((await searchAll(platform.url)).total).toBe(totalBefore);
    expect(await snapshot(platform)).toEqual(before);
    const dryer = await getJson<SearchPage>(
      `${platform.url}/api/search/v1/search?q=${encodeURIComponent('máy sấy nông sản')}`,
    );
    expect(dryer.hits.filter((h) => h.title === 'Máy sấy nông sản năng lượng mặt trời')).toHaveLength(1);
    expect(restartMs).toBeLessThan(120_000);
  }, 180_000);
});
