// Reference data persistence: brings the tables in line with the shipped lists (leaving rows an admin
// edited alone), reads them back with their effective dates, and writes admins' edits.

import type { Db } from '../moderation/listing-workflow.js';
import type { CommuneRecord, ProvinceRecord, SectorRecord } from './reference-data.js';

export interface StoredSector extends SectorRecord {
  adminEdited: boolean;
}
export interface StoredCommune extends CommuneRecord {
  provinceCode: string;
  adminEdited: boolean;
}

export interface StoredProvince {
  code: string;
  name: string;
  communes: StoredCommune[];
}

const toDay = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);
const fromDay = (value: string | null | undefined): Date | null => (value ? new Date(`${value}T00:00:00Z`) : null);

export class ReferenceRepository {
  /**
   * Upserts the shipped sectors and localities (names may be corrected between releases), except
   * terms an admin has edited: the admin's version wins over the shipped one.
   */
  async sync(db: Db, sectors: readonly SectorRecord[], provinces: readonly ProvinceRecord[]): Promise<void> {
    const edited = new Set(
      [
        ...(await db.sector.findMany({ where: { adminEdited: true }, select: { code: true } })),
        ...(await db.commune.findMany({ where: { adminEdited: true }, select: { code: true } })),
      ].map((row) => row.code),
    );
    for (const [sortOrder, sector] of sectors.entries()) {
      const data = { nameVi: sector.nameVi, nameEn: sector.nameEn, sortOrder };
      await db.sector.upsert({
        where: { code: sector.code },
        create: { code: sector.code, ...data },
        update: edited.has(sector.code) ? { sortOrder } : data,
      });
    }
    for (const [sortOrder, province] of provinces.entries()) {
      await db.province.upsert({
        where: { code: province.code },
        create: { code: province.code, name: province.name, sortOrder },
        update: { name: province.name, sortOrder },
      });
      for (const commune of province.communes) {
        if (edited.has(commune.code)) continue;
        const data = { name: commune.name, provinceCode: province.code };
        await db.commune.upsert({
          where: { code: commune.code },
          create: { code: commune.code, ...data },
          update: data,
        });
      }
    }
  }

  async load(db: Db): Promise<{ sectors: StoredSector[]; provinces: StoredProvince[] }> {
    const [sectors, provinces] = await Promise.all([
      db.sector.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] }),
      db.province.findMany({ orderBy: { sortOrder: 'asc' }, include: { communes: { orderBy: { name: 'asc' } } } }),
    ]);
    return {
      sectors: sectors.map((s) => ({
        code: s.code,
        nameVi: s.nameVi,
        nameEn: s.nameEn,
        validFrom: toDay(s.validFrom),
        validTo: toDay(s.validTo),
        adminEdited: s.adminEdited,
      })),
      provinces: provinces.map((p) => ({
        code: p.code,
        name: p.name,
        communes: p.communes.map((c) => ({
          code: c.code,
          name: c.name,
          provinceCode: p.code,
          validFrom: toDay(c.validFrom),
          validTo: toDay(c.validTo),
          adminEdited: c.adminEdited,
        })),
      })),
    };
  }

  async findSector(db: Db, code: string): Promise<StoredSector | null> {
    const row = await db.sector.findUnique({ where: { code } });
    return row
      ? {
          code: row.code,
          nameVi: row.nameVi,
          nameEn: row.nameEn,
          validFrom: toDay(row.validFrom),
          validTo: toDay(row.validTo),
          adminEdited: row.adminEdited,
        }
      : null;
  }

  async findCommune(db: Db, code: string): Promise<StoredCommune | null> {
    const row = await db.commune.findUnique({ where: { code } });
    return row
      ? {
          code: row.code,
          name: row.name,
          provinceCode: row.provinceCode,
          validFrom: toDay(row.validFrom),
          validTo: toDay(row.validTo),
          adminEdited: row.adminEdited,
        }
      : null;
  }

  /** An admin's sector: new ones go last in the list. */
  async saveSector(db: Db, sector: SectorRecord): Promise<void> {
    const data = {
      nameVi: sector.nameVi,
      nameEn: sector.nameEn,
      validFrom: fromDay(sector.validFrom),
      validTo: fromDay(sector.validTo),
      adminEdited: true,
    };
    const last = await db.sector.aggregate({ _max: { sortOrder: true } });
    await db.sector.upsert({
      where: { code: sector.code },
      create: { code: sector.code, sortOrder: (last._max.sortOrder ?? -1) + 1, ...data },
      update: data,
    });
  }

  async saveCommune(db: Db, commune: CommuneRecord & { provinceCode: string }): Promise<void> {
    const data = {
      name: commune.name,
      provinceCode: commune.provinceCode,
      validFrom: fromDay(commune.validFrom),
      validTo: fromDay(commune.validTo),
      adminEdited: true,
    };
    await db.commune.upsert({ where: { code: commune.code }, create: { code: commune.code, ...data }, update: data });
  }
}
