// Exchange client secrets: random, shown once, kept only as a salted scrypt hash. Plain functions.

import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
// N=2^14 keeps a verification near 20–40 ms: cheap for one import request, slow for guessing.
const COST = 16_384;

export function newClientSecret(): string {
  return `tmx_${randomBytes(32).toString('base64url')}`;
}

/** `scrypt$<N>$<salt>$<hash>` (base64url parts). */
export function hashClientSecret(secret: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(secret, salt, KEY_LENGTH, { N: COST });
  return `scrypt$${COST}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export function verifyClientSecret(secret: string, stored: string): boolean {
  const [scheme, cost, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !cost || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(secret, Buffer.from(salt, 'base64url'), expected.length, { N: Number(cost) });
  return timingSafeEqual(actual, expected);
}
