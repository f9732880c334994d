// Embedded mode keeps each service's data in PGlite, which has a single connection: a read outside an
// open transaction would wait for it until the transaction times out. The whole journey — request,
// dossier with the fee estimate, filing, grant with deadlines and the subsidy claim — on PGlite.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { injectRequest, TEST_AUTH_SECRET } from '@sti/platform/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilingView } from './filings/filing.schema.js';
import type { RequestView } from './requests/request.schema.js';
import { type IpSupportHandle, startIpSupport } from './start-ip-support.js';
import { principals } from './testing/fixtures.js';
import { acceptedRequest, completeDossier } from './testing/flows.js';
import type { IpSupportTestApp } from './testing/ip-support-test-app.js';

const API = '/api/ip-support/v1';

describe('the journey on PGlite (embedded mode)', () => {
  let handle: IpSupportHandle;
  let dataDir: string;
  let t: IpSupportTestApp;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ip-support-pglite-'));
    handle = await startIpSupport({
      databaseUrl: 'pglite://memory',
      dataDir,
      internalAuthSecret: TEST_AUTH_SECRET,
      listen: false,
      seed: 'off',
      logger: pino({ level: 'silent' }),
      shutdownHooks: false,
      defaultMetrics: false,
    });
    t = {
      handle,
      request: (options) => injectRequest(handle.app, options),
      events: async () => [],
      setNow: () => {},
      close: async () => {},
    };
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('goes from request to granted certificate without waiting on its own transactions', async () => {
    const started = Date.now();
    const request = await acceptedRequest(t, { subjectTitle: 'Xoài cát Hòa Lộc (PGlite)' });
    await completeDossier(t, request.id);
    const filed = await t.request<FilingView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/filing`,
      principal: principals.officer,
      body: { applicationNumber: '4-2026-09999', filingDate: '2026-01-15' },
    });
    expect(filed.status).toBe(201);
    for (const body of [
      { kind: 'formality_examination', occurredOn: '2026-01-20' },
      { kind: 'formality_accepted', occurredOn: '2026-02-20' },
      { kind: 'publication', occurredOn: '2026-03-20' },
      { kind: 'substantive_examination', occurredOn: '2026-04-20' },
      { kind: 'granted', occurredOn: '2026-11-20', certificateNumber: '4-0599999-000' },
    ]) {
      const res = await t.request({
        method: 'POST',
        url: `${API}/filings/${filed.body.id}/milestones`,
        principal: principals.officer,
        body,
      });
      expect(res.status, body.kind).toBe(201);
    }
    const view = await t.request<RequestView>({
      url: `${API}/requests/${request.id}`,
      principal: principals.cooperative,
    });
    expect(view.body.state).toBe('granted');
    // far below Prisma's 120 s interactive-transaction timeout that a self-wait would hit
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
});
