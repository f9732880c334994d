import { describe, expect, it } from 'vitest';
import {
  emptyForm,
  normaliseServerField,
  parseKeywords,
  toOfferInput,
  validateOffer,
  type OfferFormState,
} from './offerForm.ts';

function valid(): OfferFormState {
  return {
    ...emptyForm(),
    title: 'Máy sấy nông sản',
    summary: 'Hệ thống sấy nông sản bằng năng lượng mặt trời.',
    sectorCode: 'agri',
    trl: '7',
    ipStatus: 'none',
    transferModes: ['licence'],
    provinceCode: '82',
    contactName: 'Nguyễn Văn An',
  };
}
const fields = (f: OfferFormState) => validateOffer(f).map((e) => e.field);

describe('offer form validation (mirrors the Techmart limits)', () => {
  it('accepts a complete technology offer', () => {
    expect(validateOffer(valid())).toEqual([]);
  });
  it('reports every missing required field', () => {
    expect(fields(emptyForm())).toEqual([
      'title',
      'summary',
      'sectorCode',
      'trl',
      'ipStatus',
      'transferModes',
      'locality.provinceCode',
      'contact.name',
    ]);
  });
  it('counts length after the server normalisation (collapsed whitespace)', () => {
    expect(fields({ ...valid(), title: '  a    b  ' })).toContain('title');
    expect(fields({ ...valid(), title: 'x'.repeat(200) })).not.toContain('title');
    expect(fields({ ...valid(), title: 'x'.repeat(201) })).toContain('title');
    expect(fields({ ...valid(), summary: 's'.repeat(501) })).toContain('summary');
    expect(fields({ ...valid(), description: 'd'.repeat(20_001) })).toContain('description');
  });
  it('limits keywords to 20', () => {
    const many = Array.from({ length: 21 }, (_, i) => `k${i}`).join(', ');
    expect(fields({ ...valid(), keywords: many })).toContain('keywords');
    expect(parseKeywords('Sấy, sấy , , nông sản')).toEqual(['Sấy', 'nông sản']);
  });
  it('checks the amount as a digit string within range', () => {
    expect(fields({ ...valid(), priceMode: 'amount', amountVnd: '150000000' })).toEqual([]);
    expect(fields({ ...valid(), priceMode: 'amount', amountVnd: '1.5' })).toContain('price.amountVnd');
    expect(fields({ ...valid(), priceMode: 'amount', amountVnd: '0' })).toContain('price.amountVnd');
    expect(fields({ ...valid(), priceMode: 'amount', amountVnd: `1${'0'.repeat(17)}` })).toContain('price.amountVnd');
  });
  it('requires equipment details for equipment offers', () => {
    const f = { ...valid(), kind: 'equipment' as const, quantity: '0', specs: [{ name: 'Công suất', value: '' }] };
    expect(fields(f)).toEqual(['equipment.condition', 'equipment.quantity', 'equipment.specifications.0']);
  });
  it('lets a used machine leave TRL and IP status empty, a new one not', () => {
    const machine = (condition: OfferFormState['condition']): OfferFormState => ({
      ...valid(),
      kind: 'equipment',
      condition,
      quantity: '1',
      trl: '',
      ipStatus: '',
    });
    expect(fields(machine('used_good'))).toEqual([]);
    expect(fields(machine('refurbished'))).toEqual([]);
    expect(fields(machine('new'))).toEqual(['trl', 'ipStatus']);
    expect(fields({ ...valid(), trl: '', ipStatus: '' })).toEqual(['trl', 'ipStatus']);
    const input = toOfferInput(machine('used_fair'));
    expect(input.trl).toBeNull();
    expect(input.ipStatus).toBeNull();
  });
  it('builds the API input with the amount as a string and no equipment for technology', () => {
    const input = toOfferInput({ ...valid(), priceMode: 'amount', amountVnd: '9007199254740993', keywords: 'a, b' });
    expect(input.price).toEqual({ amountVnd: '9007199254740993' });
    expect(input.keywords).toEqual(['a', 'b']);
    expect(input.trl).toBe(7);
    expect(input.equipment).toBeUndefined();
    expect(input.locality).toEqual({ provinceCode: '82' });
  });
  it('maps server field paths to form fields', () => {
    expect(normaliseServerField('contact.email')).toBe('contact.email');
    expect(normaliseServerField('/locality/provinceCode')).toBe('locality.provinceCode');
    expect(normaliseServerField('price')).toBe('price.amountVnd');
    expect(normaliseServerField('keywords.3')).toBe('keywords');
    expect(normaliseServerField('equipment.specifications.2.value')).toBe('equipment.specifications.2');
  });
});
