// The service starts on a fresh PostgreSQL database: migrations apply, readiness answers, the public
// reference lists the stages and sectors forms and filters use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IncubationTestApp, startTestIncubation } from './testing/incubation-test-app.js';

describe('startIncubation', () => {
  let app: IncubationTestApp;
  beforeAll(async () => {
    app = await startTestIncubation();
  });
  afterAll(() => app?.close());

  it('answers readiness once the database is migrated', async () => {
    const res = await app.request({ url: '/ready' });
    expect(res.status).toBe(200);
  });

  it('serves the stages and sectors to anonymous visitors', async () => {
    const res = await app.request<{ stages: { code: string }[]; sectors: { code: string }[] }>({
      url: '/api/incubation/v1/reference',
    });
    expect(res.status).toBe(200);
    expect(res.body.stages.map((s) => s.code)).toEqual(['idea', 'prototype', 'early_revenue', 'growth']);
    expect(res.body.sectors.map((s) => s.code)).toContain('aquaculture');
  });
});
