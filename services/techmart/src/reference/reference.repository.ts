// Reference data persistence: brings the tables in line with the shipped lists and reads them back.

import type { Db } from '../moderation/listing-workflow.js';
import type { ProvinceRecord, SectorRecord } from './reference-data.js';

export class ReferenceRepository {
  /** Upserts the shipped sectors and localities (names may be corrected between releases). */
  async sync(db: Db, sectors: readonly SectorRecord[], provinces: readonly ProvinceRecord[]): Promise<void> {
    for (const [sortOrder, sector] of sectors.entries()) {
      const data = { nameVi: sector.nameVi, nameEn: sector.nameEn, sortOrder };
      await db.sector.upsert({ where: { code: sector.code }, create: { code: sector.code, ...data }, update: data });
    }
    for (const [sortOrder, province] of provinces.entries()) {
      await db.province.upsert({
        where: { code: province.code },
        create: { code: province.code, name: province.name, sortOrder },
        update: { name: province.name, sortOrder },
      });
      for (const commune of province.communes) {
        const data = { name: commune.name, provinceCode: province.code };
        await db.commune.upsert({
          where: { code: commune.code },
          create: { code: commune.code, ...data },
          update: data,
        });
      }
    }
  }

  async load(db: Db): Promise<{ sectors: SectorRecord[]; provinces: ProvinceRecord[] }> {
    const [sectors, provinces] = await Promise.all([
      db.sector.findMany({ orderBy: { sortOrder: 'asc' } }),
      db.province.findMany({ orderBy: { sortOrder: 'asc' }, include: { communes: { orderBy: { name: 'asc' } } } }),
    ]);
    return {
      sectors: sectors.map(({ code, nameVi, nameEn }) => ({ code, nameVi, nameEn })),
      provinces: provinces.map((p) => ({
        code: p.code,
        name: p.name,
        communes: p.communes.map(({ code, name }) => ({ code, name })),
      })),
    };
  }
}
