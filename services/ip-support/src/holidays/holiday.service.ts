// The holiday tables: reading, the admin's new versions (with an effective date), proposals from the
// generator, and the recomputation of deadlines a change brings.
import type { DeadlineService, RecomputationResult } from '../deadlines/deadline.service.js';
import { assertAdmin } from '../deadlines/deadline-access.js';
import type { Actor } from '../shared/actor.js';
import type { Db, PrismaClient } from '../shared/db.js';
import { validationFailed } from '../shared/problems.js';
import { normaliseBlock, normaliseLine } from '../shared/text.js';
import { compareIsoDates, type IsoDate } from './calendar-date.js';
import { type HolidayEntry, type HolidayYear, validateHolidayYear } from './holiday-table.js';
import type { HolidayRepository, StoredHolidayTable } from './holiday.repository.js';
import { seedHolidayYears } from './vietnam-holidays.data.js';
import { generateHolidayYear } from './vietnam-holidays.generator.js';

export interface PublishHolidayTable {
  year: number;
  effectiveFrom: IsoDate;
  source: 'official' | 'generated';
  entries: HolidayEntry[];
  note?: string | null | undefined;
}

export class HolidayService {
  constructor(
    private readonly deps: { prisma: PrismaClient; holidays: HolidayRepository; deadlines: DeadlineService },
  ) {}

  /** First start: the 2024–2030 tables as version 1 (idempotent). */
  async ensureSeeded(db: Db = this.deps.prisma): Promise<void> {
    if ((await this.deps.holidays.count(db)) > 0) return;
    for (const table of seedHolidayYears()) {
      await this.deps.holidays.insert(db, { ...table, effectiveFrom: '2024-01-01', createdBy: 'seed' });
    }
  }

  /** Per year: the version in force today, and the versions waiting for their date. */
  async overview(): Promise<{ inForce: StoredHolidayTable[]; scheduled: StoredHolidayTable[] }> {
    const today = this.deps.deadlines.today();
    const [inForce, all] = await Promise.all([
      this.deps.holidays.inForce(this.deps.prisma, today),
      this.deps.holidays.all(this.deps.prisma),
    ]);
    const scheduled = all.filter((t) => compareIsoDates(t.effectiveFrom, today) > 0);
    return { inForce, scheduled };
  }

  async versions(year: number): Promise<StoredHolidayTable[]> {
    return (await this.deps.holidays.all(this.deps.prisma)).filter((t) => t.year === year);
  }

  /** What the Labour Code's rules give for a year, for the admin to start from. */
  proposal(year: number): HolidayYear {
    return generateHolidayYear(year);
  }

  async publish(
    actor: Actor,
    input: PublishHolidayTable,
  ): Promise<{ table: StoredHolidayTable; recomputation: RecomputationResult | null }> {
    assertAdmin(actor);
    const entries = input.entries
      .map((e) => ({ ...e, nameVi: normaliseLine(e.nameVi), nameEn: normaliseLine(e.nameEn) }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const issues = validateHolidayYear({ year: input.year, source: input.source, entries });
    if (issues.length > 0) {
      throw validationFailed(
        issues.map((i) => ({
          field: `entries.${entries.findIndex((e) => e.date === i.date)}`,
          code: i.code,
          message: ISSUE_TEXT[i.code],
        })),
      );
    }
    const table = await this.deps.holidays.insert(this.deps.prisma, {
      ...input,
      entries,
      note: input.note ? normaliseBlock(input.note) : null,
      createdBy: actor.userId,
    });
    // A version in force now moves deadlines now; a later one is picked up by the daily check.
    const recomputation =
      compareIsoDates(input.effectiveFrom, this.deps.deadlines.today()) <= 0
        ? await this.deps.deadlines.reapplyCalendar(`holidays ${input.year} v${table.version}`, [input.year])
        : null;
    return { table, recomputation };
  }
}

const ISSUE_TEXT = {
  outside_year: { vi: 'Ngày không thuộc năm của bảng.', en: 'The date is outside the table’s year.' },
  duplicate_date: { vi: 'Ngày bị trùng.', en: 'The date appears twice.' },
  make_up_day_on_weekday: {
    vi: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
    en: 'A make-up working day must be a Saturday or Sunday.',
  },
} as const;
