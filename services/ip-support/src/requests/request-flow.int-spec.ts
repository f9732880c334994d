// A co-operative's request from submission through triage, the thread and the dossier to
// dossier_complete, on real PostgreSQL; every step leaves its event in the outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierView, DossierItemView } from '../dossiers/dossier.schema.js';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { fakePdf, multipart } from '../testing/multipart.js';
import type { MessageView, RequestView } from './request.schema.js';

const API = '/api/ip-support/v1';

describe('support request flow', () => {
  let t: IpSupportTestApp;
  let request: RequestView;
  beforeAll(async () => {
    t = await startTestIpSupport();
  });
  afterAll(() => t?.close());

  it('lets a co-operative ask for a collective mark and numbers the request', async () => {
    const res = await t.request<RequestView>({
      method: 'POST',
      url: `${API}/requests`,
      principal: principals.cooperative,
      body: {
        right: 'collective_mark',
        subjectKind: 'ocop_product',
        subjectTitle: 'Xoài cát Hòa Lộc Cao Lãnh',
        description: 'Đăng ký nhãn hiệu tập thể cho xoài của các thành viên hợp tác xã.',
        niceClasses: [31],
      },
    });
    expect(res.status).toBe(201);
    request = res.body;
    expect(request.reference).toMatch(/^SHTT-\d{4}-0001$/);
    expect(request.state).toBe('submitted');
    expect(request.organisation.name).toBe('Hợp tác xã Xoài Cao Lãnh');
    expect(request.allowedActions).toEqual(['withdraw']);
    const events = await t.events(request.id);
    expect(events.map((e) => e.type)).toEqual(['sti.ipsupport.v1.RequestTransitioned']);
    expect(events[0]?.topic).toBe('ipsupport.request.v1');
  });

  it('puts it in the officers’ queue with the triage actions', async () => {
    const res = await t.request<{ items: { id: string }[] }>({
      url: `${API}/requests?state=submitted`,
      principal: principals.officer,
    });
    expect(res.body.items.map((r) => r.id)).toContain(request.id);
    const view = await t.request<RequestView>({ url: `${API}/requests/${request.id}`, principal: principals.officer });
    expect(view.body.allowedActions).toEqual(['accept', 'ask_info', 'decline']);
  });

  it('asks for more with a question the co-operative reads in the thread, then takes the answer back', async () => {
    const missingReason = await t.request({
      method: 'POST',
      url: `${API}/requests/${request.id}/decline`,
      principal: principals.officer,
      body: {},
    });
    expect(missingReason.status).toBe(400);

    const asked = await t.request<RequestView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/ask-info`,
      principal: principals.officer,
      body: { reason: 'Xin bổ sung số thành viên và vùng trồng.' },
    });
    expect(asked.body.state).toBe('needs_info');
    expect(asked.body.stateReason).toBe('Xin bổ sung số thành viên và vùng trồng.');

    await t.request({
      method: 'POST',
      url: `${API}/requests/${request.id}/messages`,
      principal: principals.officer,
      body: { body: 'HTX này đã được hỗ trợ OCOP năm 2025.', internal: true },
    });
    const businessNote = await t.request({
      method: 'POST',
      url: `${API}/requests/${request.id}/messages`,
      principal: principals.cooperative,
      body: { body: 'Ghi chú nội bộ?', internal: true },
    });
    expect(businessNote.status).toBe(403);

    const resubmitted = await t.request<RequestView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/resubmit`,
      principal: principals.cooperative,
      body: { message: '42 thành viên, 120 ha tại xã Mỹ Xương.' },
    });
    expect(resubmitted.body.state).toBe('submitted');

    const seenByBusiness = await t.request<{ items: MessageView[] }>({
      url: `${API}/requests/${request.id}/messages`,
      principal: principals.cooperative,
    });
    expect(seenByBusiness.body.items.map((m) => m.body)).toEqual([
      'Xin bổ sung số thành viên và vùng trồng.',
      '42 thành viên, 120 ha tại xã Mỹ Xương.',
    ]);
    const seenByOfficer = await t.request<{ items: MessageView[] }>({
      url: `${API}/requests/${request.id}/messages`,
      principal: principals.officer,
    });
    expect(seenByOfficer.body.items.filter((m) => m.internal).map((m) => m.body)).toEqual([
      'HTX này đã được hỗ trợ OCOP năm 2025.',
    ]);
  });

  it('keeps triage for officers', async () => {
    const res = await t.request<{ code: string }>({
      method: 'POST',
      url: `${API}/requests/${request.id}/accept`,
      principal: principals.cooperative,
      body: {},
    });
    expect(res.status).toBe(403);
  });

  it('accepts, assigns the officer and opens the dossier from the collective-mark checklist', async () => {
    const res = await t.request<RequestView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/accept`,
      principal: principals.officer,
      body: {},
    });
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('accepted');
    expect(res.body.assigneeName).toBe(principals.officer.displayName);
    const dossier = await t.request<DossierView>({
      url: `${API}/requests/${request.id}/dossier`,
      principal: principals.cooperative,
    });
    expect(dossier.body.open).toBe(true);
    expect(dossier.body.complete).toBe(false);
    const codes = dossier.body.items.map((i) => i.code);
    expect(codes).toContain('quy_che_su_dung');
    expect(codes).toContain('mau_nhan');
    expect(dossier.body.items.find((i) => i.code === 'to_khai')?.signatureRequired).toBe(true);
  });

  it('stores an upload with its SHA-256 and flags a required signature that nobody verified', async () => {
    const upload = multipart('to-khai.pdf', fakePdf('to khai'));
    const res = await t.request<DossierItemView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/to_khai/documents`,
      principal: principals.cooperative,
      ...upload,
    });
    expect(res.status).toBe(201);
    expect(res.body.state).toBe('uploaded');
    expect(res.body.document?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.document?.signatureStatus).toBe('unsigned');
    expect(res.body.signatureGate).toBe('flagged');

    const silently = await t.request<{ code: string }>({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/to_khai/review`,
      principal: principals.officer,
      body: { verdict: 'accepted' },
    });
    expect(silently.status).toBe(409);
    expect(silently.body.code).toBe('signature_not_valid');

    const acknowledged = await t.request<DossierView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/to_khai/review`,
      principal: principals.officer,
      body: { verdict: 'accepted', acceptFlaggedSignature: true, note: 'Đã đối chiếu bản giấy có dấu đỏ.' },
    });
    expect(acknowledged.status).toBe(200);
    const item = acknowledged.body.items.find((i) => i.code === 'to_khai');
    expect(item?.state).toBe('accepted');
    expect(item?.reviewNote).toContain('unsigned');
  });

  it('does not let the business check its own documents', async () => {
    const res = await t.request({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/to_khai/review`,
      principal: principals.cooperative,
      body: { verdict: 'accepted' },
    });
    expect(res.status).toBe(403);
  });

  it('completes the dossier when every mandatory item is accepted, and re-opens it on a rejection', async () => {
    let dossier = (
      await t.request<DossierView>({ url: `${API}/requests/${request.id}/dossier`, principal: principals.officer })
    ).body;
    for (const item of dossier.items.filter((i) => i.mandatory && i.state !== 'accepted')) {
      const up = await t.request({
        method: 'POST',
        url: `${API}/requests/${request.id}/dossier/items/${item.code}/documents`,
        principal: principals.cooperative,
        ...multipart(`${item.code}.pdf`, fakePdf(item.code)),
      });
      expect(up.status, item.code).toBe(201);
      const reviewed = await t.request<DossierView>({
        method: 'POST',
        url: `${API}/requests/${request.id}/dossier/items/${item.code}/review`,
        principal: principals.officer,
        body: item.signatureRequired
          ? { verdict: 'accepted', acceptFlaggedSignature: true, note: 'Bản giấy đã ký.' }
          : { verdict: 'accepted' },
      });
      expect(reviewed.status, item.code).toBe(200);
      dossier = reviewed.body;
    }
    expect(dossier.complete).toBe(true);
    const view = await t.request<RequestView>({
      url: `${API}/requests/${request.id}`,
      principal: principals.cooperative,
    });
    expect(view.body.state).toBe('dossier_complete');
    expect(view.body.dossier).toMatchObject({ complete: true });

    const rejected = await t.request<DossierView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/mau_nhan/review`,
      principal: principals.officer,
      body: { verdict: 'rejected', note: 'Mẫu nhãn mờ, cần ảnh rõ hơn.' },
    });
    expect(rejected.body.complete).toBe(false);
    const reopened = await t.request<RequestView>({
      url: `${API}/requests/${request.id}`,
      principal: principals.officer,
    });
    expect(reopened.body.state).toBe('accepted');
    const types = (await t.events(request.id)).map((e) => e.type.replace('sti.ipsupport.v1.', ''));
    expect(types).toContain('DossierCompleted');
    expect(types).toContain('DossierItemReviewed');
    expect(types).toContain('DossierDocumentUploaded');
    expect(types.filter((type) => type === 'RequestTransitioned').length).toBeGreaterThanOrEqual(6);
  });

  it('serves a document back with safe download headers', async () => {
    const dossier = (
      await t.request<DossierView>({ url: `${API}/requests/${request.id}/dossier`, principal: principals.cooperative })
    ).body;
    const doc = dossier.items.find((i) => i.code === 'to_khai')?.document;
    const res = await t.request({
      url: `${API}/requests/${request.id}/dossier/documents/${doc?.id}/content`,
      principal: principals.cooperative,
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.text.startsWith('%PDF-')).toBe(true);
  });
});
