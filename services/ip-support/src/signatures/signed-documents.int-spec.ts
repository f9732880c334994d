// Digitally signed documents in a dossier, on real PostgreSQL: every uploaded PDF is verified on
// upload, the verdict and the signer are stored on the document and returned by the dossier API,
// and a signature-required item is never accepted silently without a valid signature.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierItemView, DossierView } from '../dossiers/dossier.schema.js';
import type { RequestView } from '../requests/request.schema.js';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { multipart } from '../testing/multipart.js';
import type { DocumentSignatureDto } from './signature.schema.js';
import {
  appendIncrementalUpdate,
  createTestCa,
  issueSignerCertificate,
  signedPdf,
  type TestIdentity,
  unsignedPdf,
} from './testing/test-pki.js';

const API = '/api/ip-support/v1';

describe('signed documents in a dossier', () => {
  let t: IpSupportTestApp;
  let rootsDir: string;
  let ca: TestIdentity;
  let signed: Buffer;
  let requestId: string;

  beforeAll(async () => {
    ca = createTestCa('Dossier Test Root CA');
    rootsDir = await mkdtemp(join(tmpdir(), 'ip-sign-roots-'));
    await writeFile(join(rootsDir, 'test-root.pem'), ca.pem);
    signed = await signedPdf(issueSignerCertificate(ca, 'Phạm Thị Hồng'), [ca], { text: 'To khai nhan hieu tap the' });
    t = await startTestIpSupport({ trustedRootsDir: rootsDir });

    const created = await t.request<RequestView>({
      method: 'POST',
      url: `${API}/requests`,
      principal: principals.cooperative,
      body: {
        right: 'collective_mark',
        subjectKind: 'ocop_product',
        subjectTitle: 'Xoài cát chu Cao Lãnh (ký số)',
        description: 'Nhãn hiệu tập thể; tờ khai ký số.',
        niceClasses: [31],
      },
    });
    requestId = created.body.id;
    const accepted = await t.request({
      method: 'POST',
      url: `${API}/requests/${requestId}/accept`,
      principal: principals.officer,
      body: {},
    });
    expect(accepted.status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await rm(rootsDir, { recursive: true, force: true });
  });

  const upload = (fileName: string, content: Buffer) =>
    t.request<DossierItemView>({
      method: 'POST',
      url: `${API}/requests/${requestId}/dossier/items/to_khai/documents`,
      principal: principals.cooperative,
      ...multipart(fileName, content),
    });
  const accept = (body: Record<string, unknown> = {}) =>
    t.request<DossierView & { code?: string; message?: string }>({
      method: 'POST',
      url: `${API}/requests/${requestId}/dossier/items/to_khai/review`,
      principal: principals.officer,
      headers: { 'accept-language': 'vi' },
      body: { verdict: 'accepted', ...body },
    });

  it('refuses to accept an unsigned declaration where a signature is required, in Vietnamese', async () => {
    const res = await upload('to-khai-chua-ky.pdf', await unsignedPdf());
    expect(res.status).toBe(201);
    expect(res.body.document?.signatureStatus).toBe('unsigned');
    expect(res.body.signatureGate).toBe('flagged');

    const refused = await accept();
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('signature_not_valid');
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });

  it('reports a signature by an unknown certificate authority and does not accept it silently', async () => {
    const stranger = createTestCa('Stranger Root CA');
    const res = await upload(
      'to-khai-ca-la.pdf',
      await signedPdf(issueSignerCertificate(stranger, 'Người Lạ'), [stranger]),
    );
    expect(res.body.document?.signatureStatus).toBe('unknown_ca');
    const report = res.body.document?.signatureReport as unknown as DocumentSignatureDto;
    expect(report.verdict).toBe('untrusted_issuer');
    expect(report.signatures[0]?.signer?.issuer).toContain('Stranger Root CA');
    expect((await accept()).status).toBe(409);
  });

  it('never accepts a document changed after signing, not even with an acknowledgement', async () => {
    const res = await upload('to-khai-sua-sau-ky.pdf', appendIncrementalUpdate(signed));
    expect(res.body.document?.signatureStatus).toBe('modified');
    expect(res.body.signatureGate).toBe('blocked');
    const refused = await accept({ acceptFlaggedSignature: true, note: 'Vẫn muốn chấp nhận' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('signature_not_valid');
  });

  it('never accepts a declaration with one byte changed inside the signed range', async () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('/BaseFont /Helvetica') + 12;
    tampered[at] = tampered[at] === 0x58 ? 0x59 : 0x58;
    const res = await upload('to-khai-bi-sua.pdf', tampered);
    expect(res.body.document?.signatureStatus).toBe('invalid');
    expect((await accept({ acceptFlaggedSignature: true, note: 'thử' })).status).toBe(409);
  });

  it('verifies a validly signed declaration, shows the signer on the dossier, and lets the officer accept it', async () => {
    const res = await upload('to-khai-da-ky.pdf', signed);
    expect(res.status).toBe(201);
    expect(res.body.document?.signatureStatus).toBe('valid');
    expect(res.body.signatureGate).toBe('ok');

    const dossier = await t.request<DossierView>({
      url: `${API}/requests/${requestId}/dossier`,
      principal: principals.cooperative,
    });
    const item = dossier.body.items.find((i) => i.code === 'to_khai');
    const report = item?.document?.signatureReport as unknown as DocumentSignatureDto;
    expect(report.verdict).toBe('valid');
    expect(report.signatures[0]?.signer?.commonName).toBe('Phạm Thị Hồng');
    expect(report.signatures[0]?.signingTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(report.signatures[0]?.coversWholeFile).toBe(true);
    // the earlier, refused uploads stay in the history with their verdicts
    expect(item?.history.map((d) => d.signatureStatus)).toEqual(
      expect.arrayContaining(['unsigned', 'unknown_ca', 'modified', 'invalid']),
    );

    const accepted = await accept();
    expect(accepted.status).toBe(200);
    expect(accepted.body.items.find((i) => i.code === 'to_khai')?.state).toBe('accepted');
  });
});
