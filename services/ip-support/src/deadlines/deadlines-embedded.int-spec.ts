// Embedded mode (PGlite): the demo data seeded through the workflows gets its deadlines from the
// hook, the officer's list and the calendar feed work on PGlite's SQL as on PostgreSQL's, and a holiday
// change re-dates them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { injectRequest, TEST_AUTH_SECRET } from '@sti/platform/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IpSupportHandle, startIpSupport } from '../start-ip-support.js';
import { principals } from '../testing/fixtures.js';
import type { DeadlineList } from './deadline.schema.js';

const API = '/api/ip-support/v1';

describe('deadlines on PGlite with the demo data', () => {
  let handle: IpSupportHandle;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ip-rules-embedded-'));
    handle = await startIpSupport({
      databaseUrl: 'pglite://memory',
      dataDir,
      internalAuthSecret: TEST_AUTH_SECRET,
      listen: false,
      seed: 'await',
      logger: pino({ level: 'silent' }),
      shutdownHooks: false,
      defaultMetrics: false,
    });
  }, 300_000);
  afterAll(async () => {
    await handle?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lists demo deadlines falling due in the coming weeks, paged', async () => {
    const first = await injectRequest<DeadlineList>(handle.app, {
      url: `${API}/deadlines/due-soon?days=60&limit=3`,
      principal: principals.officer,
    });
    expect(first.status).toBe(200);
    expect(first.body.items.length).toBeGreaterThan(0);
    const dates = first.body.items.map((d) => d.dueDate);
    expect([...dates].sort()).toEqual(dates);
    if (first.body.nextCursor) {
      const next = await injectRequest<DeadlineList>(handle.app, {
        url: `${API}/deadlines/due-soon?days=60&limit=3&cursor=${first.body.nextCursor}`,
        principal: principals.officer,
      });
      expect(next.status).toBe(200);
      expect((next.body.items[0]?.dueDate ?? '') >= (dates.at(-1) ?? '')).toBe(true);
    }
  });

  it('recomputes every filing and re-dates after a holiday change on PGlite', async () => {
    const all = await handle.services.rules.deadlines.recomputeAll('embedded check');
    expect(all.filings).toBeGreaterThan(0);
    expect(all.changed).toBe(0);
    const year = Number(handle.services.rules.deadlines.today().slice(0, 4));
    const again = await handle.services.rules.deadlines.reapplyCalendar('embedded check', [year]);
    expect(again.changed).toBe(0);
  });

  it('serves a calendar feed from PGlite', async () => {
    const created = await injectRequest<{ path: string }>(handle.app, {
      method: 'POST',
      url: `${API}/calendar-feed`,
      principal: principals.cooperative,
    });
    const feed = await injectRequest(handle.app, { url: created.body.path });
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('BEGIN:VCALENDAR');
  });
});
