// Verifies the CMS (PKCS#7) SignedData inside one PDF signature with PKIjs: the message-digest
// signed attribute must equal the hash of the signed byte range, and the signature over the
// signed attributes must verify with the signer certificate's key. Then the signer certificate
// is checked at signing time and chained to the configured trusted roots.

import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  signingTime: '1.2.840.113549.1.9.5',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha1: '1.3.14.3.2.26',
} as const;

/** Why the cryptography failed; `structure` problems come from the PDF scan. */
export type CmsProblem =
  | 'cms_malformed'
  | 'cms_not_detached'
  | 'signer_certificate_missing'
  | 'digest_mismatch'
  | 'signature_mismatch'
  | 'unsupported_algorithm'
  | 'unsupported_sub_filter'
  | 'certificate_not_valid_at_signing_time'
  | 'chain_untrusted';

export interface CertificateInfo {
  subject: string;
  /** CN of the subject, the person or organisation most users recognise */
  commonName: string | null;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
}

export interface CmsVerification {
  /** digest and signature both verified over the given bytes */
  intact: boolean;
  trusted: boolean;
  problems: CmsProblem[];
  /** PKIjs' own words for the failure, kept for the officer's detail view */
  detail: string | null;
  signer: CertificateInfo | null;
  /** subjects from the signer up to the trusted root, when the chain was built */
  chain: string[];
  signingTime: Date | null;
  signingTimeSource: 'timestamp' | 'signed_attribute' | null;
  digestAlgorithm: string | null;
}

export interface CmsVerifyOptions {
  trustedRoots: readonly pkijs.Certificate[];
  /** the time at which the certificate is checked when the signature carries none */
  now: Date;
  /** the PDF's /SubFilter; decides detached vs encapsulated digest */
  subFilter: string | null;
}

const DETACHED_SUB_FILTERS = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached']);

export async function verifyCmsSignature(
  cmsBytes: Uint8Array,
  signed: Uint8Array,
  options: CmsVerifyOptions,
): Promise<CmsVerification> {
  const result: CmsVerification = {
    intact: false,
    trusted: false,
    problems: [],
    detail: null,
    signer: null,
    chain: [],
    signingTime: null,
    signingTimeSource: null,
    digestAlgorithm: null,
  };
  const fail = (problem: CmsProblem, detail?: string) => {
    result.problems.push(problem);
    if (detail) result.detail = detail;
    return result;
  };

  const subFilter = options.subFilter ?? 'adbe.pkcs7.detached';
  if (!DETACHED_SUB_FILTERS.has(subFilter) && subFilter !== 'adbe.pkcs7.sha1') {
    return fail('unsupported_sub_filter', `SubFilter ${subFilter}`);
  }

  let signedData: pkijs.SignedData;
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(cmsBytes));
    if (asn1.offset === -1) return fail('cms_malformed', asn1.result.error);
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== OID.signedData) return fail('cms_malformed', 'not SignedData');
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    return fail('cms_malformed', error instanceof Error ? error.message : String(error));
  }
  if (signedData.signerInfos.length !== 1) return fail('cms_malformed', 'a PDF signature has exactly one signer');
  const signerInfo = signedData.signerInfos[0] as pkijs.SignerInfo;
  result.digestAlgorithm = digestName(signerInfo.digestAlgorithm.algorithmId);

  // What the signer's digest covers: the byte range itself (detached), or, for the legacy
  // adbe.pkcs7.sha1, an encapsulated SHA-1 of the byte range that must match the file.
  const eContent = signedData.encapContentInfo.eContent;
  let data: Uint8Array = signed;
  if (DETACHED_SUB_FILTERS.has(subFilter)) {
    // PKIjs verifies against an encapsulated content when there is one, not against the bytes
    // we pass: a "detached" signature carrying content would be checked over the wrong data.
    if (eContent) return fail('cms_not_detached');
  } else {
    const expected = new Uint8Array(await crypto.subtle.digest('SHA-1', toArrayBuffer(signed)));
    const carried = eContent ? new Uint8Array(eContent.getValue()) : new Uint8Array();
    if (!equalBytes(expected, carried)) return fail('digest_mismatch', 'encapsulated SHA-1 differs from the file');
    data = carried;
  }

  result.signingTime = signedAttributeTime(signerInfo);
  if (result.signingTime) result.signingTimeSource = 'signed_attribute';
  const stamped = await timestampTime(signerInfo);
  if (stamped) {
    result.signingTime = stamped;
    result.signingTimeSource = 'timestamp';
  }

  let verified: pkijs.SignedDataVerifyResult;
  try {
    verified = await signedData.verify({
      signer: 0,
      data: eContent ? undefined : toArrayBuffer(data),
      extendedMode: true,
      checkChain: false,
    });
  } catch (error) {
    const e = error as pkijs.SignedDataVerifyError;
    if (e.signerCertificate) result.signer = certificateInfo(e.signerCertificate);
    const message = e.message ?? String(error);
    if (e.code === 3 || e.code === 2) return fail('signer_certificate_missing', message);
    if (e.code === 7) return fail('unsupported_algorithm', message);
    if (/digest doesn't match/i.test(message)) return fail('digest_mismatch', message);
    return fail('cms_malformed', message);
  }
  const signerCertificate = verified.signerCertificate as pkijs.Certificate;
  result.signer = certificateInfo(signerCertificate);
  if (!verified.signatureVerified) return fail('signature_mismatch');
  result.intact = true;

  // The certificate must have been valid when the document was signed; without a signed time
  // the only honest moment to check is now.
  const checkDate = result.signingTime ?? options.now;
  if (checkDate < signerCertificate.notBefore.value || checkDate > signerCertificate.notAfter.value) {
    result.problems.push('certificate_not_valid_at_signing_time');
    return result;
  }

  const intermediates = (signedData.certificates ?? []).filter(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
  );
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: [...options.trustedRoots],
    certs: [...intermediates.filter((c) => c !== signerCertificate), signerCertificate],
    checkDate,
  });
  try {
    const chain = await engine.verify({ passedWhenNotRevValues: true });
    if (chain.result) {
      result.trusted = true;
      result.chain = (chain.certificatePath ?? []).map((c) => distinguishedName(c.subject));
    } else {
      result.problems.push('chain_untrusted');
      result.detail = chain.resultMessage ?? null;
    }
  } catch (error) {
    result.problems.push('chain_untrusted');
    result.detail = (error as { resultMessage?: string }).resultMessage ?? String(error);
  }
  return result;
}

