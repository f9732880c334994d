import { describe, expect, it } from 'vitest';
import {
  emptyNeedForm,
  emptyOnBehalfOf,
  isIsoDate,
  type NeedFormState,
  needServerField,
  toNeedInput,
  toNeedIntakeInput,
  validateNeed,
} from './needForm.ts';

function valid(): NeedFormState {
  return {
    ...emptyNeedForm(),
    title: 'Cần công nghệ sấy xoài',
    problem: 'Hợp tác xã cần sấy xoài giữ màu, giảm chi phí điện so với lò sấy hiện tại.',
    sectorCode: 'agri',
    provinceCode: '87',
    contactName: 'Trần Thị Bích',
  };
}
const fields = (f: NeedFormState, o?: Parameters<typeof validateNeed>[1]) => validateNeed(f, o).map((e) => e.field);

describe('need form validation (mirrors the Techmart need schema)', () => {
  it('accepts a complete need with only the required fields', () => {
    expect(validateNeed(valid())).toEqual([]);
  });
  it('reports every missing required field', () => {
    expect(fields(emptyNeedForm())).toEqual([
      'title',
      'problem',
      'sectorCode',
      'locality.provinceCode',
      'contact.name',
    ]);
  });
  it('counts lengths after the server normalisation', () => {
    expect(fields({ ...valid(), title: '  a    b  ' })).toContain('title');
    expect(fields({ ...valid(), title: 'x'.repeat(200) })).not.toContain('title');
    expect(fields({ ...valid(), title: 'x'.repeat(201) })).toContain('title');
    expect(fields({ ...valid(), problem: 'ngắn quá' })).toContain('problem');
    expect(fields({ ...valid(), problem: 'p'.repeat(20_001) })).toContain('problem');
  });
  it('checks the budget range: digits, within 10^16, minimum ≤ maximum', () => {
    expect(fields({ ...valid(), budgetMin: '150000000', budgetMax: '400000000' })).toEqual([]);
    expect(fields({ ...valid(), budgetMin: '150.000.000' })).toEqual([]);
    expect(fields({ ...valid(), budgetMin: '1,5tr' })).toContain('budget.minVnd');
    expect(fields({ ...valid(), budgetMax: `1${'0'.repeat(17)}` })).toContain('budget.maxVnd');
    expect(fields({ ...valid(), budgetMin: '500', budgetMax: '400' })).toEqual(['budget.maxVnd']);
  });
  it('accepts only real calendar dates for the wanted-by date', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
    expect(fields({ ...valid(), wantedBy: '2026-13-01' })).toEqual(['wantedBy']);
  });
  it('checks the contact like the offer form', () => {
    expect(fields({ ...valid(), contactEmail: 'không-phải-email' })).toEqual(['contact.email']);
    expect(fields({ ...valid(), contactPhone: 'abc' })).toEqual(['contact.phone']);
  });
  it('requires the organisation for an intake: a chosen one or a name of 2–200 characters', () => {
    expect(fields(valid(), emptyOnBehalfOf())).toEqual(['onBehalfOf.organisationName']);
    expect(fields(valid(), { mode: 'existing', organisationId: '', organisationName: '' })).toEqual([
      'onBehalfOf.organisationId',
    ]);
    expect(fields(valid(), { mode: 'name', organisationId: '', organisationName: 'HTX Xoài Mỹ Xương' })).toEqual([]);
    expect(fields(valid(), { mode: 'name', organisationId: '', organisationName: 'x'.repeat(201) })).toEqual([
      'onBehalfOf.organisationName',
    ]);
  });
  it('builds the API input, leaving optional fields out when empty', () => {
    const plain = toNeedInput(valid());
    expect(plain).not.toHaveProperty('budget');
    expect(plain).not.toHaveProperty('desiredTrl');
    expect(plain).not.toHaveProperty('wantedBy');
    expect(plain.locality).toEqual({ provinceCode: '87' });
    const full = toNeedInput({
      ...valid(),
      desiredTrl: '6',
      budgetMax: '9007199254740993',
      wantedBy: '2026-12-31',
      keywords: 'sấy, xoài, Sấy',
      communeCode: '30268',
    });
    expect(full.budget).toEqual({ maxVnd: '9007199254740993' });
    expect(full.desiredTrl).toBe(6);
    expect(full.wantedBy).toBe('2026-12-31');
    expect(full.keywords).toEqual(['sấy', 'xoài']);
    expect(full.locality).toEqual({ provinceCode: '87', communeCode: '30268' });
  });
  it('sends onBehalfOf as an organisation id or a name', () => {
    const id = '01920000-0000-7000-8000-00000000000a';
    expect(
      toNeedIntakeInput(valid(), { mode: 'existing', organisationId: id, organisationName: 'x' }).onBehalfOf,
    ).toEqual({ organisationId: id });
    expect(
      toNeedIntakeInput(valid(), { mode: 'name', organisationId: id, organisationName: '  HTX   Mỹ Hiệp ' }).onBehalfOf,
    ).toEqual({ organisationName: 'HTX Mỹ Hiệp' });
  });
  it('maps server field paths to form fields', () => {
    expect(needServerField('/budget/maxVnd')).toBe('budget.maxVnd');
    expect(needServerField('body.keywords[3]')).toBe('keywords');
    expect(needServerField('locality')).toBe('locality.provinceCode');
    expect(needServerField('onBehalfOf.organisationId')).toBe('onBehalfOf.organisationId');
  });
});
