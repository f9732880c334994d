// The verified protection titles of an offer (from IP support's CertificateGranted). Portal-safe: zod only.
import { z } from 'zod';

export const IP_CERTIFICATE_RIGHTS = [
  'trademark',
  'collective_mark',
  'certification_mark',
  'patent',
  'utility_solution',
  'industrial_design',
  'geographical_indication',
] as const;

export const ipCertificateListSchema = z
  .object({
    items: z.array(
      z.object({
        right: z.enum(IP_CERTIFICATE_RIGHTS),
        certificateNumber: z.string(),
        /** YYYY-MM-DD */
        grantedOn: z.string(),
      }),
    ),
  })
  .meta({ id: 'OfferIpCertificates' });

export type IpCertificateList = z.infer<typeof ipCertificateListSchema>;
