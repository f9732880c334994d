// The certificate authorities whose chains make a signature "valid": a folder of PEM / DER files
// an operator fills (for production, the Vietnamese national root CAs). Nothing is built in, so
// the service never trusts a root nobody chose; with an empty folder every signature is reported
// as `untrusted_issuer`, never as valid.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as pkijs from 'pkijs';
import { certificateInfo, parseCertificates } from './cms-signature.js';

export interface TrustedRoot {
  file: string;
  subject: string;
  notAfter: string;
  certificate: pkijs.Certificate;
}

const CERTIFICATE_FILE = /\.(pem|crt|cer|der)$/i;

/** Reads every certificate file of `dir` (missing folder = no roots). Unparseable files throw: a typo in trust configuration must not pass silently. */
export async function loadTrustedRoots(dir: string): Promise<TrustedRoot[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => CERTIFICATE_FILE.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const roots: TrustedRoot[] = [];
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(join(dir, name)));
    let certificates: pkijs.Certificate[];
    try {
      certificates = parseCertificates(bytes);
    } catch (error) {
      throw new Error(`trusted root ${name} is not a certificate`, { cause: error });
    }
    for (const certificate of certificates) {
      const info = certificateInfo(certificate);
      roots.push({ file: name, subject: info.subject, notAfter: info.notAfter, certificate });
    }
  }
  return roots;
}
