// Authorisation: a business sees only its organisation's requests, documents and thread; officers see
// all; anonymous callers see nothing of this service. Someone else's request answers 404 (no probing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierView } from '../dossiers/dossier.schema.js';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { fakePdf, multipart } from '../testing/multipart.js';
import type { RequestList, RequestView } from './request.schema.js';

const API = '/api/ip-support/v1';

describe('who sees what', () => {
  let t: IpSupportTestApp;
  let coop: RequestView;
  let company: RequestView;
  let documentId: string;

  beforeAll(async () => {
    t = await startTestIpSupport();
    const create = async (principal: typeof principals.business, subjectTitle: string) =>
      (
        await t.request<RequestView>({
          method: 'POST',
          url: `${API}/requests`,
          principal,
          body: {
            right: 'trademark',
            subjectKind: 'product',
            subjectTitle,
            description: 'Nhãn hiệu cho sản phẩm chủ lực của đơn vị.',
            niceClasses: [29, 31],
          },
        })
      ).body;
    coop = await create(principals.cooperative, 'Xoài sấy dẻo Cao Lãnh');
    company = await create(principals.business, 'Gạo thơm Sông Hậu');
    await t.request({
      method: 'POST',
      url: `${API}/requests/${coop.id}/accept`,
      principal: principals.officer,
      body: {},
    });
    const up = await t.request<{ document: { id: string } }>({
      method: 'POST',
      url: `${API}/requests/${coop.id}/dossier/items/mau_nhan/documents`,
      principal: principals.cooperative,
      ...multipart('mau-nhan.pdf', fakePdf('mau nhan')),
    });
    documentId = up.body.document.id;
  });
  afterAll(() => t?.close());

  it('lists only the own organisation’s requests for a business, whatever filter it sends', async () => {
    const mine = await t.request<RequestList>({ url: `${API}/requests`, principal: principals.business });
    expect(mine.body.items.map((r) => r.subjectTitle)).toEqual(['Gạo thơm Sông Hậu']);
    const probing = await t.request<RequestList>({
      url: `${API}/requests?organisationId=${principals.cooperative.organisationId}`,
      principal: principals.business,
    });
    expect(probing.body.items.map((r) => r.id)).toEqual([company.id]);
  });

  it('answers 404 for another organisation’s request, dossier, document and thread', async () => {
    const urls = [
      `${API}/requests/${coop.id}`,
      `${API}/requests/${coop.id}/dossier`,
      `${API}/requests/${coop.id}/messages`,
      `${API}/requests/${coop.id}/dossier/documents/${documentId}/content`,
    ];
    for (const url of urls) {
      const res = await t.request({ url, principal: principals.business });
      expect(res.status, url).toBe(404);
    }
    const upload = await t.request({
      method: 'POST',
      url: `${API}/requests/${coop.id}/dossier/items/to_khai/documents`,
      principal: principals.business,
      ...multipart('x.pdf', fakePdf('x')),
    });
    expect(upload.status).toBe(404);
    const post = await t.request({
      method: 'POST',
      url: `${API}/requests/${coop.id}/messages`,
      principal: principals.business,
      body: { body: 'xin chào' },
    });
    expect(post.status).toBe(404);
  });

  it('shows officers every organisation’s requests and documents', async () => {
    const all = await t.request<RequestList>({ url: `${API}/requests`, principal: principals.communeOfficer });
    expect(all.body.items.map((r) => r.id).sort()).toEqual([coop.id, company.id].sort());
    const dossier = await t.request<DossierView>({
      url: `${API}/requests/${coop.id}/dossier`,
      principal: principals.officer,
    });
    expect(dossier.body.items.find((i) => i.code === 'mau_nhan')?.document?.id).toBe(documentId);
  });

  it('shows anonymous callers nothing', async () => {
    for (const url of [
      `${API}/requests`,
      `${API}/requests/${coop.id}`,
      `${API}/requests/${coop.id}/dossier`,
      `${API}/requests/${coop.id}/dossier/documents/${documentId}/content`,
      `${API}/checklists`,
      `${API}/reference`,
    ]) {
      const res = await t.request({ url });
      expect(res.status, url).toBe(401);
    }
    const create = await t.request({
      method: 'POST',
      url: `${API}/requests`,
      body: { right: 'trademark', subjectKind: 'product', subjectTitle: 'abc', description: 'abcdefghijk' },
    });
    expect(create.status).toBe(401);
  });

  it('lets neither reviewers nor officers file requests for an organisation, nor businesses publish checklists', async () => {
    const body = {
      right: 'patent',
      subjectKind: 'technology',
      subjectTitle: 'Máy gieo hạt',
      description: 'Máy gieo hạt lúa theo hàng.',
    };
    const officer = await t.request({ method: 'POST', url: `${API}/requests`, principal: principals.officer, body });
    expect(officer.status).toBe(403);
    const checklist = await t.request({
      method: 'POST',
      url: `${API}/checklists`,
      principal: principals.business,
      body: {
        right: 'patent',
        effectiveFrom: '2027-01-01',
        items: [{ code: 'to_khai', titleVi: 'Tờ khai', titleEn: 'Form', mandatory: true }],
      },
    });
    expect(checklist.status).toBe(403);
  });
});
