import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificates } from './cms-signature.js';
import { verifyPdfSignatures } from './pdf-signature.verifier.js';
import {
  appendIncrementalUpdate,
  countersign,
  createTestCa,
  issueSignerCertificate,
  signedPdf,
  type TestIdentity,
  unsignedPdf,
} from './testing/test-pki.js';

describe('verifyPdfSignatures', () => {
  let trustedCa: TestIdentity;
  let strangerCa: TestIdentity;
  let signer: TestIdentity;
  let signed: Buffer;
  let trustedRoots: ReturnType<typeof parseCertificates>;
  // inside the signer certificate's validity (30 days back to a year ahead), whole seconds
  const signingTime = new Date(Math.floor(Date.now() / 1000) * 1000 - 86_400_000);

  beforeAll(async () => {
    trustedCa = createTestCa('STI Test Root CA');
    strangerCa = createTestCa('Unknown Root CA');
    signer = issueSignerCertificate(trustedCa, 'Nguyễn Thị Lan');
    trustedRoots = parseCertificates(trustedCa.pem);
    signed = await signedPdf(signer, [trustedCa], { signingTime });
  });

  it('accepts a validly signed PDF and reports signer, issuer, validity and signing time', async () => {
    const result = await verifyPdfSignatures(signed, { trustedRoots });

    expect(result.verdict).toBe('valid');
    expect(result.signatures).toHaveLength(1);
    const [signature] = result.signatures;
    expect(signature?.problems).toEqual([]);
    expect(signature?.coversWholeFile).toBe(true);
    expect(signature?.signer?.commonName).toBe('Nguyễn Thị Lan');
    expect(signature?.signer?.subject).toContain('O=Hợp tác xã Chè Tân Cương');
    expect(signature?.signer?.issuer).toContain('CN=STI Test Root CA');
    expect(Date.parse(signature?.signer?.notAfter ?? '')).toBeGreaterThan(Date.now());
    expect(signature?.signingTime).toBe(signingTime.toISOString());
    expect(signature?.signingTimeSource).toBe('signed_attribute');
    expect(signature?.digestAlgorithm).toBe('SHA-256');
    expect(signature?.chain[0]).toContain('CN=Nguyễn Thị Lan');
  });

  it('fails a signed PDF with one byte changed inside the signed range', async () => {
    const tampered = Buffer.from(signed);
    // One character of the font dictionary, well inside the first signed part.
    const at = tampered.indexOf('/BaseFont /Helvetica') + '/BaseFont /Helvetic'.length;
    expect(at).toBeLessThan(result0ByteRange(tampered)[1]);
    tampered[at] = 'e'.charCodeAt(0);

    const result = await verifyPdfSignatures(tampered, { trustedRoots });

    expect(result.verdict).toBe('invalid');
    expect(result.signatures[0]?.problems).toContain('digest_mismatch');
  });

  it('fails a signed PDF whose signature value was altered', async () => {
    const tampered = Buffer.from(signed);
    const [, b] = result0ByteRange(tampered);
    // Flip a hex digit deep inside the CMS (in the signature value near the end of the DER).
    const contentsHex = tampered.toString('latin1', b + 1, b + 1 + 4000);
    const lastNonZero = contentsHex.replace(/0+$/, '').length - 20;
    const at = b + 1 + lastNonZero;
    tampered[at] = tampered[at] === '1'.charCodeAt(0) ? '2'.charCodeAt(0) : '1'.charCodeAt(0);

    const result = await verifyPdfSignatures(tampered, { trustedRoots });

    expect(result.verdict).toBe('invalid');
  });

  it('reports an unsigned PDF as unsigned', async () => {
    const result = await verifyPdfSignatures(await unsignedPdf(), { trustedRoots });
    expect(result.verdict).toBe('unsigned');
    expect(result.signatures).toEqual([]);
  });

  it('reports a signature by a certificate authority outside the trusted roots', async () => {
    const impostor = issueSignerCertificate(strangerCa, 'Nguyễn Thị Lan');
    // The CMS carries the unknown root itself: carrying a root does not make it trusted.
    const pdf = await signedPdf(impostor, [strangerCa], { signingTime });

    const result = await verifyPdfSignatures(pdf, { trustedRoots });

    expect(result.verdict).toBe('untrusted_issuer');
    expect(result.signatures[0]?.problems).toEqual(['chain_untrusted']);
    expect(result.signatures[0]?.signer?.issuer).toContain('CN=Unknown Root CA');
  });

  it('reports an untrusted issuer when no roots are configured at all', async () => {
    const result = await verifyPdfSignatures(signed, { trustedRoots: [] });
    expect(result.verdict).toBe('untrusted_issuer');
  });

  it('flags content appended after signing as modified after signing', async () => {
    const result = await verifyPdfSignatures(appendIncrementalUpdate(signed), { trustedRoots });

    expect(result.verdict).toBe('modified_after_signing');
    expect(result.signatures[0]?.problems).toContain('content_after_signed_range');
    expect(result.signatures[0]?.coversWholeFile).toBe(false);
    expect(result.signatures[0]?.bytesAfterSignedRange).toBeGreaterThan(0);
  });

  it('tolerates only line ends after %%EOF', async () => {
    const withNewline = Buffer.concat([signed, Buffer.from('\r\n')]);
    expect((await verifyPdfSignatures(withNewline, { trustedRoots })).verdict).toBe('valid');
    const withComment = Buffer.concat([signed, Buffer.from('\n% x\n')]);
    expect((await verifyPdfSignatures(withComment, { trustedRoots })).verdict).toBe('modified_after_signing');
  });

  it('accepts a document signed twice, the second signature added as an incremental update', async () => {
    const second = issueSignerCertificate(trustedCa, 'Võ Văn Duyệt');
    const twice = await countersign(signed, second, [trustedCa]);

    const result = await verifyPdfSignatures(twice, { trustedRoots });

    expect(result.verdict).toBe('valid');
    expect(result.signatures.map((s) => s.signer?.commonName)).toEqual(['Nguyễn Thị Lan', 'Võ Văn Duyệt']);
    // the first signature does not reach the end, which is normal: the second covers what followed
    expect(result.signatures.map((s) => s.coversWholeFile)).toEqual([false, true]);
    expect(result.signatures[0]?.problems).toEqual([]);
  });

  it('reports the weakest of several signatures and content appended after the last one', async () => {
    const impostor = issueSignerCertificate(strangerCa, 'Người Lạ');
    const mixed = await countersign(signed, impostor, [strangerCa]);
    expect((await verifyPdfSignatures(mixed, { trustedRoots })).verdict).toBe('untrusted_issuer');

    const twice = await countersign(signed, issueSignerCertificate(trustedCa, 'Võ Văn Duyệt'), [trustedCa]);
    const appended = await verifyPdfSignatures(appendIncrementalUpdate(twice), { trustedRoots });
    expect(appended.verdict).toBe('modified_after_signing');
    expect(appended.signatures[1]?.problems).toEqual(['content_after_signed_range']);
  });

  it('rejects a signer certificate that had expired when the document was signed', async () => {
    const expired = issueSignerCertificate(trustedCa, 'Trần Văn Hết Hạn', {
      notBefore: new Date('2024-01-01T00:00:00Z'),
      notAfter: new Date('2025-01-01T00:00:00Z'),
    });
    const pdf = await signedPdf(expired, [trustedCa], { signingTime });

    const result = await verifyPdfSignatures(pdf, { trustedRoots });

    expect(result.verdict).toBe('invalid');
    expect(result.signatures[0]?.problems).toContain('certificate_not_valid_at_signing_time');
  });

  it('rejects a ByteRange whose hole is not the signature contents', async () => {
    const forged = Buffer.from(signed);
    const text = forged.toString('latin1');
    const match = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/.exec(text);
    expect(match).not.toBeNull();
    const [a, b, c, d] = (match?.slice(1, 5) ?? []).map(Number) as [number, number, number, number];
    // Shift the hole by one byte, same width, so the numbers still fit the placeholder's width.
    const shifted = `/ByteRange [${a} ${b + 1} ${c + 1} ${d - 1}]`;
    const original = match?.[0] ?? '';
    forged.write(shifted.padEnd(original.length, ' '), match?.index ?? 0, 'latin1');

    const result = await verifyPdfSignatures(forged, { trustedRoots });

    expect(result.verdict).toBe('invalid');
    expect(result.signatures[0]?.problems).toContain('hole_not_contents_string');
  });

  it('refuses to verify a file stuffed with signature dictionaries', async () => {
    const stuffed = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      ...Array.from({ length: 25 }, (_, i) =>
        Buffer.from(`${i + 1} 0 obj << /ByteRange [0 10 20 5] /Contents <00> >> endobj\n`),
      ),
    ]);
    const result = await verifyPdfSignatures(stuffed, { trustedRoots });
    expect(result.verdict).toBe('invalid');
    expect(result.signatures[0]?.problems).toEqual(['too_many_signatures']);
  });

  it('calls a file that is not a PDF invalid, never unsigned', async () => {
    const result = await verifyPdfSignatures(Buffer.from('<html>%PDF? no</html>'.replace('%PDF', 'PDF')), {
      trustedRoots,
    });
    expect(result.verdict).toBe('invalid');
    expect(result.signatures[0]?.problems).toEqual(['not_a_pdf']);
  });
});

function result0ByteRange(pdf: Buffer): [number, number, number, number] {
  const match = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/.exec(pdf.toString('latin1'));
  return (match?.slice(1, 5) ?? []).map(Number) as [number, number, number, number];
}

describe('loadTrustedRoots', () => {
  it('reads PEM files from a folder and treats a missing folder as no roots', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadTrustedRoots } = await import('./trusted-roots.js');
    const dir = await mkdtemp(join(tmpdir(), 'roots-'));
    const ca = createTestCa('Folder Root CA');
    await writeFile(join(dir, 'root.pem'), ca.pem);
    await writeFile(join(dir, 'notes.txt'), 'not a certificate, ignored');

    const roots = await loadTrustedRoots(dir);

    expect(roots.map((r) => r.subject)).toEqual(['CN=Folder Root CA, O=STI Test PKI, C=VN']);
    expect(await loadTrustedRoots(join(dir, 'missing'))).toEqual([]);
    await writeFile(join(dir, 'broken.pem'), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    await expect(loadTrustedRoots(dir)).rejects.toThrow(/broken.pem/);
  });
});
