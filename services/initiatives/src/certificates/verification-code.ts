// Certificate verification codes: short, typeable, unforgeable without the service secret.
//
//   K7M2Q-9XD4F-8HJ3N   = 6 random symbols (the certificate's lookup id)
//                       + 7 symbols of HMAC-SHA256(secret, id) (35 bits: guessing one takes ~3·10^10 tries)
//                       + 2 check symbols (weighted sum mod 1021)
//
// Symbols are Crockford base32 (no I, L, O, U), so a code read aloud or typed from paper survives
// O/0 and I/L/1 confusion. The check symbols catch every single mistyped symbol and every swap of two
// neighbouring symbols before the database is asked, so the public page can say "check for a typo"
// instead of "unknown".
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ID_LENGTH = 6;
const TAG_LENGTH = 7;
const CHECK_LENGTH = 2;
const BODY_LENGTH = ID_LENGTH + TAG_LENGTH;
export const VERIFICATION_CODE_LENGTH = BODY_LENGTH + CHECK_LENGTH;
const CHECK_MODULUS = 1021; // prime, < 32²: fits two symbols; every weight below is non-zero mod it
const HMAC_CONTEXT = 'sti.initiatives.certificate.v1:';
export const MIN_SECRET_LENGTH = 32;

const VALUE_OF = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
// Crockford's reading rules for look-alikes
for (const [alias, canonical] of [
  ['O', '0'],
  ['I', '1'],
  ['L', '1'],
] as const) {
  VALUE_OF.set(alias, VALUE_OF.get(canonical) as number);
}

export type ParsedCode =
  | { ok: true; code: string; id: string }
  | { ok: false; reason: 'malformed' | 'typo' | 'forged' };

export interface VerificationCodes {
  /** A new code for a certificate: random id, signed. */
  issue(): string;
  /** Normalises user input (case, spaces, hyphens, look-alikes) and checks checksum and signature. */
  parse(input: string): ParsedCode;
}

export function createVerificationCodes(
  secret: string,
  random: (n: number) => Buffer = randomBytes,
): VerificationCodes {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`certificate secret must have at least ${MIN_SECRET_LENGTH} characters`);
  }
  const tagFor = (id: string) =>
    toSymbols(
      createHmac('sha256', secret)
        .update(HMAC_CONTEXT + id)
        .digest(),
      TAG_LENGTH,
    );

  return {
    issue() {
      const id = toSymbols(random(8), ID_LENGTH);
      const body = id + tagFor(id);
      return format(body + checkSymbols(body));
    },
    parse(input) {
      const symbols = normalise(input);
      if (symbols === undefined || symbols.length !== VERIFICATION_CODE_LENGTH)
        return { ok: false, reason: 'malformed' };
      const body = symbols.slice(0, BODY_LENGTH);
      if (checkSymbols(body) !== symbols.slice(BODY_LENGTH)) return { ok: false, reason: 'typo' };
      const id = body.slice(0, ID_LENGTH);
      const expected = Buffer.from(tagFor(id));
      const given = Buffer.from(body.slice(ID_LENGTH));
      if (!timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' };
      return { ok: true, code: format(symbols), id };
    },
  };
}

/** `k7m2q 9xd4f-8hj3n` → `K7M2Q9XD4F8HJ3N`; undefined when a character is not a code symbol. */
function normalise(input: string): string | undefined {
  let out = '';
  for (const ch of input.toUpperCase()) {
    if (ch === '-' || ch === ' ' || ch === '\u00a0') continue;
    const value = VALUE_OF.get(ch);
    if (value === undefined) return undefined;
    out += ALPHABET[value];
  }
  return out;
}

function format(symbols: string): string {
  return `${symbols.slice(0, 5)}-${symbols.slice(5, 10)}-${symbols.slice(10)}`;
}

/** The first `count` base32 symbols of `bytes` (5 bits each, big-endian). */
function toSymbols(bytes: Buffer, count: number): string {
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < count) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
    if (out.length === count) return out;
  }
  throw new Error('not enough bytes for the requested symbols');
}

/** Weighted sum with weights 1..n mod 1021: a single substitution changes it by w·d, a swap of
 * neighbours by ±d (|d| < 32), neither of which is 0 mod the prime. */
export function checkSymbols(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * (VALUE_OF.get(body[i] as string) as number);
  const check = sum % CHECK_MODULUS;
  return (ALPHABET[check >> 5] as string) + ALPHABET[check & 31];
}

export const CODE_ALPHABET = ALPHABET;
