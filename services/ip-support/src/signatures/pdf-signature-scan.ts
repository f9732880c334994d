// Finds the signature dictionaries of a PDF in its raw bytes and checks each one's /ByteRange
// against the file: the signed range must start at byte 0, leave exactly one hole that is the
// dictionary's own /Contents hex string, and stay inside the file. Pure: no crypto here.
//
// Why raw bytes and not a PDF object parser: a signature is over bytes, not objects. The hole in
// the ByteRange must be the <hex> string of the same dictionary, and what lies after the signed
// range (an incremental update) is only visible in the bytes. Signing tools write signature
// dictionaries as plain indirect objects (the hole cannot live in a compressed object stream).

export type ByteRange = readonly [number, number, number, number];

/** Why a signature dictionary's structure cannot be trusted, before any cryptography. */
export type StructuralProblem =
  | 'byte_range_malformed'
  | 'byte_range_not_from_start'
  | 'byte_range_outside_file'
  | 'hole_not_contents_string'
  | 'hole_in_other_object'
  | 'contents_empty';

export interface ScannedSignature {
  /** 0-based, in file order */
  index: number;
  /** offset of the `/ByteRange` keyword */
  offset: number;
  byteRange: ByteRange | null;
  /** the DER/BER bytes of the CMS object (hex decoded, trailing zero padding kept; DER is self-delimiting) */
  contents: Uint8Array | null;
  /** /SubFilter name without the slash, e.g. `adbe.pkcs7.detached` */
  subFilter: string | null;
  /** /M of the dictionary (the signer's claimed time, not signed by anything) */
  claimedTime: Date | null;
  /** /Name of the dictionary (the signer's name as the signing tool wrote it) */
  name: string | null;
  /** bytes of the file after the signed range (0 when the signature covers the whole file) */
  bytesAfterSignedRange: number;
  problems: StructuralProblem[];
}

const latin1 = new TextDecoder('latin1');

/**
 * One character per byte, so string offsets are byte offsets. Node's own latin1 (not TextDecoder's
 * 'latin1', which is windows-1252 and some forty times slower on a 10 MB upload).
 */
const asLatin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** A PDF starts with `%PDF-` within its first 1024 bytes (ISO 32000-1 7.5.2, readers tolerate junk). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return asLatin1(bytes.subarray(0, 1024)).includes('%PDF-');
}

// The ByteRange array: four non-negative integers, any PDF whitespace between them.
const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/y;
// What may follow the last signed byte without changing the document: end-of-line characters
// some writers add after %%EOF.
const TRAILING_NOISE = /^[\r\n]*$/;

/** Every `/ByteRange` in the file, in order, with the checks of its dictionary. */
export function scanPdfSignatures(bytes: Uint8Array): ScannedSignature[] {
  const text = asLatin1(bytes);
  const found: ScannedSignature[] = [];
  let from = 0;
  for (;;) {
    const offset = text.indexOf('/ByteRange', from);
    if (offset < 0) break;
    from = offset + 10;
    found.push(inspect(bytes, text, offset, found.length));
  }
  return found;
}

function inspect(bytes: Uint8Array, text: string, offset: number, index: number): ScannedSignature {
  const problems: StructuralProblem[] = [];
  const dictionary = enclosingObject(text, offset);
  const result: ScannedSignature = {
    index,
    offset,
    byteRange: null,
    contents: null,
    subFilter: nameValue(dictionary.text, 'SubFilter'),
    claimedTime: pdfDate(stringValue(dictionary.text, 'M')),
    name: stringValue(dictionary.text, 'Name'),
    bytesAfterSignedRange: 0,
    problems,
  };
  BYTE_RANGE.lastIndex = offset;
  const match = BYTE_RANGE.exec(text);
  if (!match) {
    problems.push('byte_range_malformed');
    return result;
  }
  const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number];
  result.byteRange = [a, b, c, d];
  if (a !== 0) problems.push('byte_range_not_from_start');
  if (b <= 0 || c <= b || d < 0 || c + d > bytes.length) {
    problems.push('byte_range_outside_file');
    return result;
  }
  // The hole is [b, c): it must be exactly `<hex>` and be this dictionary's /Contents value.
  const hole = text.slice(b, c);
  if (!/^<[0-9A-Fa-f\s]*>$/.test(hole) || !/\/Contents\s*$/.test(text.slice(Math.max(0, b - 40), b))) {
    problems.push('hole_not_contents_string');
  } else if (b < dictionary.start || c > dictionary.end) {
    problems.push('hole_in_other_object');
  } else {
    const hex = hole.slice(1, -1).replace(/\s+/g, '');
    const contents = hexToBytes(hex.length % 2 === 0 ? hex : `${hex}0`);
    if (contents.every((byte) => byte === 0)) problems.push('contents_empty');
    else result.contents = contents;
  }
  const after = text.slice(c + d);
  result.bytesAfterSignedRange = TRAILING_NOISE.test(after) ? 0 : bytes.length - (c + d);
  return result;
}

/** The bytes covered by a ByteRange, concatenated: what the signer hashed. */
export function signedBytes(bytes: Uint8Array, [a, b, c, d]: ByteRange): Uint8Array {
  const out = new Uint8Array(b + d);
  out.set(bytes.subarray(a, a + b), 0);
  out.set(bytes.subarray(c, c + d), b);
  return out;
}

/** The indirect object (`n g obj … endobj`) around an offset; the whole file when there is none. */
function enclosingObject(text: string, offset: number): { start: number; end: number; text: string } {
  const objectStart = text.lastIndexOf(' obj', offset);
  const previousEnd = text.lastIndexOf('endobj', offset);
  const start = objectStart >= 0 && objectStart > previousEnd ? objectStart : 0;
  const endobj = text.indexOf('endobj', offset);
  const end = endobj >= 0 ? endobj : text.length;
  return { start, end, text: text.slice(start, end) };
}

function nameValue(dictionary: string, key: string): string | null {
  const match = new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(dictionary);
  return match?.[1] ?? null;
}

/** A literal string value `(…)`, escapes resolved; hex strings `<…>` decoded as Latin-1/UTF-16BE. */
function stringValue(dictionary: string, key: string): string | null {
  const literal = new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`).exec(dictionary);
  if (literal?.[1] !== undefined) {
    return decodePdfText(
      literal[1].replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
        return simple[e] ?? (/^[0-7]+$/.test(e) ? String.fromCharCode(Number.parseInt(e, 8)) : e);
      }),
    );
  }
  const hex = new RegExp(`/${key}\\s*<([0-9A-Fa-f\\s]*)>`).exec(dictionary);
  if (hex?.[1] !== undefined) return decodePdfText(latin1.decode(hexToBytes(hex[1].replace(/\s+/g, ''))));
  return null;
}

function decodePdfText(raw: string): string {
  if (raw.startsWith('\u00fe\u00ff')) {
    const bytes = Uint8Array.from(raw.slice(2), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-16be').decode(bytes).normalize('NFC');
  }
  return raw.normalize('NFC');
}

/** PDF date `D:YYYYMMDDHHmmSSOHH'mm'` (everything after the year optional). */
export function pdfDate(value: string | null): Date | null {
  if (!value) return null;
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(value);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const offsetMinutes = sign === '+' || sign === '-' ? (Number(oh) * 60 + Number(om)) * (sign === '+' ? 1 : -1) : 0;
  const date = new Date(utc - offsetMinutes * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
