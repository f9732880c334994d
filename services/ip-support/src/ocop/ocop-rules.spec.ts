import { describe, expect, it } from 'vitest';
import {
  barcodeProblems,
  canMove,
  gtinValid,
  itemProblems,
  labelProblems,
  type OcopItemCode,
  type ReadinessStatus,
  readinessSummary,
  ruleSetOn,
  withCheckDigit,
} from './ocop-rules.js';
import { BUILT_IN_OCOP_RULE_SETS } from './ocop-rules.data.js';

const rules2022 = ruleSetOn(BUILT_IN_OCOP_RULE_SETS, '2026-12-05');
if (!rules2022) throw new Error('no rule set in force');
const FOOD_FIELDS = [
  'product_name',
  'responsible_party',
  'origin',
  'production_date',
  'expiry_date',
  'ingredients',
  'use_and_storage',
];

describe('ruleSetOn', () => {
  it('picks the version in force on the day, by effective date', () => {
    expect(ruleSetOn(BUILT_IN_OCOP_RULE_SETS, '2017-05-31')).toBeNull();
    expect(ruleSetOn(BUILT_IN_OCOP_RULE_SETS, '2017-06-01')?.effectiveFrom).toBe('2017-06-01');
    expect(ruleSetOn(BUILT_IN_OCOP_RULE_SETS, '2022-02-14')?.effectiveFrom).toBe('2017-06-01');
    expect(ruleSetOn(BUILT_IN_OCOP_RULE_SETS, '2022-02-15')?.effectiveFrom).toBe('2022-02-15');
    expect(rules2022.items.find((i) => i.code === 'label')?.hintVi).toContain('sản xuất tại');
  });
});

describe('barcode', () => {
  it('checks the GS1 check digit', () => {
    expect(gtinValid('5901234123457')).toBe(true);
    expect(gtinValid('5901234123458')).toBe(false);
    expect(gtinValid('8935001234562')).toBe(true);
    expect(gtinValid('893500123456')).toBe(false);
    expect(gtinValid('89350012345a2')).toBe(false);
    expect(withCheckDigit('893500123456')).toBe('8935001234562');
    expect(withCheckDigit('590123412345')).toBe('5901234123457');
  });

  it('wants a Vietnamese company prefix and a GTIN-13 under it', () => {
    expect(barcodeProblems({ companyPrefix: '8935001', gtin: '8935001234562' })).toEqual([]);
    expect(barcodeProblems({})).toEqual(['prefix_missing', 'gtin_missing']);
    expect(barcodeProblems({ companyPrefix: '8945001', gtin: '8935001234562' })).toEqual(['prefix_invalid']);
    expect(barcodeProblems({ companyPrefix: '8935002', gtin: '8935001234562' })).toEqual(['gtin_not_under_prefix']);
    expect(barcodeProblems({ companyPrefix: '8935001', gtin: '8935001234563' })).toEqual(['gtin_invalid']);
  });
});

