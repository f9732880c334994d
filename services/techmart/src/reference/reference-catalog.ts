// In-memory lookups over the reference data (loaded once at start; it changes only by admin action).
// Turns codes into names for views and events, and says which codes in an input do not exist.

import type { LocalityInput, LocalityView, ReferenceTermView } from '../shared/schema-primitives.js';
import type { ProvinceRecord, SectorRecord } from './reference-data.js';
import { inForce, todayInVietnam } from './reference-validity.js';

export interface FieldProblem {
  field: string;
  code: string;
  message: { vi: string; en: string };
}

export class ReferenceCatalog {
  private sectors = new Map<string, SectorRecord>();
  private provinces = new Map<string, ProvinceRecord>();
  private communes = new Map<string, { provinceCode: string; name: string }>();
  private allSectors: readonly SectorRecord[] = [];
  private allProvinces: readonly ProvinceRecord[] = [];
  /** the terms in force, computed once per day */
  private current: { day: string; sectors: SectorRecord[]; provinces: ProvinceRecord[]; communes: Set<string> } | null =
    null;

  constructor(
    sectorList: readonly SectorRecord[],
    provinceList: readonly ProvinceRecord[],
    private readonly today: () => string = () => todayInVietnam(),
  ) {
    this.replace(sectorList, provinceList);
  }

  /** Swaps in freshly loaded terms (after an admin edit, or a periodic reload). */
  replace(sectorList: readonly SectorRecord[], provinceList: readonly ProvinceRecord[]): void {
    this.allSectors = sectorList;
    this.allProvinces = provinceList;
    this.sectors = new Map(sectorList.map((s) => [s.code, s]));
    this.provinces = new Map(provinceList.map((p) => [p.code, p]));
    this.communes = new Map(
      provinceList.flatMap((p) => p.communes.map((c) => [c.code, { provinceCode: p.code, name: c.name }] as const)),
    );
    this.current = null;
  }

  private inForceToday() {
    const day = this.today();
    if (this.current?.day !== day) {
      const provinces = this.allProvinces.map((p) => ({ ...p, communes: p.communes.filter((c) => inForce(c, day)) }));
      this.current = {
        day,
        sectors: this.allSectors.filter((s) => inForce(s, day)),
        provinces,
        communes: new Set(provinces.flatMap((p) => p.communes.map((c) => c.code))),
      };
    }
    return this.current;
  }

  hasProvince(code: string): boolean {
    return this.provinces.has(code);
  }

  /** Sectors in force today (forms, filters, validation). */
  get sectorList(): readonly SectorRecord[] {
    return this.inForceToday().sectors;
  }

  /** Provinces with the communes in force today. */
  get provinceList(): readonly ProvinceRecord[] {
    return this.inForceToday().provinces;
  }

  /** Unknown codes (retired terms on old listings) fall back to the code so views never break. */
  sector(code: string): ReferenceTermView {
    const sector = this.sectors.get(code);
    return sector ? { code, nameVi: sector.nameVi, nameEn: sector.nameEn } : { code, nameVi: code, nameEn: code };
  }

  locality(provinceCode: string, communeCode: string | null): LocalityView {
    const view: LocalityView = { provinceCode, provinceName: this.provinces.get(provinceCode)?.name ?? provinceCode };
    if (communeCode) {
      view.communeCode = communeCode;
      view.communeName = this.communes.get(communeCode)?.name ?? communeCode;
    }
    return view;
  }

  /** New and edited listings use terms in force today; retired ones still render on old listings. */
  checkSector(code: string, field: string): FieldProblem[] {
    if (this.inForceToday().sectors.some((s) => s.code === code)) return [];
    return [
      {
        field,
        code: 'unknown_sector',
        message: { vi: `Lĩnh vực "${code}" không có trong danh mục.`, en: `Sector "${code}" is not in the taxonomy.` },
      },
    ];
  }

  checkLocality(locality: LocalityInput, field = 'locality'): FieldProblem[] {
    if (!this.provinces.has(locality.provinceCode)) {
      return [
        {
          field: `${field}.provinceCode`,
          code: 'unknown_province',
          message: {
            vi: `Mã tỉnh/thành "${locality.provinceCode}" không tồn tại.`,
            en: `Province code "${locality.provinceCode}" does not exist.`,
          },
        },
      ];
    }
    if (locality.communeCode === undefined) return [];
    if (
      this.communes.get(locality.communeCode)?.provinceCode === locality.provinceCode &&
      this.inForceToday().communes.has(locality.communeCode)
    )
      return [];
    return [
      {
        field: `${field}.communeCode`,
        code: 'unknown_commune',
        message: {
          vi: `Mã xã/phường "${locality.communeCode}" không thuộc tỉnh/thành đã chọn.`,
          en: `Commune code "${locality.communeCode}" is not in the selected province.`,
        },
      },
    ];
  }
}
