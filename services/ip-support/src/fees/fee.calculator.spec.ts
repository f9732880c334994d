import { describe, expect, it } from 'vitest';
import { FeeTableNotFound, quoteFees } from './fee.calculator.js';
import type { FeeTable } from './fee-table.js';
import { validateFeeTable } from './fee-table.js';
import { FEE_TABLE_2017 } from './fee-table.data.js';

const tables = [FEE_TABLE_2017];

describe('fee calculator', () => {
  it('the seeded table is valid', () => expect(validateFeeTable(FEE_TABLE_2017)).toEqual([]));

  it('quotes a one-class trademark with up to 6 items at 1,000,000 VND before grant', () => {
    const q = quoteFees(tables, {
      right: 'trademark',
      on: '2026-03-02',
      itemsPerClass: [6],
      stages: ['filing', 'examination'],
    });
    expect(q.totalVnd).toBe(150_000 + 120_000 + 180_000 + 550_000);
    expect(q.lines.map((l) => l.code)).not.toContain('mark.search.extra_items');
  });

  it('counts classes and the items beyond six in each class', () => {
    const q = quoteFees(tables, { right: 'collective_mark', on: '2026-03-02', itemsPerClass: [8, 3, 10] });
    const line = (code: string) => q.lines.find((l) => l.code === code);
    expect(line('mark.search')?.quantity).toBe(3);
    expect(line('mark.search.extra_items')?.quantity).toBe(2 + 0 + 4);
    expect(line('mark.examination.extra_items')?.amountVnd).toBe(6 * 120_000);
    expect(q.totalVnd).toBe(150_000 + 120_000 + 3 * 180_000 + 6 * 30_000 + 3 * 550_000 + 6 * 120_000 + 3 * 120_000);
  });

  it('prices patents per independent claim and per page beyond six', () => {
    const q = quoteFees(tables, { right: 'patent', on: '2026-03-02', independentClaims: 2, descriptionPages: 15 });
    expect(q.lines.find((l) => l.code === 'invention.examination')?.amountVnd).toBe(1_800_000);
    expect(q.lines.find((l) => l.code === 'invention.extra_pages')?.quantity).toBe(9);
    expect(Number.isInteger(q.totalVnd)).toBe(true);
  });

  it('prices industrial designs per variant and per extra Locarno class', () => {
    const q = quoteFees(tables, { right: 'industrial_design', on: '2026-03-02', designs: 3, classes: 2 });
    expect(q.lines.find((l) => l.code === 'design.examination')?.amountVnd).toBe(2_100_000);
    expect(q.lines.find((l) => l.code === 'design.extra_classes')?.quantity).toBe(1);
  });

  it('uses the table in force on the day: a mid-year change', () => {
    const v2: FeeTable = {
      ...FEE_TABLE_2017,
      version: 2,
      effectiveFrom: '2026-07-01',
      items: FEE_TABLE_2017.items.map((i) => (i.code === 'filing' ? { ...i, unitVnd: 200_000 } : i)),
    };
    const before = quoteFees([FEE_TABLE_2017, v2], { right: 'trademark', on: '2026-06-30', itemsPerClass: [1] });
    const after = quoteFees([FEE_TABLE_2017, v2], { right: 'trademark', on: '2026-07-01', itemsPerClass: [1] });
    expect(after.tableVersion).toBe(2);
    expect(after.totalVnd - before.totalVnd).toBe(50_000);
  });

  it('refuses a date before any table', () => {
    expect(() => quoteFees(tables, { right: 'patent', on: '2010-01-01' })).toThrow(FeeTableNotFound);
  });

  it('flags a malformed table', () => {
    const bad: FeeTable = {
      ...FEE_TABLE_2017,
      items: [
        { ...(FEE_TABLE_2017.items[0] as FeeTable['items'][number]), unitVnd: 1.5 },
        { ...(FEE_TABLE_2017.items[0] as FeeTable['items'][number]) },
        { ...(FEE_TABLE_2017.items[3] as FeeTable['items'][number]), code: 'x', included: undefined },
      ],
    };
    expect(validateFeeTable(bad)).toEqual(['filing: unitVnd', 'filing: duplicate', 'x: included']);
  });
});
