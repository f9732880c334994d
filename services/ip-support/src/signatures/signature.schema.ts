// The signature verdict of an uploaded document as the API returns it (portal-safe: zod only).
import { z } from 'zod';

export const signatureVerdictSchema = z.enum([
  'valid',
  'invalid',
  'modified_after_signing',
  'untrusted_issuer',
  'unsigned',
]);

export const signerCertificateSchema = z.object({
  subject: z.string(),
  commonName: z.string().nullable(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
});

export const signatureReportSchema = z.object({
  index: z.number().int(),
  verdict: signatureVerdictSchema.exclude(['unsigned']),
  /** stable codes, e.g. digest_mismatch, chain_untrusted, content_after_signed_range */
  problems: z.array(z.string()),
  detail: z.string().nullable(),
  byteRange: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  coversWholeFile: z.boolean(),
  bytesAfterSignedRange: z.number().int(),
  subFilter: z.string().nullable(),
  digestAlgorithm: z.string().nullable(),
  signer: signerCertificateSchema.nullable(),
  chain: z.array(z.string()),
  signingTime: z.iso.datetime().nullable(),
  signingTimeSource: z.enum(['timestamp', 'signed_attribute', 'pdf_dictionary']).nullable(),
  signerName: z.string().nullable(),
});

export const documentSignatureSchema = z.object({
  verdict: signatureVerdictSchema,
  signatures: z.array(signatureReportSchema),
  checkedAt: z.iso.datetime(),
});

export type SignatureVerdictDto = z.infer<typeof signatureVerdictSchema>;
export type DocumentSignatureDto = z.infer<typeof documentSignatureSchema>;
