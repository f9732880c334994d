// In-memory lookups over the reference data (loaded once at start; it changes only by admin action).
// Turns codes into names for views and events, and says which codes in an input do not exist.

import type { LocalityInput, LocalityView, ReferenceTermView } from '../shared/schema-primitives.js';
import type { ProvinceRecord, SectorRecord } from './reference-data.js';

export interface FieldProblem {
  field: string;
  code: string;
  message: { vi: string; en: string };
}

export class ReferenceCatalog {
  private readonly sectors: Map<string, SectorRecord>;
  private readonly provinces: Map<string, ProvinceRecord>;
  private readonly communes: Map<string, { provinceCode: string; name: string }>;

  constructor(
    readonly sectorList: readonly SectorRecord[],
    readonly provinceList: readonly ProvinceRecord[],
  ) {
    this.sectors = new Map(sectorList.map((s) => [s.code, s]));
    this.provinces = new Map(provinceList.map((p) => [p.code, p]));
    this.communes = new Map(
      provinceList.flatMap((p) => p.communes.map((c) => [c.code, { provinceCode: p.code, name: c.name }] as const)),
    );
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

  checkSector(code: string, field: string): FieldProblem[] {
    if (this.sectors.has(code)) return [];
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
    if (this.communes.get(locality.communeCode)?.provinceCode === locality.provinceCode) return [];
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
