// The embedded provider's RS256 key: generated once, kept under the data dir (mode 0600) so tokens
// and refresh tokens stay valid across restarts.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { webcrypto } from 'node:crypto';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

type CryptoKey = webcrypto.CryptoKey;

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'key_ops', 'ext'] as const;

export async function loadOrCreateSigningKey(dir: string): Promise<SigningKey> {
  const file = join(dir, 'signing-key.json');
  let jwk: JWK;
  try {
    jwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    jwk = await generatePrivateJwk();
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(jwk), { mode: 0o600 });
    await rename(temporary, file);
  }
  return signingKeyFromJwk(jwk);
}

/** A key kept only in memory (tests, throw-away instances). */
export async function generateSigningKey(): Promise<SigningKey> {
  return signingKeyFromJwk(await generatePrivateJwk());
}

async function generatePrivateJwk(): Promise<JWK> {
  const pair = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(pair.privateKey);
  jwk.kid = await calculateJwkThumbprint(jwk);
  jwk.alg = 'RS256';
  jwk.use = 'sig';
  return jwk;
}

export async function signingKeyFromJwk(jwk: JWK): Promise<SigningKey> {
  const kid = jwk.kid ?? (await calculateJwkThumbprint(jwk));
  const publicJwk: JWK = { ...jwk, kid, alg: 'RS256', use: 'sig' };
  for (const member of PRIVATE_MEMBERS) delete (publicJwk as Record<string, unknown>)[member];
  const privateKey = (await importJWK({ ...jwk, alg: 'RS256' }, 'RS256')) as CryptoKey;
  const publicKey = (await importJWK(publicJwk, 'RS256')) as CryptoKey;
  return { kid, privateKey, publicKey, publicJwk };
}
