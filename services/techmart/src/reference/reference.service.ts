// Loads the reference data at start (after syncing the shipped lists) and serves the terms in force
// today. Admins edit sectors and communes with effective dates; every edit is audited and the
// catalog is reloaded (other instances reload periodically).

import { problem } from '@sti/platform';
import { AuditLog, type RequestOrigin } from '../audit/audit-log.js';
import type { Transactions } from '../moderation/listing-workflow.js';
import { type Actor, hasRole } from '../shared/actor.js';
import { validationFailed } from '../shared/problems.js';
import { ReferenceCatalog } from './reference-catalog.js';
import { PROVINCES, type ProvinceRecord, SECTORS, type SectorRecord } from './reference-data.js';
import { inForce, todayInVietnam } from './reference-validity.js';
import type { ReferenceRepository, StoredCommune, StoredProvince, StoredSector } from './reference.repository.js';
import type {
  AdminCommuneView,
  AdminSectorView,
  CommuneEdit,
  ProvinceView,
  SectorEdit,
  SectorView,
} from './reference.schema.js';

export class ReferenceService {
  private constructor(
    readonly catalog: ReferenceCatalog,
    private readonly transactions: Transactions,
    private readonly repository: ReferenceRepository,
    private readonly audit: AuditLog,
  ) {}

  static async load(
    transactions: Transactions,
    repository: ReferenceRepository,
    audit: AuditLog = new AuditLog(),
  ): Promise<ReferenceService> {
    const data = await transactions.run(async ({ tx }) => {
      const current = await repository.load(tx);
      // Most starts find the tables already matching the shipped lists: skip ~150 upserts then.
      if (matchesShipped(current, { sectors: SECTORS, provinces: PROVINCES })) return current;
      await repository.sync(tx, SECTORS, PROVINCES);
      return repository.load(tx);
    });
    return new ReferenceService(new ReferenceCatalog(data.sectors, data.provinces), transactions, repository, audit);
  }

  /** Re-reads the tables into the catalog (after an edit here, or another instance's). */
  async reload(): Promise<void> {
    const data = await this.transactions.run(({ tx }) => this.repository.load(tx));
    this.catalog.replace(data.sectors, data.provinces);
  }

  sectors(): SectorView[] {
    return this.catalog.sectorList.map(({ code, nameVi, nameEn }) => ({ code, nameVi, nameEn }));
  }

  localities(): ProvinceView[] {
    return this.catalog.provinceList.map((p) => ({
      provinceCode: p.code,
      provinceName: p.name,
      communes: p.communes.map(({ code, name }) => ({ code, name })),
    }));
  }

  /** Every sector with its dates, retired and future ones included (admins). */
  async adminSectors(actor: Actor | null): Promise<AdminSectorView[]> {
    assertAdmin(actor);
    const data = await this.transactions.run(({ tx }) => this.repository.load(tx));
    const today = todayInVietnam();
    return data.sectors.map((s) => adminSectorView(s, today));
  }

  async adminCommunes(actor: Actor | null, provinceCode: string): Promise<AdminCommuneView[]> {
    assertAdmin(actor);
    const data = await this.transactions.run(({ tx }) => this.repository.load(tx));
    const today = todayInVietnam();
    return (data.provinces.find((p) => p.code === provinceCode)?.communes ?? []).map((c) => adminCommuneView(c, today));
  }

  async saveSector(
    actor: Actor | null,
    code: string,
    edit: SectorEdit,
    origin: RequestOrigin,
  ): Promise<AdminSectorView> {
    assertAdmin(actor);
    const saved = await this.transactions.run(async ({ tx }) => {
      const before = await this.repository.findSector(tx, code);
      await this.repository.saveSector(tx, { code, ...edit });
      const after = await this.repository.findSector(tx, code);
      await this.audit.append(tx, actor, origin, {
        action: before ? 'reference.sector.update' : 'reference.sector.create',
        entityType: 'sector',
        entityId: code,
        ...(before ? { before } : {}),
        after,
      });
      return after as StoredSector;
    });
    await this.reload();
    return adminSectorView(saved, todayInVietnam());
  }

  async saveCommune(
    actor: Actor | null,
    code: string,
    edit: CommuneEdit,
    origin: RequestOrigin,
  ): Promise<AdminCommuneView> {
    assertAdmin(actor);
    if (!this.catalog.hasProvince(edit.provinceCode)) {
      throw validationFailed([
        {
          field: 'provinceCode',
          code: 'unknown_province',
          message: {
            vi: `Mã tỉnh/thành "${edit.provinceCode}" không tồn tại.`,
            en: `Province code "${edit.provinceCode}" does not exist.`,
          },
        },
      ]);
    }
    const saved = await this.transactions.run(async ({ tx }) => {
      const before = await this.repository.findCommune(tx, code);
      await this.repository.saveCommune(tx, { code, ...edit });
      const after = await this.repository.findCommune(tx, code);
      await this.audit.append(tx, actor, origin, {
        action: before ? 'reference.commune.update' : 'reference.commune.create',
        entityType: 'commune',
        entityId: code,
        ...(before ? { before } : {}),
        after,
      });
      return after as StoredCommune;
    });
    await this.reload();
    return adminCommuneView(saved, todayInVietnam());
  }
}

function assertAdmin(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw problem('unauthenticated');
  if (!hasRole(actor, 'admin')) throw problem('forbidden');
}

function adminSectorView(s: StoredSector, today: string): AdminSectorView {
  return {
    code: s.code,
    nameVi: s.nameVi,
    nameEn: s.nameEn,
    ...(s.validFrom ? { validFrom: s.validFrom } : {}),
    ...(s.validTo ? { validTo: s.validTo } : {}),
    inForce: inForce(s, today),
    adminEdited: s.adminEdited,
  };
}

function adminCommuneView(c: StoredCommune, today: string): AdminCommuneView {
  return {
    code: c.code,
    name: c.name,
    provinceCode: c.provinceCode,
    ...(c.validFrom ? { validFrom: c.validFrom } : {}),
    ...(c.validTo ? { validTo: c.validTo } : {}),
    inForce: inForce(c, today),
    adminEdited: c.adminEdited,
  };
}

/** Every shipped term is there, and unchanged unless an admin edited it. */
function matchesShipped(
  current: { sectors: StoredSector[]; provinces: StoredProvince[] },
  shipped: { sectors: readonly SectorRecord[]; provinces: readonly ProvinceRecord[] },
): boolean {
  const sectors = new Map(current.sectors.map((s) => [s.code, s]));
  const provinces = new Map(current.provinces.map((p) => [p.code, p]));
  const communes = new Map(current.provinces.flatMap((p) => p.communes.map((c) => [c.code, c] as const)));
  return (
    shipped.sectors.every((s) => {
      const row = sectors.get(s.code);
      return row && (row.adminEdited || (row.nameVi === s.nameVi && row.nameEn === s.nameEn));
    }) &&
    shipped.provinces.every(
      (p) =>
        provinces.get(p.code)?.name === p.name &&
        p.communes.every((c) => {
          const row = communes.get(c.code);
          return row && (row.adminEdited || (row.name === c.name && row.provinceCode === p.code));
        }),
    )
  );
}
