// OCOP readiness on real PostgreSQL: a co-operative enrols its product and works through the
// checklist; officers see every product with status filters, confirm items and answer help
// requests; other organisations and anonymous callers see nothing; the indicators' events land in
// the outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { fakePdf, multipart } from '../testing/multipart.js';
import type { z } from 'zod';
import type { ocopProductListSchema, ocopProductViewSchema } from './ocop.schema.js';

type ProductView = z.infer<typeof ocopProductViewSchema>;
type ProductList = z.infer<typeof ocopProductListSchema>;

const API = '/api/ip-support/v1/ocop';
const FOOD_FIELDS = [
  'product_name',
  'responsible_party',
  'origin',
  'production_date',
  'expiry_date',
  'ingredients',
  'use_and_storage',
];

describe('OCOP product readiness', () => {
  let t: IpSupportTestApp;
  let product: ProductView;
  let otherProduct: ProductView;

  beforeAll(async () => {
    t = await startTestIpSupport({ now: new Date('2026-12-05T03:00:00Z') });
  });
  afterAll(() => t?.close());

  const patch = (
    principal: (typeof principals)[keyof typeof principals],
    code: string,
    body: unknown,
    id = product.id,
  ) =>
    t.request<ProductView & { code?: string; problems?: string[] }>({
      method: 'PATCH',
      url: `${API}/products/${id}/items/${code}`,
      principal,
      body,
    });

  it('enrols a co-operative’s product with the five readiness items under the rules in force', async () => {
    const res = await t.request<ProductView>({
      method: 'POST',
      url: `${API}/products`,
      principal: principals.cooperative,
      body: { name: 'Xoài sấy dẻo <b>Cao Lãnh</b>', category: 'food', targetStars: 4 },
    });
    expect(res.status).toBe(201);
    product = res.body;
    expect(product.name).toBe('Xoài sấy dẻo <b>Cao Lãnh</b>');
    expect(product.organisationName).toBe('Hợp tác xã Xoài Cao Lãnh');
    expect(product.rulesEffectiveFrom).toBe('2022-02-15');
    expect(product.items.map((i) => [i.code, i.status])).toEqual([
      ['label', 'not_started'],
      ['barcode', 'not_started'],
      ['base_standard', 'not_started'],
      ['quality_system', 'not_started'],
      ['ip_right', 'not_started'],
    ]);
    expect(product.labelFields.map((f) => f.code)).toContain('net_quantity');
    const events = await t.events(product.id);
    expect(events.map((e) => e.type)).toEqual(['sti.ipsupport.v1.OcopProductEnrolled']);
    expect(events[0]?.topic).toBe('ipsupport.ocop.v1');

    const other = await t.request<ProductView>({
      method: 'POST',
      url: `${API}/products`,
      principal: principals.business,
      body: { name: 'Gạo ST25 Sông Hậu', category: 'food', targetStars: 3 },
    });
    otherProduct = other.body;
  });

  it('keeps each organisation to its own products and anonymous callers out', async () => {
    const own = await t.request<ProductList>({ url: `${API}/products`, principal: principals.cooperative });
    expect(own.body.items.map((p) => p.id)).toEqual([product.id]);
    const foreign = await t.request({ url: `${API}/products/${otherProduct.id}`, principal: principals.cooperative });
    expect(foreign.status).toBe(404);
    const foreignEdit = await patch(principals.cooperative, 'label', { details: { prepacked: true } }, otherProduct.id);
    expect(foreignEdit.status).toBe(404);
    const foreignUpload = await t.request({
      method: 'POST',
      url: `${API}/products/${otherProduct.id}/items/label/documents`,
      principal: principals.cooperative,
      ...multipart('nhan.pdf', fakePdf('nhan')),
    });
    expect(foreignUpload.status).toBe(404);
    expect((await t.request({ url: `${API}/products` })).status).toBe(401);
    expect((await t.request({ url: `${API}/products/${product.id}` })).status).toBe(401);
    expect((await t.request({ url: `${API}/help` })).status).toBe(401);
    const researcher = await t.request({ url: `${API}/products`, principal: principals.researcher });
    expect(researcher.status).toBe(403);
    const officerCreates = await t.request({
      method: 'POST',
      url: `${API}/products`,
      principal: principals.officer,
      body: { name: 'X', category: 'food', targetStars: 3 },
    });
    expect(officerCreates.status).toBe(403);

    const all = await t.request<ProductList>({ url: `${API}/products`, principal: principals.officer });
    expect(all.body.items.map((p) => p.id)).toEqual(expect.arrayContaining([product.id, otherProduct.id]));
  });

  it('refuses a label for review while mandatory items or a legible net quantity are missing', async () => {
    const draft = await patch(principals.cooperative, 'label', {
      details: {
        prepacked: true,
        fieldsPresent: ['product_name', 'origin'],
        netQuantity: { value: 200, unit: 'g', digitHeightMm: 2 },
      },
    });
    expect(draft.status).toBe(200);
    const label = draft.body.items.find((i) => i.code === 'label');
    expect(label?.status).toBe('in_progress');
    expect(label?.problems).toContain('field_missing:expiry_date');
    expect(label?.problems).toContain('net_quantity_digits_too_small');

    const submit = await patch(principals.cooperative, 'label', { status: 'ready_for_review' });
    expect(submit.status).toBe(422);
    expect(submit.body.code).toBe('ocop_item_incomplete');

    const fixed = await patch(principals.cooperative, 'label', {
      details: { fieldsPresent: FOOD_FIELDS, netQuantity: { value: 200, unit: 'g', digitHeightMm: 3 } },
      status: 'ready_for_review',
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.items.find((i) => i.code === 'label')?.status).toBe('ready_for_review');
  });

  it('lets only the officer confirm, and counts the readiness', async () => {
    const selfConfirm = await patch(principals.cooperative, 'label', { status: 'done' });
    expect(selfConfirm.status).toBe(409);
    const confirmed = await patch(principals.officer, 'label', { status: 'done', note: 'Nhãn đạt.' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.items.find((i) => i.code === 'label')).toMatchObject({ status: 'done', note: 'Nhãn đạt.' });
    expect(confirmed.body.readinessPercent).toBe(20);

    const filtered = await t.request<ProductList>({
      url: `${API}/products?itemCode=label&itemStatus=done`,
      principal: principals.officer,
    });
    expect(filtered.body.items.map((p) => p.id)).toEqual([product.id]);
    const events = await t.events(product.id);
    expect(events.map((e) => e.type)).toContain('sti.ipsupport.v1.OcopReadinessItemChanged');
  });

  it('issues a barcode only for a valid GTIN-13 under the co-operative’s GS1 prefix', async () => {
    const wrong = await patch(principals.cooperative, 'barcode', {
      details: { companyPrefix: '8935001', gtin: '8935001234563' },
      status: 'ready_for_review',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.problems).toEqual(['gtin_invalid']);
    // the refused change was not stored
    const stored = await t.request<ProductView>({
      url: `${API}/products/${product.id}`,
      principal: principals.cooperative,
    });
    expect(stored.body.items.find((i) => i.code === 'barcode')?.details).toEqual({});
    const submitted = await patch(principals.cooperative, 'barcode', {
      details: { companyPrefix: '8935001', gtin: '8935001234562' },
      status: 'ready_for_review',
    });
    expect(submitted.status).toBe(200);
    const done = await patch(principals.officer, 'barcode', { status: 'done' });
    expect(done.status).toBe(200);
    const events = await t.events(product.id);
    const issued = events.find((e) => e.type === 'sti.ipsupport.v1.OcopBarcodeIssued');
    expect(issued?.message).toMatchObject({ gtin: '8935001234562', companyPrefix: '8935001' });
  });

  it('links the IP right to the co-operative’s own support request only, and counts the mark when confirmed', async () => {
    const foreignRequest = await t.request<{ id: string }>({
      method: 'POST',
      url: '/api/ip-support/v1/requests',
      principal: principals.business,
      body: {
        right: 'trademark',
        subjectKind: 'product',
        subjectTitle: 'Gạo ST25',
        description: 'Nhãn hiệu gạo.',
        niceClasses: [30],
      },
    });
    const linkForeign = await patch(principals.cooperative, 'ip_right', {
      details: { requestId: foreignRequest.body.id },
    });
    expect(linkForeign.status).toBe(422);
    expect(linkForeign.body.code).toBe('ocop_request_not_found');

    const ownRequest = await t.request<{ id: string }>({
      method: 'POST',
      url: '/api/ip-support/v1/requests',
      principal: principals.cooperative,
      body: {
        right: 'collective_mark',
        subjectKind: 'ocop_product',
        subjectTitle: 'Xoài sấy dẻo Cao Lãnh',
        description: 'Nhãn hiệu tập thể cho sản phẩm OCOP.',
        niceClasses: [29],
      },
    });
    await patch(principals.cooperative, 'ip_right', {
      details: { right: 'collective_mark', requestId: ownRequest.body.id, certificateNumber: '4-0456789-000' },
      status: 'ready_for_review',
    });
    const done = await patch(principals.officer, 'ip_right', { status: 'done' });
    expect(done.status).toBe(200);
    expect(done.body.items.find((i) => i.code === 'ip_right')?.linkedRequest).toMatchObject({
      id: ownRequest.body.id,
      right: 'collective_mark',
      state: 'submitted',
    });
    const mark = (await t.events(product.id)).find((e) => e.type === 'sti.ipsupport.v1.OcopMarkRegistered');
    expect(mark?.message).toMatchObject({ certificateNumber: '4-0456789-000', requestId: ownRequest.body.id });
  });

  it('takes documents checked by content and refuses a fake PDF', async () => {
    const ok = await t.request<ProductView>({
      method: 'POST',
      url: `${API}/products/${product.id}/items/base_standard/documents`,
      principal: principals.cooperative,
      ...multipart('../../TCCS 01.pdf', fakePdf('TCCS 01:2026')),
    });
    expect(ok.status).toBe(201);
    const doc = ok.body.items.find((i) => i.code === 'base_standard')?.documents[0];
    expect(doc?.fileName).toBe('TCCS 01.pdf');
    expect(doc?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await t.request({
      url: `${API}/products/${product.id}/documents/${doc?.id}/content`,
      principal: principals.officer,
    });
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');

    const fake = await t.request({
      method: 'POST',
      url: `${API}/products/${product.id}/items/base_standard/documents`,
      principal: principals.cooperative,
      ...multipart('tccs.pdf', Buffer.from('<html><script>alert(1)</script></html>')),
    });
    expect(fake.status).toBe(415);

    const oversized = await t.request<{ code: string }>({
      method: 'POST',
      url: `${API}/products/${product.id}/items/base_standard/documents`,
      principal: principals.cooperative,
      ...multipart('lon.pdf', Buffer.concat([fakePdf('lon'), Buffer.alloc(10 * 1024 * 1024)])),
    });
    expect(oversized.status).toBe(413);
    expect(oversized.body.code).toBe('payload_too_large');
  });

  it('routes a help request to the officers and shows the answer to the co-operative', async () => {
    const asked = await t.request<ProductView>({
      method: 'POST',
      url: `${API}/products/${product.id}/help`,
      principal: principals.cooperative,
      body: { itemCode: 'quality_system', question: 'HTX nên chọn VietGAP hay HACCP cho xoài sấy?' },
    });
    expect(asked.status).toBe(201);
    expect(asked.body.openHelpCount).toBe(1);
    const helpId = asked.body.helpRequests[0]?.id as string;

    const foreignHelp = await t.request<{ items: unknown[] }>({ url: `${API}/help`, principal: principals.business });
    expect(foreignHelp.body.items).toEqual([]);
    const queue = await t.request<ProductList>({ url: `${API}/products?openHelp=true`, principal: principals.officer });
    expect(queue.body.items.map((p) => p.id)).toEqual([product.id]);

    const notOfficer = await t.request({
      method: 'POST',
      url: `${API}/help/${helpId}/answer`,
      principal: principals.cooperative,
      body: { answer: 'tự trả lời' },
    });
    expect(notOfficer.status).toBe(403);
    const answered = await t.request<ProductView>({
      method: 'POST',
      url: `${API}/help/${helpId}/answer`,
      principal: principals.officer,
      body: { answer: 'Sản phẩm chế biến: HACCP hoặc ISO 22000.' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.openHelpCount).toBe(0);
    const seen = await t.request<ProductView>({
      url: `${API}/products/${product.id}`,
      principal: principals.cooperative,
    });
    expect(seen.body.helpRequests[0]).toMatchObject({
      state: 'answered',
      answer: 'Sản phẩm chế biến: HACCP hoặc ISO 22000.',
    });
  });

  it('lets only an administrator publish a new rule-set version', async () => {
    const rules = await t.request<{ items: { effectiveFrom: string }[] }>({
      url: `${API}/rules`,
      principal: principals.officer,
    });
    expect(rules.body.items.map((r) => r.effectiveFrom)).toEqual(['2017-06-01', '2022-02-15']);
    const { createdBy: _createdBy, ...current } = rules.body.items.at(-1) as Record<string, unknown>;
    const next = { ...current, effectiveFrom: '2027-01-01', note: 'Bản sửa đổi thử nghiệm' };
    const byOfficer = await t.request({
      method: 'POST',
      url: `${API}/rules`,
      principal: principals.officer,
      body: next,
    });
    expect(byOfficer.status).toBe(403);
    const byAdmin = await t.request({ method: 'POST', url: `${API}/rules`, principal: principals.admin, body: next });
    expect(byAdmin.status).toBe(201);
    const again = await t.request({ method: 'POST', url: `${API}/rules`, principal: principals.admin, body: next });
    expect(again.status).toBe(409);
  });

  it('pages the officer’s list with a cursor', async () => {
    const first = await t.request<ProductList>({ url: `${API}/products?limit=1`, principal: principals.officer });
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await t.request<ProductList>({
      url: `${API}/products?limit=1&cursor=${first.body.nextCursor}`,
      principal: principals.officer,
    });
    expect(second.body.items[0]?.id).not.toBe(first.body.items[0]?.id);
    const tooMany = await t.request({ url: `${API}/products?limit=500`, principal: principals.officer });
    expect(tooMany.status).toBe(400);
  });
});
