// Expert profiles over HTTP against PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { ExpertView } from './expert.schema.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

const expertBody = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Lê Minh Châu',
  academicTitle: 'PGS.TS.',
  fieldCodes: ['agri-processing', 'energy'],
  keywords: ['sấy nông sản', 'năng lượng mặt trời'],
  results: [
    { title: 'Máy sấy nông sản kết hợp năng lượng mặt trời', year: 2021, kind: 'patent' },
    { title: 'Nghiên cứu chế độ sấy bơm nhiệt cho xoài cát Chu', year: 2024, kind: 'publication' },
  ],
  availableForConsulting: true,
  biography: 'Hai mươi năm nghiên cứu công nghệ sau thu hoạch.',
  locality: { provinceCode: '92', communeCode: '31105' },
  contact: { name: 'PGS.TS. Lê Minh Châu', email: 'chau.le@vienncnn.example.vn' },
  ...overrides,
});

describe('experts', () => {
  it('lets a researcher keep a profile through moderation, with events on techmart.expert.v1', async () => {
    const created = await t.request<ExpertView>({
      method: 'POST',
      url: '/api/techmart/v1/experts',
      principal: principals.researcher,
      body: expertBody(),
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body.fields.map((f) => f.nameEn)).toEqual([
      'Agricultural processing and storage',
      'Renewable energy and energy efficiency',
    ]);
    expect(created.body.results.map((r) => r.year)).toEqual([2024, 2021]);
    expect(created.body.organisation.name).toBe('Viện Nghiên cứu Nông nghiệp');
    const id = created.body.id;
    await t.request({ method: 'POST', url: `/api/techmart/v1/experts/${id}/submit`, principal: principals.researcher });
    const published = await t.request<ExpertView>({
      method: 'POST',
      url: `/api/techmart/v1/experts/${id}/publish`,
      principal: principals.officer,
    });
    expect(published.body.status).toBe('published');
    const list = await t.request<{ items: ExpertView[] }>({ url: '/api/techmart/v1/experts' });
    expect(list.body.items.map((e) => e.id)).toContain(id);
    const events = await t.events(id);
    expect(events.map((e) => [e.topic, e.type])).toEqual([
      ['techmart.expert.v1', 'sti.techmart.v1.ExpertCreated'],
      ['techmart.expert.v1', 'sti.techmart.v1.ExpertSubmitted'],
      ['techmart.expert.v1', 'sti.techmart.v1.ExpertPublished'],
    ]);
  });

  it('does not let a business create an expert profile, and names unknown fields', async () => {
    const business = await t.request({
      method: 'POST',
      url: '/api/techmart/v1/experts',
      principal: principals.business,
      body: expertBody(),
    });
    expect(business.status).toBe(403);
    const unknownField = await t.request<{ errors: { field: string }[] }>({
      method: 'POST',
      url: '/api/techmart/v1/experts',
      principal: principals.researcher,
      body: expertBody({ fieldCodes: ['energy', 'thien-van-hoc'] }),
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors.map((e) => e.field)).toEqual(['fieldCodes.1']);
  });
});