describe('label', () => {
  it('accepts a pre-packed food label with every mandatory item and a well-written net quantity', () => {
    expect(
      labelProblems(rules2022, {
        category: 'food',
        prepacked: true,
        fieldsPresent: FOOD_FIELDS,
        netQuantity: { value: 500, unit: 'g', digitHeightMm: 4 },
      }),
    ).toEqual([]);
  });

  it('names the missing mandatory items', () => {
    const problems = labelProblems(rules2022, {
      category: 'food',
      prepacked: true,
      fieldsPresent: ['product_name', 'origin'],
      netQuantity: { value: 500, unit: 'g', digitHeightMm: 4 },
    });
    expect(problems).toContainEqual({ code: 'field_missing', field: 'responsible_party' });
    expect(problems).toContainEqual({ code: 'field_missing', field: 'expiry_date' });
    expect(problems).not.toContainEqual({ code: 'field_missing', field: 'warnings' });
  });

  it('checks the net quantity of pre-packed goods: present, a legal unit, digits tall enough for the amount', () => {
    const base = { category: 'food' as const, prepacked: true, fieldsPresent: FOOD_FIELDS };
    expect(labelProblems(rules2022, { ...base, netQuantity: null })).toEqual([{ code: 'net_quantity_missing' }]);
    expect(labelProblems(rules2022, { ...base, netQuantity: { value: 1, unit: 'lạng', digitHeightMm: 6 } })).toEqual([
      { code: 'net_quantity_unit_not_legal', unit: 'lạng' },
    ]);
    // 40 g needs 2 mm, 150 g 3 mm, 500 g 4 mm, 2 kg 6 mm
    expect(labelProblems(rules2022, { ...base, netQuantity: { value: 40, unit: 'g', digitHeightMm: 2 } })).toEqual([]);
    expect(labelProblems(rules2022, { ...base, netQuantity: { value: 150, unit: 'g', digitHeightMm: 2 } })).toEqual([
      { code: 'net_quantity_digits_too_small', minHeightMm: 3 },
    ]);
    expect(labelProblems(rules2022, { ...base, netQuantity: { value: 2, unit: 'kg', digitHeightMm: 4 } })).toEqual([
      { code: 'net_quantity_digits_too_small', minHeightMm: 6 },
    ]);
    expect(labelProblems(rules2022, { ...base, netQuantity: { value: 1, unit: 'L', digitHeightMm: 4 } })).toEqual([]);
  });

  it('does not ask for a net quantity on goods that are not pre-packed, nor food items on handicrafts', () => {
    expect(labelProblems(rules2022, { category: 'food', prepacked: false, fieldsPresent: FOOD_FIELDS })).toEqual([]);
    expect(
      labelProblems(rules2022, {
        category: 'handicraft',
        prepacked: true,
        fieldsPresent: ['product_name', 'responsible_party', 'origin', 'material'],
      }),
    ).toEqual([]);
  });
});

describe('itemProblems', () => {
  it('wants the publication of a base standard and an unexpired quality certificate', () => {
    expect(
      itemProblems(rules2022, 'base_standard', 'food', { standardCode: 'TCCS 01:2026/HTX' }, '2026-12-05'),
    ).toEqual(['publication_missing']);
    expect(
      itemProblems(
        rules2022,
        'quality_system',
        'food',
        { system: 'VietGAP', certificateNumber: 'VG-123', validUntil: '2026-01-01' },
        '2026-12-05',
      ),
    ).toEqual(['certificate_expired']);
    expect(itemProblems(rules2022, 'ip_right', 'food', { right: 'collective_mark' }, '2026-12-05')).toEqual([
      'certificate_missing',
    ]);
  });
});

describe('canMove', () => {
  it('lets the co-operative submit for review and the officer confirm or return', () => {
    expect(canMove('cooperative', 'in_progress', 'ready_for_review')).toBe(true);
    expect(canMove('cooperative', 'ready_for_review', 'done')).toBe(false);
    expect(canMove('officer', 'ready_for_review', 'done')).toBe(true);
    expect(canMove('officer', 'in_progress', 'done')).toBe(false);
    expect(canMove('cooperative', 'done', 'in_progress')).toBe(false);
    expect(canMove('officer', 'done', 'in_progress')).toBe(true);
  });
});

describe('readinessSummary', () => {
  const items = (statuses: Partial<Record<OcopItemCode, ReadinessStatus>>) =>
    (['label', 'barcode', 'base_standard', 'quality_system', 'ip_right'] as const).map((code) => ({
      code,
      status: statuses[code] ?? 'not_started',
    }));

  it('reaches 3 stars without a quality system, 4 only with it', () => {
    const three = readinessSummary(
      rules2022,
      items({ label: 'done', barcode: 'done', base_standard: 'done', ip_right: 'done' }),
      4,
    );
    expect(three).toMatchObject({ starsReached: 3, readyForTarget: false, done: 4, applicable: 5, percent: 80 });
    const four = readinessSummary(
      rules2022,
      items({ label: 'done', barcode: 'done', base_standard: 'done', ip_right: 'done', quality_system: 'done' }),
      4,
    );
    expect(four).toMatchObject({ starsReached: 5, readyForTarget: true, percent: 100 });
  });

  it('counts nothing for a product just enrolled', () => {
    expect(readinessSummary(rules2022, items({}), 3)).toMatchObject({ starsReached: 0, done: 0, percent: 0 });
  });
});
