// The seam where a recognised initiative gets its certificate. The decision service calls `issue` in
// the approval transaction; the issuer owns the verification code's format (and, in ini-files'
// implementation, its signature and the PDF). The default issuer stores a random, unguessable code.
import { randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../shared/db.js';

/** What verification shows, as it stood when the certificate was issued. Nothing private. */
export interface CertificateSnapshot {
  title: string;
  authors: { name: string; sharePercent: number }[];
  organisation: { id: string; name: string };
  unitName: string;
  campaignTitle: string;
  fieldCode: string;
  decisionNumber: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  year: number;
}

export interface CertificateRequest {
  submissionId: string;
  decisionId: string;
  snapshot: CertificateSnapshot;
  issuedAt: Date;
}

export interface IssuedCertificate {
  id: string;
  code: string;
}

export interface CertificateIssuer {
  issue(db: Db, request: CertificateRequest): Promise<IssuedCertificate>;
}

// Crockford base32 without I, L, O, U: easy to read aloud and to type from paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 20 characters of 5 random bits each (100 bits), grouped by 4 for reading: `7KQ2-…`. */
export function randomCertificateCode(): string {
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return (chars.match(/.{4}/g) ?? []).join('-');
}

export class RandomCodeCertificateIssuer implements CertificateIssuer {
  async issue(db: Db, request: CertificateRequest): Promise<IssuedCertificate> {
    const id = uuidv7();
    const code = randomCertificateCode();
    await db.certificate.create({
      data: {
        id,
        code,
        submissionId: request.submissionId,
        decisionId: request.decisionId,
        snapshot: request.snapshot as unknown as object,
        issuedAt: request.issuedAt,
      },
    });
    return { id, code };
  }
}
