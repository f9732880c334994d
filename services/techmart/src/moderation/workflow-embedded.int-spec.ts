// The queue, notifications, drafts and home page on PGlite (embedded mode, `npm start`): their
// hand-written SQL (DISTINCT ON, row-value cursors, translate, ON CONFLICT) must run there too.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '@sti/platform';
import { injectRequest, TEST_AUTH_SECRET } from '@sti/platform/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeView } from '../home/home.schema.js';
import type { NotificationPage } from '../notifications/notification.schema.js';
import { startTechmart, type TechmartHandle } from '../start-techmart.js';
import { offerBody, principals } from '../testing/techmart-test-app.js';
import type { ModerationQueuePage } from './moderation.schema.js';

let dataDir = '';
let handle: TechmartHandle;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'techmart-embedded-workflow-'));
  handle = await startTechmart({
    databaseUrl: `pglite://${join(dataDir, 'db')}`,
    dataDir,
    internalAuthSecret: TEST_AUTH_SECRET,
    listen: false,
    seed: 'off',
    logger: pino({ level: 'silent' }),
    shutdownHooks: false,
    defaultMetrics: false,
  });
}, 180_000);
afterAll(async () => {
  await handle?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function call<T = { id: string }>(method: string, url: string, principal?: Principal, body?: unknown) {
  const response = await injectRequest<T>(handle.app, {
    method: method as 'GET',
    url: `/api/techmart/v1${url}`,
    ...(principal ? { principal } : {}),
    body,
  });
  expect(response.status, `${method} ${url}: ${response.text}`).toBeLessThan(300);
  return response.body;
}

describe('listing workflow on PGlite', () => {
  it('runs draft → submit → return → resubmit → publish with the queue, notifications and home page', async () => {
    const draft = await call('POST', '/drafts', principals.business, { type: 'offer', input: offerBody() });
    const { listing } = await call<{ listing: { id: string; revision: number } }>(
      'POST',
      `/drafts/${draft.id}/submit`,
      principals.business,
    );
    await call('POST', `/offers/${listing.id}/return`, principals.officer, { reason: 'Xin bổ sung ảnh thực tế.' });
    const returned = await call<{ revision: number }>('GET', `/offers/${listing.id}`, principals.business);
    await call(
      'PUT',
      `/offers/${listing.id}`,
      principals.business,
      offerBody({ title: 'Máy sấy nông sản năng lượng mặt trời 500 kg', revision: returned.revision }),
    );
    await call('POST', `/offers/${listing.id}/submit`, principals.business);

    const queue = await call<ModerationQueuePage>(
      'GET',
      `/moderation/queue?resubmitted=true&q=${encodeURIComponent('MAY SAY')}&limit=1`,
      principals.officer,
    );
    expect(queue.total).toBe(1);
    expect(queue.items[0]).toMatchObject({
      id: listing.id,
      previousReturn: { reason: 'Xin bổ sung ảnh thực tế.' },
      changes: [{ field: 'title', after: 'Máy sấy nông sản năng lượng mặt trời 500 kg' }],
    });
    await call('POST', `/offers/${listing.id}/publish`, principals.officer);

    const inbox = await call<NotificationPage>('GET', '/notifications', principals.business);
    expect(inbox.items.map((n) => n.kind)).toEqual(['listing_published', 'listing_returned']);
    expect(inbox.unreadCount).toBe(2);
    const marked = await call<{ unreadCount: number }>(
      'POST',
      `/notifications/${inbox.items[0]?.id}/read`,
      principals.business,
    );
    expect(marked.unreadCount).toBe(1);

    await call('PUT', `/featured/offer/${listing.id}`, principals.officer);
    const home = await call<HomeView>('GET', '/home');
    expect(home.figures.offers).toBe(1);
    expect(home.figures.organisations).toBe(1);
    expect(home.featured.map((f) => f.listing.id)).toEqual([listing.id]);
  });
});
