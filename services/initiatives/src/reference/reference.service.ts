// Reference data: the shipped lists are synced into the database at start (so a regulation change is
// a data change), then read from it. Reads answer what is in force today.
import { isoDate, type Clock, systemClock } from '../shared/clock.js';
import type { PrismaClient } from '../shared/db.js';
import { FIELDS } from './fields.data.js';
import { gatesInForce } from './legal-gates.js';
import { LEGAL_GATES } from './legal-gates.data.js';
import type { FieldView, LegalGateView, ReferenceView } from './reference.schema.js';

const day = (d: Date | null) => (d ? isoDate(d) : null);
const asDate = (s: string | undefined) => (s ? new Date(`${s}T00:00:00Z`) : null);

export class ReferenceService {
  constructor(
    private readonly db: PrismaClient,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Upserts the shipped fields and gates (idempotent). */
  async sync(): Promise<void> {
    await this.db.$transaction(async (tx) => {
      for (const [i, f] of FIELDS.entries()) {
        const data = {
          nameVi: f.nameVi,
          nameEn: f.nameEn,
          sortOrder: i,
          validFrom: asDate(f.validFrom),
          validTo: asDate(f.validTo),
        };
        await tx.field.upsert({ where: { code: f.code }, create: { code: f.code, ...data }, update: data });
      }
      for (const [i, g] of LEGAL_GATES.entries()) {
        const data = {
          regulation: g.regulation,
          titleVi: g.titleVi,
          titleEn: g.titleEn,
          questionVi: g.questionVi,
          questionEn: g.questionEn,
          redirectsToIp: g.redirectsToIp ?? false,
          sortOrder: i,
          validFrom: asDate(g.validFrom) as Date,
          validTo: asDate(g.validTo),
        };
        await tx.legalGate.upsert({ where: { code: g.code }, create: { code: g.code, ...data }, update: data });
      }
    });
  }

  async fields(): Promise<FieldView[]> {
    const today = isoDate(this.clock());
    const rows = await this.db.field.findMany({ orderBy: { sortOrder: 'asc' } });
    return gatesInForce(
      rows.map((r) => ({
        code: r.code,
        nameVi: r.nameVi,
        nameEn: r.nameEn,
        validFrom: day(r.validFrom) ?? '0000-01-01',
        validTo: day(r.validTo),
      })),
      today,
    ).map(({ code, nameVi, nameEn }) => ({ code, nameVi, nameEn }));
  }

  async field(code: string): Promise<FieldView | undefined> {
    return (await this.fields()).find((f) => f.code === code);
  }

  /** The gates in force on a day (default today). */
  async legalGates(on: Date = this.clock()): Promise<LegalGateView[]> {
    const rows = await this.db.legalGate.findMany({ orderBy: { sortOrder: 'asc' } });
    const views = rows.map((r) => ({
      code: r.code,
      regulation: r.regulation,
      titleVi: r.titleVi,
      titleEn: r.titleEn,
      questionVi: r.questionVi,
      questionEn: r.questionEn,
      redirectsToIp: r.redirectsToIp,
      validFrom: isoDate(r.validFrom),
      validTo: day(r.validTo),
    }));
    return gatesInForce(views, isoDate(on));
  }

  async view(): Promise<ReferenceView> {
    const [fields, legalGates] = await Promise.all([this.fields(), this.legalGates()]);
    return { fields, legalGates };
  }
}
