import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificates } from './cms-signature.js';
import { createSignatureInspector, verdictOfStatus } from './document-inspection.js';
import {
  appendIncrementalUpdate,
  createTestCa,
  issueSignerCertificate,
  signedPdf,
  unsignedPdf,
} from './testing/test-pki.js';

describe('createSignatureInspector (the dossier upload hook)', () => {
  const ca = createTestCa('Inspector Root CA');
  const inspect = createSignatureInspector({ trustedRoots: () => parseCertificates(ca.pem) });
  let signed: Buffer;

  beforeAll(async () => {
    signed = await signedPdf(issueSignerCertificate(ca, 'Lê Văn Ký'), [ca]);
  });

  it('stores the verdict in the dossier vocabulary with the verifier report', async () => {
    const valid = await inspect({ bytes: signed, mediaType: 'application/pdf', signatureRequired: true });
    expect(valid.status).toBe('valid');
    expect((valid.report?.signatures as { signer: { commonName: string } }[] | undefined)?.[0]?.signer.commonName).toBe(
      'Lê Văn Ký',
    );

    const appended = await inspect({
      bytes: appendIncrementalUpdate(signed),
      mediaType: 'application/pdf',
      signatureRequired: true,
    });
    expect(appended.status).toBe('modified');

    const plain = await inspect({ bytes: await unsignedPdf(), mediaType: 'application/pdf', signatureRequired: true });
    expect(plain.status).toBe('unsigned');
  });

  it('calls an unknown certificate authority unknown_ca', async () => {
    const stranger = createTestCa('Stranger CA');
    const pdf = await signedPdf(issueSignerCertificate(stranger, 'Người Lạ'), [stranger]);
    expect((await inspect({ bytes: pdf, mediaType: 'application/pdf', signatureRequired: false })).status).toBe(
      'unknown_ca',
    );
  });

  it('does not verify images', async () => {
    expect(
      await inspect({ bytes: new Uint8Array([0x89, 0x50]), mediaType: 'image/png', signatureRequired: true }),
    ).toEqual({
      status: 'not_pdf',
      report: null,
    });
  });

  it('maps stored statuses back to verdicts', () => {
    expect(verdictOfStatus('unknown_ca')).toBe('untrusted_issuer');
    expect(verdictOfStatus('modified')).toBe('modified_after_signing');
    expect(verdictOfStatus('not_pdf')).toBeNull();
  });
});
