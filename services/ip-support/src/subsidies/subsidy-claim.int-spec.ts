// The subsidy journey over HTTP on real PostgreSQL: policy and budget by the admin, a claim opened by
// a granted certificate and by a business, evidence, submission, the officer's decision with the
// policy's amount, payment, the gauge, the audit trail and events; who may see and do what; hostile
// input.
import { create } from '@bufbuild/protobuf';
import { CertificateGrantedSchema, FilingStage, IpRight } from '@sti/contracts';
import type { ConsumedEvent } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../shared/db.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { subsidyHandlers } from './filing-subsidy.consumer.js';
import { ORG_A, PDF_BYTES, policyInput, PROGRAMME, subsidyPrincipals as who } from './subsidy.fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies in tests
type AnyJson = any;
const base = '/api/ip-support/v1/subsidies';
const NOW = new Date('2026-09-15T03:00:00Z');

function multipart(fileName: string, content: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----subsidy-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('subsidy claims', () => {
  let app: IpSupportTestApp;
  let budgetId: string;
  beforeAll(async () => {
    app = await startTestIpSupport({ now: NOW });
    // the policy in force since 1 January (history is loaded through the service, as the seed does)
    await app.handle.services.subsidies.policies.add(
      { ...who.admin, organisationId: null, organisationName: null, localityCode: null },
      policyInput(),
      { allowPast: true },
    );
    const budget = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/budgets`,
      principal: who.admin,
      body: {
        programmeCode: PROGRAMME,
        programmeName: 'Chương trình SHTT',
        year: 2026,
        totalVnd: 30_000_000,
        reference: '15/QĐ-UBND',
      },
    });
    expect(budget.status).toBe(201);
    budgetId = budget.body.id;
  });
  afterAll(() => app?.close());

  const req = <T = AnyJson>(o: Parameters<IpSupportTestApp['request']>[0]) => app.request<T>(o);
  const gauge = async () => (await req({ url: `${base}/budgets/${budgetId}`, principal: who.officer })).body;

  async function openClaim(principal = who.businessA, over: Record<string, unknown> = {}) {
    return req({
      method: 'POST',
      url: `${base}/claims`,
      principal,
      body: {
        programmeCode: PROGRAMME,
        right: 'trademark',
        kind: 'domestic_filing',
        trigger: 'application_accepted',
        triggerDate: '2026-08-20',
        title: 'Nhãn hiệu "Xoài Cát Chu Cao Lãnh"',
        ...over,
      },
    });
  }

  async function readyClaim(cost = 8_000_000) {
    const id = (await openClaim()).body.id;
    await req({
      method: 'PATCH',
      url: `${base}/claims/${id}`,
      principal: who.businessA,
      body: { applicantKind: 'cooperative', documentedCostVnd: cost },
    });
    const upload = multipart('bien-lai-le-phi.pdf', PDF_BYTES, { description: 'Biên lai lệ phí nộp đơn' });
    const up = await req({ method: 'POST', url: `${base}/claims/${id}/evidence`, principal: who.businessA, ...upload });
    expect(up.status).toBe(201);
    return id as string;
  }

  it('takes a claim from opening to payment, with the policy’s amount and the gauge moving', async () => {
    const id = await readyClaim(8_000_000);
    const submitted = await req({ method: 'POST', url: `${base}/claims/${id}/submit`, principal: who.businessA });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', assessment: { eligible: true, amountVnd: 4_000_000 } });

    const approved = await req({
      method: 'POST',
      url: `${base}/claims/${id}/approve`,
      principal: who.officer,
      body: { note: 'Đủ điều kiện' },
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'approved',
      amountVnd: 4_000_000,
      policyVersion: 1,
      budgetYear: 2026,
    });
    expect(await gauge()).toMatchObject({
      totalVnd: 30_000_000,
      committedVnd: 4_000_000,
      paidVnd: 0,
      leftVnd: 26_000_000,
    });

    const paid = await req({
      method: 'POST',
      url: `${base}/claims/${id}/payment`,
      principal: who.officer2,
      body: { paymentReference: 'UNC 0915/KBNN' },
    });
    expect(paid.body).toMatchObject({ state: 'paid', paymentReference: 'UNC 0915/KBNN' });
    expect(await gauge()).toMatchObject({ committedVnd: 0, paidVnd: 4_000_000, leftVnd: 26_000_000, usedBp: 1333 });

    const audit = await req({ url: `${base}/claims/${id}/audit`, principal: who.officer });
    const steps = audit.body.items.map((e: AnyJson) => [e.action, e.actorName]).reverse();
    expect(steps).toEqual([
      ['open', who.businessA.displayName],
      ['edit', who.businessA.displayName],
      ['evidence_added', who.businessA.displayName],
      ['submit', who.businessA.displayName],
      ['approve', who.officer.displayName],
      ['record_payment', who.officer2.displayName],
    ]);
    const approval = audit.body.items.find((e: AnyJson) => e.action === 'approve');
    expect(approval.changes).toMatchObject({
      state: { from: 'submitted', to: 'approved' },
      amountVnd: { from: null, to: '4000000' },
    });

    const events = await app.events(id);
    expect(events.map((e) => e.message.action)).toEqual(['open', 'submit', 'approve', 'record_payment']);
    expect(events[0]?.topic).toBe('ipsupport.subsidy-claim.v1');
  });

  it('refuses to submit an incomplete claim and to approve twice', async () => {
    const id = (await openClaim()).body.id;
    const incomplete = await req({ method: 'POST', url: `${base}/claims/${id}/submit`, principal: who.businessA });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.missing).toEqual(['applicantKind', 'documentedCostVnd', 'evidence']);
    const ready = await readyClaim();
    await req({ method: 'POST', url: `${base}/claims/${ready}/submit`, principal: who.businessA });
    await req({ method: 'POST', url: `${base}/claims/${ready}/approve`, principal: who.officer, body: {} });
    const again = await req({
      method: 'POST',
      url: `${base}/claims/${ready}/approve`,
      principal: who.officer2,
      body: {},
    });
    expect(again.status).toBe(409);
  });

  it('sends a claim back for information, and rejects with a reason', async () => {
    const id = await readyClaim();
    await req({ method: 'POST', url: `${base}/claims/${id}/submit`, principal: who.businessA });
    const back = await req({
      method: 'POST',
      url: `${base}/claims/${id}/request-info`,
      principal: who.officer,
      body: { question: 'Bổ sung hóa đơn dịch vụ đại diện SHCN' },
    });
    expect(back.body).toMatchObject({
      state: 'needs_info',
      stateReason: 'Bổ sung hóa đơn dịch vụ đại diện SHCN',
      actions: ['reject'],
    });
    const mine = await req({ url: `${base}/claims/${id}`, principal: who.businessA });
    expect(mine.body.actions).toEqual(['submit', 'withdraw']);
    await req({ method: 'POST', url: `${base}/claims/${id}/submit`, principal: who.businessA });
    const rejected = await req({
      method: 'POST',
      url: `${base}/claims/${id}/reject`,
      principal: who.officer,
      body: { reason: 'Trùng hồ sơ' },
    });
    expect(rejected.body).toMatchObject({ state: 'rejected', stateReason: 'Trùng hồ sơ' });
  });

  it('queues an approval the budget cannot cover and releases it when the budget is topped up', async () => {
    // another organisation (A has reached its yearly limit of 3 claims in the tests above)
    // files a patent abroad: 50 % of 80 million = 40 million, more than is left
    const id = (await openClaim(who.businessB, { right: 'patent', kind: 'foreign_filing', title: 'Bằng sáng chế PCT' }))
      .body.id;
    await req({
      method: 'PATCH',
      url: `${base}/claims/${id}`,
      principal: who.businessB,
      body: { applicantKind: 'enterprise', documentedCostVnd: 80_000_000 },
    });
    await req({
      method: 'POST',
      url: `${base}/claims/${id}/evidence`,
      principal: who.businessB,
      ...multipart('hoa-don.pdf', PDF_BYTES),
    });
    await req({ method: 'POST', url: `${base}/claims/${id}/submit`, principal: who.businessB });
    const queued = await req({ method: 'POST', url: `${base}/claims/${id}/approve`, principal: who.officer, body: {} });
    expect(queued.body).toMatchObject({ state: 'queued', amountVnd: 40_000_000, queuePosition: 1, budgetId: null });
    expect(await gauge()).toMatchObject({ queuedCount: 1, queuedVnd: 40_000_000 });

    expect(
      (
        await req({
          method: 'POST',
          url: `${base}/budgets/${budgetId}/top-ups`,
          principal: who.officer,
          body: { amountVnd: 1, reference: 'QĐ-1' },
        })
      ).status,
    ).toBe(403);
    const topped = await req({
      method: 'POST',
      url: `${base}/budgets/${budgetId}/top-ups`,
      principal: who.admin,
      body: { amountVnd: 50_000_000, reference: '88/QĐ-UBND', note: 'Bổ sung giữa năm' },
    });
    expect(topped.status).toBe(201);
    expect(topped.body).toMatchObject({ totalVnd: 80_000_000, queuedCount: 0 });
    expect(topped.body.topUps.map((t: AnyJson) => t.reference)).toEqual(['15/QĐ-UBND', '88/QĐ-UBND']);
    const released = await req({ url: `${base}/claims/${id}`, principal: who.businessB });
    expect(released.body).toMatchObject({ state: 'approved', budgetYear: 2026, queuePosition: null });
  });

  it('opens a claim for the business when a certificate is granted, once', async () => {
    const filingId = '01930000-0000-7000-8000-0000000f0001';
    const handlers = subsidyHandlers(app.handle.services.subsidies.claims, () => NOW);
    const granted = create(CertificateGrantedSchema, {
      filing: {
        id: filingId,
        requestId: '01930000-0000-7000-8000-0000000e0001',
        organisation: { id: ORG_A[0], name: ORG_A[1] },
        right: IpRight.COLLECTIVE_MARK,
        applicationNumber: '4-2025-01234',
        territory: 'domestic',
        filingDate: '2025-03-02',
        stage: FilingStage.GRANTED,
      },
      certificateNumber: '4-0512345-000',
      grantedOn: '2026-09-10',
      subjectTitle: 'Nhãn hiệu tập thể "Xoài Cao Lãnh"',
    });
    const handle = handlers[CertificateGrantedSchema.typeName];
    for (let i = 0; i < 2; i++) {
      await inTransaction(app.handle.services.prisma, (tx) =>
        (handle as (e: ConsumedEvent<never>, tx: unknown) => Promise<void>)(
          { message: granted } as unknown as ConsumedEvent<never>,
          tx,
        ),
      );
    }
    const mine = await req({ url: `${base}/my/claims?state=open`, principal: who.businessA });
    const opened = mine.body.items.filter((c: AnyJson) => c.filingId === filingId);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      right: 'collective_mark',
      kind: 'certificate_granted',
      trigger: 'certificate_granted',
      triggerDate: '2026-09-10',
      certificateNumber: '4-0512345-000',
      title: 'Nhãn hiệu tập thể "Xoài Cao Lãnh"',
      actions: ['submit', 'withdraw'],
    });
  });

  it('keeps each business to its own organisation’s claims; officers see all; anonymous nothing', async () => {
    const id = (await openClaim()).body.id;
    expect((await req({ url: `${base}/claims/${id}`, principal: who.businessB })).status).toBe(404);
    expect(
      (await req({ method: 'PATCH', url: `${base}/claims/${id}`, principal: who.businessB, body: { note: 'x' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await req({
          method: 'POST',
          url: `${base}/claims/${id}/evidence`,
          principal: who.businessB,
          ...multipart('a.pdf', PDF_BYTES),
        })
      ).status,
    ).toBe(404);
    const theirs = await req({ url: `${base}/my/claims`, principal: who.businessB });
    expect(theirs.status).toBe(200);
    expect(theirs.body.items.map((c: AnyJson) => c.organisation.id)).not.toContain(ORG_A[0]);
    expect((await req({ url: `${base}/claims`, principal: who.businessA })).status).toBe(403);
    expect((await req({ url: `${base}/budgets`, principal: who.businessA })).status).toBe(403);
    expect((await req({ url: `${base}/claims/${id}/audit`, principal: who.businessA })).status).toBe(403);
    expect(
      (await req({ method: 'POST', url: `${base}/claims/${id}/approve`, principal: who.businessA, body: {} })).status,
    ).toBe(403);
    expect((await req({ method: 'POST', url: `${base}/claims/${id}/submit`, principal: who.officer })).status).toBe(
      403,
    );
    expect((await req({ url: `${base}/claims/${id}`, principal: who.officer })).status).toBe(200);
    const all = await req({ url: `${base}/claims?limit=100`, principal: who.officer });
    expect(all.body.items.map((c: AnyJson) => c.id)).toContain(id);
    for (const url of [
      `${base}/claims/${id}`,
      `${base}/my/claims`,
      `${base}/claims`,
      `${base}/budgets`,
      `${base}/policies`,
    ]) {
      expect((await req({ url })).status, url).toBe(401);
    }
  });

  it('pages lists with a cursor under a maximum page size', async () => {
    const first = await req({ url: `${base}/my/claims?limit=2`, principal: who.businessA });
    expect(first.body.items).toHaveLength(2);
    const second = await req({
      url: `${base}/my/claims?limit=2&cursor=${first.body.nextCursor}`,
      principal: who.businessA,
    });
    expect(second.body.items[0].id < first.body.items[1].id).toBe(true);
    expect((await req({ url: `${base}/my/claims?limit=1000`, principal: who.businessA })).status).toBe(400);
  });

  it('treats hostile input as data: fake PDFs, oversized files, paths in names, markup in text', async () => {
    const id = (await openClaim(who.businessA, { title: '<script>alert(1)</script> Nhãn hiệu' })).body.id;
    const view = await req({ url: `${base}/claims/${id}`, principal: who.businessA });
    expect(view.body.title).toBe('<script>alert(1)</script> Nhãn hiệu');
    const fake = await req({
      method: 'POST',
      url: `${base}/claims/${id}/evidence`,
      principal: who.businessA,
      ...multipart('hoa-don.pdf', Buffer.from('<html>not a pdf</html>')),
    });
    expect(fake.status).toBe(415);
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(11 * 1024 * 1024, 32)]);
    const oversized = await req({
      method: 'POST',
      url: `${base}/claims/${id}/evidence`,
      principal: who.businessA,
      ...multipart('lon.pdf', big),
    });
    expect(oversized.status).toBe(413);
    const sneaky = await req({
      method: 'POST',
      url: `${base}/claims/${id}/evidence`,
      principal: who.businessA,
      ...multipart('../../etc/passwd.pdf', PDF_BYTES),
    });
    expect(sneaky.status).toBe(201);
    expect(sneaky.body.fileName).not.toContain('/');
    expect(sneaky.body.fileName).not.toContain('..');
    const badMoney = await req({
      method: 'PATCH',
      url: `${base}/claims/${id}`,
      principal: who.businessA,
      body: { documentedCostVnd: 1.5 },
    });
    expect(badMoney.status).toBe(400);
    const future = await openClaim(who.businessA, { triggerDate: '2027-01-01' });
    expect(future.status).toBe(422);
  });

  it('lets an admin add a policy version from a future date, and not rewrite the past', async () => {
    const next = await req({
      method: 'POST',
      url: `${base}/policies`,
      principal: who.admin,
      body: policyInput({ effectiveFrom: '2026-10-01', title: 'Điều chỉnh mức hỗ trợ từ quý IV' }),
    });
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ version: 2, inForce: false, effectiveUntil: null });
    const past = await req({
      method: 'POST',
      url: `${base}/policies`,
      principal: who.admin,
      body: policyInput({ effectiveFrom: '2026-03-01' }),
    });
    expect(past.status).toBe(400);
    expect(
      (
        await req({
          method: 'POST',
          url: `${base}/policies`,
          principal: who.officer,
          body: policyInput({ effectiveFrom: '2026-11-01' }),
        })
      ).status,
    ).toBe(403);
    const list = await req({ url: `${base}/policies`, principal: who.businessA });
    expect(list.body.items.map((p: AnyJson) => [p.version, p.inForce, p.effectiveUntil])).toEqual([
      [2, false, null],
      [1, true, '2026-10-01'],
    ]);
  });
});
