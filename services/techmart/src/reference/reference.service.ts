// Loads the reference data at start (after syncing the shipped lists) and serves it.

import type { Transactions } from '../moderation/listing-workflow.js';
import { ReferenceCatalog } from './reference-catalog.js';
import { PROVINCES, type ProvinceRecord, SECTORS, type SectorRecord } from './reference-data.js';
import type { ReferenceRepository } from './reference.repository.js';
import type { ProvinceView, SectorView } from './reference.schema.js';

export class ReferenceService {
  private constructor(readonly catalog: ReferenceCatalog) {}

  static async load(transactions: Transactions, repository: ReferenceRepository): Promise<ReferenceService> {
    const data = await transactions.run(async ({ tx }) => {
      const current = await repository.load(tx);
      // Most starts find the tables already matching the shipped lists: skip ~150 upserts then.
      if (sameReferenceData(current, { sectors: SECTORS, provinces: PROVINCES })) return current;
      await repository.sync(tx, SECTORS, PROVINCES);
      return repository.load(tx);
    });
    return new ReferenceService(new ReferenceCatalog(data.sectors, data.provinces));
  }

  sectors(): SectorView[] {
    return this.catalog.sectorList.map(({ code, nameVi, nameEn }) => ({ code, nameVi, nameEn }));
  }

  localities(): ProvinceView[] {
    return this.catalog.provinceList.map((p) => ({ provinceCode: p.code, provinceName: p.name, communes: p.communes }));
  }
}

function sameReferenceData(
  a: { sectors: readonly SectorRecord[]; provinces: readonly ProvinceRecord[] },
  b: { sectors: readonly SectorRecord[]; provinces: readonly ProvinceRecord[] },
): boolean {
  const canonical = (data: typeof a) =>
    JSON.stringify({
      sectors: data.sectors.map(({ code, nameVi, nameEn }) => [code, nameVi, nameEn]),
      provinces: data.provinces.map((p) => [p.code, p.name, [...p.communes].map((c) => [c.code, c.name]).sort()]),
    });
  return canonical(a) === canonical(b);
}