export function certificateInfo(certificate: pkijs.Certificate): CertificateInfo {
  return {
    subject: distinguishedName(certificate.subject),
    commonName: attribute(certificate.subject, '2.5.4.3'),
    issuer: distinguishedName(certificate.issuer),
    serialNumber: toHex(certificate.serialNumber.valueBlock.valueHexView),
    notBefore: certificate.notBefore.value.toISOString(),
    notAfter: certificate.notAfter.value.toISOString(),
  };
}

const NAME_KEYS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '1.2.840.113549.1.9.1': 'E',
  // Vietnamese CAs put the tax code or citizen id here ("MST:…", "CCCD:…").
  '0.9.2342.19200300.100.1.1': 'UID',
};

/** RFC 4514-like, most specific first: `CN=Nguyễn Văn A, O=HTX Chè Tân Cương, C=VN`. */
export function distinguishedName(name: pkijs.RelativeDistinguishedNames): string {
  return [...name.typesAndValues]
    .reverse()
    .map((tv) => `${NAME_KEYS[tv.type] ?? tv.type}=${attributeText(tv)}`)
    .join(', ');
}

function attribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | null {
  const found = name.typesAndValues.find((tv) => tv.type === oid);
  return found ? attributeText(found) : null;
}

function attributeText(tv: pkijs.AttributeTypeAndValue): string {
  const value = (tv.value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  return (typeof value === 'string' ? value : '').normalize('NFC');
}

function signedAttributeTime(signerInfo: pkijs.SignerInfo): Date | null {
  const attr = signerInfo.signedAttrs?.attributes.find((a) => a.type === OID.signingTime);
  const value = attr?.values[0] as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  if (!value || typeof value.toDate !== 'function') return null;
  const date = value.toDate();
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The genTime of an RFC 3161 timestamp token in the unsigned attributes, when its message
 * imprint matches this signature value (a token for another signature proves nothing). The
 * timestamp authority's own chain is not validated here; the time is shown as stated by it.
 */
async function timestampTime(signerInfo: pkijs.SignerInfo): Promise<Date | null> {
  const attr = signerInfo.unsignedAttrs?.attributes.find((a) => a.type === OID.timeStampToken);
  if (!attr?.values[0]) return null;
  try {
    const token = new pkijs.ContentInfo({ schema: attr.values[0] });
    const tsSigned = new pkijs.SignedData({ schema: token.content });
    const eContent = tsSigned.encapContentInfo.eContent;
    if (!eContent) return null;
    const tstInfo = pkijs.TSTInfo.fromBER(eContent.getValue());
    const ok = await tstInfo.verify({ data: toArrayBuffer(signerInfo.signature.valueBlock.valueHexView) });
    return ok ? tstInfo.genTime : null;
  } catch {
    return null;
  }
}

function digestName(oid: string): string | null {
  const names: Record<string, string> = {
    [OID.sha1]: 'SHA-1',
    '2.16.840.1.101.3.4.2.1': 'SHA-256',
    '2.16.840.1.101.3.4.2.2': 'SHA-384',
    '2.16.840.1.101.3.4.2.3': 'SHA-512',
  };
  return names[oid] ?? oid;
}

/** Parses PEM (one or more certificates) or DER into PKIjs certificates. */
export function parseCertificates(input: string | Uint8Array): pkijs.Certificate[] {
  const text = typeof input === 'string' ? input : new TextDecoder('latin1').decode(input);
  const pem = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (pem.length > 0) {
    return pem.map((m) =>
      pkijs.Certificate.fromBER(toArrayBuffer(Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64'))),
    );
  }
  if (typeof input === 'string') return [];
  return [pkijs.Certificate.fromBER(toArrayBuffer(input))];
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
