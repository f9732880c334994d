// Filing tracking on real PostgreSQL: a complete dossier is filed, milestones move it through the
// national procedure, the deadline hook sees every change in the same transaction, and a grant
// closes the request, calls the subsidy hook and publishes CertificateGranted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestView } from '../requests/request.schema.js';
import type { FilingSnapshot, GrantSnapshot } from '../shared/hooks.js';
import { principals } from '../testing/fixtures.js';
import { acceptedRequest, completeDossier } from '../testing/flows.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { fakePdf, multipart } from '../testing/multipart.js';
import type { FilingView } from './filing.schema.js';

const API = '/api/ip-support/v1';

describe('filings', () => {
  let t: IpSupportTestApp;
  const changes: FilingSnapshot[] = [];
  const grants: GrantSnapshot[] = [];
  let request: RequestView;
  let filing: FilingView;

  beforeAll(async () => {
    t = await startTestIpSupport({
      now: new Date('2026-12-05T03:00:00Z'),
      hooks: {
        filingChanged: async (_tx, snapshot) => {
          changes.push(snapshot);
        },
        certificateGranted: async (_tx, grant) => {
          grants.push(grant);
        },
      },
    });
    request = await acceptedRequest(t, {
      subjectKind: 'techmart_offer',
      subjectRefId: '01920000-0000-7000-8000-00000000f001',
      subjectTitle: 'Quy trình bảo quản xoài sau thu hoạch',
    });
  });
  afterAll(() => t?.close());

  it('refuses to record a filing before the dossier is complete', async () => {
    const res = await t.request<{ code: string }>({
      method: 'POST',
      url: `${API}/requests/${request.id}/filing`,
      principal: principals.officer,
      body: { applicationNumber: '4-2026-01234', filingDate: '2026-09-15' },
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('dossier_incomplete');
  });

  it('records the filing with its dates and tells the deadline rules', async () => {
    await completeDossier(t, request.id);
    const business = await t.request({
      method: 'POST',
      url: `${API}/requests/${request.id}/filing`,
      principal: principals.cooperative,
      body: { applicationNumber: '4-2026-01234', filingDate: '2026-09-15' },
    });
    expect(business.status).toBe(403);
    const res = await t.request<FilingView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/filing`,
      principal: principals.officer,
      body: { applicationNumber: '4-2026-01234', filingDate: '2026-09-15', priorityDate: '2026-03-20' },
    });
    expect(res.status).toBe(201);
    filing = res.body;
    expect(filing).toMatchObject({ stage: 'filed', filingDate: '2026-09-15', priorityDate: '2026-03-20' });
    expect(filing.milestones.map((m) => m.kind)).toEqual(['filed']);
    expect(filing.nextMilestones).toContain('formality_examination');
    expect(changes.at(-1)).toMatchObject({ id: filing.id, filingDate: '2026-09-15', priorityDate: '2026-03-20' });
    const view = await t.request<RequestView>({
      url: `${API}/requests/${request.id}`,
      principal: principals.cooperative,
    });
    expect(view.body.state).toBe('filed');
  });

  it('refuses milestones out of order, in the future, or a response without its office action', async () => {
    const bad = [
      { kind: 'publication', occurredOn: '2026-10-01' },
      { kind: 'formality_examination', occurredOn: '2027-01-01' },
      { kind: 'extension', occurredOn: '2026-10-01', relatesTo: '01920000-0000-7000-8000-00000000dead' },
      { kind: 'granted', occurredOn: '2026-10-01' },
    ];
    for (const body of bad) {
      const res = await t.request({
        method: 'POST',
        url: `${API}/filings/${filing.id}/milestones`,
        principal: principals.officer,
        body,
      });
      expect([400, 409, 422], JSON.stringify(body)).toContain(res.status);
    }
  });

  it('follows the procedure with an office action, its response deadline and a document', async () => {
    const steps = [
      { kind: 'formality_examination', occurredOn: '2026-09-20' },
      { kind: 'office_action', occurredOn: '2026-10-05', responseDueOn: '2026-12-05', note: 'Yêu cầu sửa danh mục' },
    ];
    for (const body of steps) {
      const res = await t.request<FilingView>({
        method: 'POST',
        url: `${API}/filings/${filing.id}/milestones`,
        principal: principals.officer,
        body,
      });
      expect(res.status, body.kind).toBe(201);
      filing = res.body;
    }
    const action = filing.milestones.find((m) => m.kind === 'office_action');
    expect(action?.responseDueOn).toBe('2026-12-05');
    const withDoc = await t.request<FilingView>({
      method: 'POST',
      url: `${API}/filings/${filing.id}/milestones/${action?.id}/document`,
      principal: principals.officer,
      ...multipart('thong-bao.pdf', fakePdf('thong bao')),
    });
    expect(withDoc.status).toBe(201);
    expect(withDoc.body.milestones.find((m) => m.id === action?.id)?.document?.fileName).toBe('thong-bao.pdf');
    for (const body of [
      { kind: 'office_action_response', occurredOn: '2026-11-01', relatesTo: action?.id },
      { kind: 'formality_accepted', occurredOn: '2026-11-10' },
      { kind: 'publication', occurredOn: '2026-11-20' },
      { kind: 'substantive_examination', occurredOn: '2026-11-25' },
    ]) {
      const res = await t.request<FilingView>({
        method: 'POST',
        url: `${API}/filings/${filing.id}/milestones`,
        principal: principals.officer,
        body,
      });
      expect(res.status, body.kind).toBe(201);
      filing = res.body;
    }
    expect(filing.stage).toBe('substantive_examination');
    expect(changes.at(-1)?.milestones.map((m) => m.kind)).toEqual([
      'filed',
      'formality_examination',
      'office_action',
      'office_action_response',
      'formality_accepted',
      'publication',
      'substantive_examination',
    ]);
  });

  it('grants the certificate: request granted, subsidy hook called, CertificateGranted published', async () => {
    const res = await t.request<FilingView>({
      method: 'POST',
      url: `${API}/filings/${filing.id}/milestones`,
      principal: principals.officer,
      body: { kind: 'granted', occurredOn: '2026-12-01', certificateNumber: '4-0512345-000' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ stage: 'granted', certificateNumber: '4-0512345-000', grantedOn: '2026-12-01' });
    expect(res.body.nextMilestones).toEqual([]);
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({
      certificateNumber: '4-0512345-000',
      subjectKind: 'techmart_offer',
      subjectRefId: '01920000-0000-7000-8000-00000000f001',
    });
    const view = await t.request<RequestView>({
      url: `${API}/requests/${request.id}`,
      principal: principals.cooperative,
    });
    expect(view.body.state).toBe('granted');
    const events = await t.events(filing.id);
    const granted = events.find((e) => e.type === 'sti.ipsupport.v1.CertificateGranted');
    expect(granted?.topic).toBe('ipsupport.filing.v1');
    expect(granted?.message).toMatchObject({ certificateNumber: '4-0512345-000', grantedOn: '2026-12-01' });
  });

  it('shows a business its own filings only', async () => {
    const own = await t.request<{ items: { id: string }[] }>({
      url: `${API}/filings`,
      principal: principals.cooperative,
    });
    expect(own.body.items.map((f) => f.id)).toEqual([filing.id]);
    const other = await t.request<{ items: unknown[] }>({ url: `${API}/filings`, principal: principals.business });
    expect(other.body.items).toEqual([]);
    const direct = await t.request({ url: `${API}/filings/${filing.id}`, principal: principals.business });
    expect(direct.status).toBe(404);
  });
});
