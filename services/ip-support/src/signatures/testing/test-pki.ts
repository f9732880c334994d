// A certificate authority made up inside a test, and PDFs signed with it through @signpdf:
// the same library family real signing tools in Node use, so the verifier is tested against
// signatures it did not produce itself. Keys come from Node's crypto (fast); certificates and
// the PKCS#12 bundle from node-forge.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import forge from 'node-forge';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface TestIdentity {
  certificate: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  pem: string;
}

function rsaKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(publicKey) as forge.pki.rsa.PublicKey,
  };
}

/** Subject attributes as UTF8String, the way Vietnamese CAs write names with diacritics. */
function utf8Name(attributes: { name: string; value: string }[]) {
  return attributes.map((a) => ({
    ...a, // @types/node-forge calls this a tag class; forge reads it as the universal type number.
    valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
  }));
}

// Positive, minimal DER integers (a leading 00 byte makes issuer+serial lookups disagree).
const nextSerial = () => `4${randomBytes(8).toString('hex')}`;

export interface Validity {
  notBefore?: Date;
  notAfter?: Date;
}

/**
 * A self-signed root. Keep its name ASCII: node-forge re-encodes a parsed UTF8 issuer name in
 * the CMS signer identifier differently from the certificate, so the signer would not be found.
 * Signer names may carry Vietnamese diacritics (they are not part of that identifier).
 */
export function createTestCa(commonName: string, validity: Validity = {}): TestIdentity {
  const keys = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = nextSerial();
  cert.validity.notBefore = validity.notBefore ?? new Date(Date.now() - 365 * 86_400_000);
  cert.validity.notAfter = validity.notAfter ?? new Date(Date.now() + 5 * 365 * 86_400_000);
  const name = utf8Name([
    { name: 'countryName', value: 'VN' },
    { name: 'organizationName', value: 'STI Test PKI' },
    { name: 'commonName', value: commonName },
  ]);
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certificate: cert, key: keys.privateKey, pem: forge.pki.certificateToPem(cert) };
}

export function issueSignerCertificate(ca: TestIdentity, commonName: string, validity: Validity = {}): TestIdentity {
  const keys = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = nextSerial();
  cert.validity.notBefore = validity.notBefore ?? new Date(Date.now() - 30 * 86_400_000);
  cert.validity.notAfter = validity.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  cert.setSubject(
    utf8Name([
      { name: 'countryName', value: 'VN' },
      { name: 'organizationName', value: 'Hợp tác xã Chè Tân Cương' },
      { name: 'commonName', value: commonName },
    ]),
  );
  cert.setIssuer(ca.certificate.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
  ]);
  cert.sign(ca.key, forge.md.sha256.create());
  return { certificate: cert, key: keys.privateKey, pem: forge.pki.certificateToPem(cert) };
}

/** PKCS#12 holding the signer's key, its certificate and the CA's (so the CMS carries the chain). */
export function toP12(signer: TestIdentity, chain: TestIdentity[], passphrase = 'test'): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    signer.key,
    [signer.certificate, ...chain.map((c) => c.certificate)],
    passphrase,
    { algorithm: '3des' },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** A one-page PDF saved without object streams, the way signing tools expect it. */
export async function makePdf(text = 'Tờ khai đăng ký nhãn hiệu'): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  // Helvetica has no Vietnamese glyphs; the text only has to be in the content stream.
  page.drawText(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D'),
    {
      x: 50,
      y: 780,
      size: 14,
      font,
    },
  );
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return doc;
}

export async function unsignedPdf(text?: string): Promise<Buffer> {
  const doc = await makePdf(text);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

export async function signedPdf(
  signer: TestIdentity,
  chain: TestIdentity[],
  options: { text?: string; signingTime?: Date } = {},
): Promise<Buffer> {
  const doc = await makePdf(options.text);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: 'Ký tờ khai',
    contactInfo: 'htx@example.vn',
    name: 'Chu ky so',
    location: 'Thái Nguyên',
    signingTime: options.signingTime,
  });
  const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(
    withPlaceholder,
    new P12Signer(toP12(signer, chain), { passphrase: 'test' }),
    options.signingTime,
  );
}

/**
 * A second signature added as an incremental update (the way a second signer's tool does it): the
 * first signature's range stays as it was and the new one covers the whole file.
 */
export async function countersign(pdf: Buffer, signer: TestIdentity, chain: TestIdentity[]): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: 'Phê duyệt',
    contactInfo: 'canbo@example.vn',
    name: 'Chu ky thu hai',
    location: 'Cao Lãnh',
  });
  return new SignPdf().sign(withPlaceholder, new P12Signer(toP12(signer, chain), { passphrase: 'test' }));
}

/** An incremental update after the signature: a new object, xref section and trailer. */
export function appendIncrementalUpdate(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? 0);
  const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1] ?? 100);
  const objectOffset = pdf.length + 1;
  const object = `\n${size} 0 obj\n(Noi dung them sau khi ky)\nendobj\n`;
  const xrefOffset = pdf.length + Buffer.byteLength(object, 'latin1');
  const xref = `xref\n${size} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Prev ${startxref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(object + xref, 'latin1')]);
}
