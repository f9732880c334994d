// The service starts on a fresh PostgreSQL database: migrations apply, readiness answers, and the
// reference data is for signed-in users only (anonymous callers see nothing of this service).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principals } from './testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from './testing/ip-support-test-app.js';

describe('startIpSupport', () => {
  let app: IpSupportTestApp;
  beforeAll(async () => {
    app = await startTestIpSupport();
  });
  afterAll(() => app?.close());

  it('answers readiness once the database is migrated', async () => {
    const res = await app.request({ url: '/ready' });
    expect(res.status).toBe(200);
  });

  it('refuses anonymous callers and serves the rights to signed-in users', async () => {
    const anonymous = await app.request({ url: '/api/ip-support/v1/reference' });
    expect(anonymous.status).toBe(401);
    const res = await app.request<{ rights: { code: string; nameVi: string }[] }>({
      url: '/api/ip-support/v1/reference',
      principal: principals.business,
    });
    expect(res.status).toBe(200);
    expect(res.body.rights.map((r) => r.code)).toContain('geographical_indication');
    expect(res.body.rights.find((r) => r.code === 'collective_mark')?.nameVi).toBe('Nhãn hiệu tập thể');
  });
});
