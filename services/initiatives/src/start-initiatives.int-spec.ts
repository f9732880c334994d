// The service starts on a fresh PostgreSQL database: migrations apply, health answers, the public
// reference lists the fields and the five legal gates of Decree 13/2012/NĐ-CP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InitiativesTestApp, startTestInitiatives } from './testing/initiatives-test-app.js';

describe('startInitiatives', () => {
  let app: InitiativesTestApp;
  beforeAll(async () => {
    app = await startTestInitiatives();
  });
  afterAll(() => app?.close());

  it('answers readiness once the database is migrated', async () => {
    const res = await app.request({ url: '/ready' });
    expect(res.status).toBe(200);
  });

  it('serves the reference data to anonymous visitors', async () => {
    const res = await app.request<{
      fields: { code: string }[];
      legalGates: { code: string; redirectsToIp: boolean }[];
    }>({
      url: '/api/initiatives/v1/reference',
    });
    expect(res.status).toBe(200);
    expect(res.body.fields.map((f) => f.code)).toContain('education');
    expect(res.body.legalGates).toHaveLength(5);
    expect(res.body.legalGates.filter((g) => g.redirectsToIp).map((g) => g.code)).toEqual(['d13-not-ip-protected']);
  });
});
