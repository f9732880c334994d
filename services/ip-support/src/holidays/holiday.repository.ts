// Holiday tables as versioned rows: one row per (year, version); the newest version in force counts.
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../shared/db.js';
import type { IsoDate } from './calendar-date.js';
import type { HolidayEntry, HolidayYear } from './holiday-table.js';

export interface StoredHolidayTable extends HolidayYear {
  id: string;
  version: number;
  effectiveFrom: IsoDate;
  note: string | null;
  createdBy: string;
  createdAt: Date;
}

export const toIso = (d: Date): IsoDate => d.toISOString().slice(0, 10);
export const fromIso = (d: IsoDate): Date => new Date(`${d}T00:00:00.000Z`);

type Row = Prisma.HolidayTableGetPayload<object>;
const toStored = (row: Row): StoredHolidayTable => ({
  id: row.id,
  year: row.year,
  version: row.version,
  effectiveFrom: toIso(row.effectiveFrom),
  source: row.source === 'official' ? 'official' : 'generated',
  entries: row.entries as unknown as HolidayEntry[],
  note: row.note,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
});

export class HolidayRepository {
  async count(db: Db): Promise<number> {
    return db.holidayTable.count();
  }

  /** Every version, newest first within each year. */
  async all(db: Db): Promise<StoredHolidayTable[]> {
    const rows = await db.holidayTable.findMany({ orderBy: [{ year: 'asc' }, { version: 'desc' }] });
    return rows.map(toStored);
  }

  /** Per year, the newest version whose effective date has come. */
  async inForce(db: Db, on: IsoDate): Promise<StoredHolidayTable[]> {
    const rows = await db.holidayTable.findMany({
      where: { effectiveFrom: { lte: fromIso(on) } },
      orderBy: [{ year: 'asc' }, { version: 'desc' }],
    });
    const seen = new Set<number>();
    return rows.filter((r) => !seen.has(r.year) && seen.add(r.year)).map(toStored);
  }

  async insert(
    db: Db,
    table: HolidayYear & { effectiveFrom: IsoDate; note?: string | null; createdBy: string },
  ): Promise<StoredHolidayTable> {
    const last = await db.holidayTable.findFirst({ where: { year: table.year }, orderBy: { version: 'desc' } });
    const row = await db.holidayTable.create({
      data: {
        id: uuidv7(),
        year: table.year,
        version: (last?.version ?? 0) + 1,
        effectiveFrom: fromIso(table.effectiveFrom),
        source: table.source,
        entries: table.entries as unknown as Prisma.InputJsonValue,
        note: table.note ?? null,
        createdBy: table.createdBy,
      },
    });
    return toStored(row);
  }
}
