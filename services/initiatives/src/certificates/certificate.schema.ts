// Public verification of a certificate and the revocation request, as the API speaks them.
import { z } from 'zod';

const authorShare = z.object({ name: z.string(), sharePercent: z.number() });

// One object (not a union) so the OpenAPI document and the DTO stay simple; for `unknown` only
// `code` and `hint` are set and the certificate's facts are absent.
export const verificationResultSchema = z
  .object({
    status: z.enum(['valid', 'revoked', 'unknown']),
    code: z.string(),
    title: z.string().optional(),
    authors: z.array(authorShare).optional(),
    organisationName: z.string().optional(),
    unitName: z.string().nullable().optional(),
    decisionNumber: z.string().optional(),
    decisionDate: z.string().optional().describe('YYYY-MM-DD'),
    revokedOn: z.string().nullable().optional().describe('YYYY-MM-DD when revoked'),
    hint: z
      .enum(['typo'])
      .nullable()
      .optional()
      .describe('unknown only — typo: the code fails its checksum, a symbol is probably mistyped'),
  })
  .meta({ id: 'CertificateVerification' });

export const revokeCertificateSchema = z
  .object({ reason: z.string().min(5).max(1000) })
  .meta({ id: 'RevokeCertificate' });

export type VerificationResultView = z.infer<typeof verificationResultSchema>;
export type RevokeCertificateInput = z.infer<typeof revokeCertificateSchema>;
