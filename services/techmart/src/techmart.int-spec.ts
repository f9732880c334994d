// The service as a whole: reference data, OpenAPI, health and readiness.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTechmart, type TechmartTestApp } from './testing/techmart-test-app.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

describe('techmart service', () => {
  it('serves the sector taxonomy and the localities', async () => {
    const sectors = await t.request<{ code: string; nameVi: string; nameEn: string }[]>({
      url: '/api/techmart/v1/reference/sectors',
    });
    expect(sectors.status).toBe(200);
    expect(sectors.body.find((s) => s.code === 'aquaculture')).toEqual({
      code: 'aquaculture',
      nameVi: 'Thủy sản',
      nameEn: 'Aquaculture and fisheries',
    });
    const localities = await t.request<
      { provinceCode: string; provinceName: string; communes: { code: string; name: string }[] }[]
    >({
      url: '/api/techmart/v1/reference/localities',
    });
    expect(localities.body[0]).toMatchObject({ provinceCode: '87', provinceName: 'Đồng Tháp' });
    expect(localities.body[0]?.communes.length).toBeGreaterThanOrEqual(50);
  });

  it('publishes an OpenAPI document generated from the zod schemas', async () => {
    const response = await t.request<{
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>({
      url: '/api/techmart/openapi.json',
    });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/techmart/v1/offers',
        '/api/techmart/v1/offers/{id}',
        '/api/techmart/v1/needs/intake',
        '/api/techmart/v1/moderation/queue',
      ]),
    );
    expect(JSON.stringify(response.body.components.schemas)).toContain('OfferInput');
  });

  it('reports health and readiness with the database check', async () => {
    expect((await t.request({ url: '/health' })).status).toBe(200);
    const ready = await t.request<{ checks?: { name: string; ok: boolean }[] }>({ url: '/ready' });
    expect(ready.status, ready.text).toBe(200);
    expect(JSON.stringify(ready.body)).toContain('database');
  });
});
