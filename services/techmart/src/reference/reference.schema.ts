// Reference data shapes. Portal-safe: zod only.

import { z } from 'zod';

export const sectorViewSchema = z
  .object({ code: z.string(), nameVi: z.string(), nameEn: z.string() })
  .meta({ id: 'Sector' });

export const provinceViewSchema = z
  .object({
    provinceCode: z.string(),
    provinceName: z.string(),
    communes: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .meta({ id: 'ProvinceLocalities' });

export type SectorView = z.infer<typeof sectorViewSchema>;
export type ProvinceView = z.infer<typeof provinceViewSchema>;
