// Hostile input: a file that claims to be a PDF but is not, an oversized upload, a path in the file
// name, markup in every text field (stored and returned as the literal text, never interpreted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierItemView } from '../dossiers/dossier.schema.js';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { fakePdf, multipart } from '../testing/multipart.js';
import type { MessageView, RequestView } from './request.schema.js';

const API = '/api/ip-support/v1';
const MARKUP = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe('hostile input', () => {
  let t: IpSupportTestApp;
  let request: RequestView;

  beforeAll(async () => {
    t = await startTestIpSupport();
    request = (
      await t.request<RequestView>({
        method: 'POST',
        url: `${API}/requests`,
        principal: principals.cooperative,
        body: {
          right: 'industrial_design',
          subjectKind: 'product',
          subjectTitle: `Giỏ lục bình ${MARKUP}`,
          description: `Kiểu dáng giỏ đan ${MARKUP}`,
          designCount: 2,
        },
      })
    ).body;
    await t.request({
      method: 'POST',
      url: `${API}/requests/${request.id}/accept`,
      principal: principals.officer,
      body: {},
    });
  });
  afterAll(() => t?.close());

  it('keeps markup in text fields as literal text', async () => {
    expect(request.subjectTitle).toBe(`Giỏ lục bình ${MARKUP}`);
    const view = await t.request<RequestView>({ url: `${API}/requests/${request.id}`, principal: principals.officer });
    expect(view.body.description).toBe(`Kiểu dáng giỏ đan ${MARKUP}`);
    expect(view.headers['content-type']).toMatch(/^application\/json/);
    const message = await t.request<MessageView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/messages`,
      principal: principals.cooperative,
      body: { body: MARKUP },
    });
    expect(message.body.body).toBe(MARKUP);
    const asked = await t.request<RequestView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/assign`,
      principal: principals.officer,
      body: { assigneeId: principals.communeOfficer.userId, assigneeName: `Em ${MARKUP}` },
    });
    expect(asked.body.assigneeName).toBe(`Em ${MARKUP}`);
  });

  it('normalises text to NFC', async () => {
    const decomposed = 'Xoài cát'.normalize('NFD');
    const res = await t.request<RequestView>({
      method: 'POST',
      url: `${API}/requests`,
      principal: principals.cooperative,
      body: {
        right: 'trademark',
        subjectKind: 'product',
        subjectTitle: decomposed,
        description: 'Mô tả đủ dài để hợp lệ.',
      },
    });
    expect(res.body.subjectTitle).toBe('Xoài cát'.normalize('NFC'));
  });

  it('refuses a file that claims to be a PDF but is not', async () => {
    const res = await t.request<{ code: string }>({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/to_khai/documents`,
      principal: principals.cooperative,
      ...multipart('to-khai.pdf', Buffer.from('<html><script>alert(1)</script></html>')),
    });
    expect(res.status).toBe(415);
    const item = await t.request<{ items: DossierItemView[] }>({
      url: `${API}/requests/${request.id}/dossier`,
      principal: principals.cooperative,
    });
    expect(item.body.items.find((i) => i.code === 'to_khai')?.state).toBe('missing');
  });

  it('refuses Office files in a dossier (PDF and images only)', async () => {
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('[Content_Types].xml word/document.xml'),
      Buffer.alloc(64),
    ]);
    const res = await t.request({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/ban_mo_ta/documents`,
      principal: principals.cooperative,
      ...multipart('mo-ta.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    });
    expect(res.status).toBe(415);
  });

  it('refuses an oversized upload', async () => {
    const big = Buffer.concat([fakePdf('big'), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const res = await t.request<{ code: string }>({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/bo_anh_ban_ve/documents`,
      principal: principals.cooperative,
      ...multipart('lon.pdf', big),
    });
    expect(res.status).toBe(413);
  });

  it('drops the path from a file name', async () => {
    const res = await t.request<DossierItemView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/bo_anh_ban_ve/documents`,
      principal: principals.cooperative,
      ...multipart('../../../etc/passwd.pdf', fakePdf('drawings')),
    });
    expect(res.status).toBe(201);
    expect(res.body.document?.fileName).toBe('passwd.pdf');
    const windows = await t.request<DossierItemView>({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/bo_anh_ban_ve/documents`,
      principal: principals.cooperative,
      ...multipart('C:\\Windows\\system32\\ban-ve.pdf', fakePdf('drawings 2')),
    });
    expect(windows.body.document?.fileName).toBe('ban-ve.pdf');
    expect(windows.body.history.map((d) => d.fileName)).toEqual(['passwd.pdf']);
  });

  it('answers 404 for an item code that is not a code', async () => {
    const res = await t.request({
      method: 'POST',
      url: `${API}/requests/${request.id}/dossier/items/..%2F..%2Fetc/documents`,
      principal: principals.cooperative,
      ...multipart('a.pdf', fakePdf('a')),
    });
    expect(res.status).toBe(404);
  });

  it('refuses unknown rights, out-of-range Nice classes and a linked item without its id', async () => {
    const bad = [
      { right: 'copyright', subjectKind: 'product', subjectTitle: 'Bài hát', description: 'Một bài hát hay.' },
      {
        right: 'trademark',
        subjectKind: 'product',
        subjectTitle: 'Nón lá',
        description: 'Nón lá làng nghề.',
        niceClasses: [46],
      },
      { right: 'patent', subjectKind: 'techmart_offer', subjectTitle: 'Máy sấy', description: 'Máy sấy nông sản.' },
    ];
    for (const body of bad) {
      const res = await t.request({ method: 'POST', url: `${API}/requests`, principal: principals.cooperative, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });
});
