// The fee schedule as data: seeding, listing, the admin's new versions, and quotes.
import { assertAdmin } from '../deadlines/deadline-access.js';
import type { RightCode } from '../deadlines/deadline-rule.js';
import { todayInVietnam } from '../holidays/calendar-date.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import type { Db, PrismaClient } from '../shared/db.js';
import { unprocessable, validationFailed } from '../shared/problems.js';
import { normaliseLine } from '../shared/text.js';
import { type FeeQuery, type FeeQuote, FeeTableNotFound, quoteFees } from './fee.calculator.js';
import type { FeeRepository, StoredFeeTable } from './fee.repository.js';
import { type FeeTable, validateFeeTable } from './fee-table.js';
import { FEE_TABLE_2017 } from './fee-table.data.js';

export class FeeService {
  /**
   * The tables as last read. The dossier's estimate is asked for inside other transactions; on PGlite
   * (one connection) a read outside that transaction would wait for it to end, so the estimate uses
   * this copy, refreshed by every read, by publishing, and in the background once a minute at most.
   */
  private cache: { tables: StoredFeeTable[]; at: number } = { tables: [], at: 0 };

  constructor(private readonly deps: { prisma: PrismaClient; fees: FeeRepository; clock: Clock }) {}

  today(): string {
    return todayInVietnam(this.deps.clock());
  }

  /** The estimate the dossier shows: the classes named, up to six goods/services each. */
  async estimate(input: {
    right: RightCode;
    niceClasses: number[];
    claimCount: number | null;
    designCount: number | null;
    on: string;
  }): Promise<FeeQuote | null> {
    if (Date.now() - this.cache.at > 60_000) void this.tables().catch(() => {});
    try {
      return quoteFees(this.cache.tables, {
        right: input.right,
        on: input.on,
        itemsPerClass: [...new Set(input.niceClasses)].map(() => 0),
        classes: Math.max(1, new Set(input.niceClasses).size),
        independentClaims: input.claimCount ?? 1,
        designs: input.designCount ?? 1,
      });
    } catch (error) {
      if (error instanceof FeeTableNotFound) return null;
      throw error;
    }
  }

  async ensureSeeded(db: Db = this.deps.prisma): Promise<void> {
    if ((await db.feeTable.count()) === 0) await this.deps.fees.insert(db, FEE_TABLE_2017, 'seed');
    await this.tables();
  }

  async tables(): Promise<StoredFeeTable[]> {
    const tables = await this.deps.fees.all(this.deps.prisma);
    this.cache = { tables, at: Date.now() };
    return tables;
  }

  async publish(actor: Actor, input: Omit<FeeTable, 'version'>): Promise<StoredFeeTable> {
    assertAdmin(actor);
    const table = {
      ...input,
      legalBasis: normaliseLine(input.legalBasis),
      items: input.items.map((i) => ({ ...i, titleVi: normaliseLine(i.titleVi), titleEn: normaliseLine(i.titleEn) })),
    };
    const problems = validateFeeTable({ ...table, version: 0 });
    if (problems.length > 0) {
      throw validationFailed(
        problems.map((p) => ({
          field: 'items',
          code: 'invalid_fee_item',
          message: { vi: `Mục lệ phí không hợp lệ: ${p}`, en: `Invalid fee item: ${p}` },
        })),
      );
    }
    const existing = await this.tables();
    if (existing.some((t) => t.effectiveFrom === table.effectiveFrom)) {
      throw unprocessable(
        'fee_table_date_taken',
        'Đã có biểu phí hiệu lực từ ngày này.',
        'A fee table already takes effect on this date.',
      );
    }
    const stored = await this.deps.fees.insert(this.deps.prisma, table, actor.userId);
    await this.tables();
    return stored;
  }

  async quote(query: FeeQuery): Promise<FeeQuote> {
    try {
      return quoteFees(await this.tables(), query);
    } catch (error) {
      if (error instanceof FeeTableNotFound) {
        throw unprocessable('no_fee_table', 'Chưa có biểu phí cho ngày này.', 'No fee table is in force on this date.');
      }
      throw error;
    }
  }
}
