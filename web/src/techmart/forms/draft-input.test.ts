import { describe, expect, it } from 'vitest';
import { formFieldOf, isDirty, pruneEmpty } from './draft-input.ts';

describe('pruneEmpty', () => {
  it('keeps what the user typed and drops what they did not', () => {
    expect(
      pruneEmpty({
        title: 'Máy sấy nông sản',
        summary: '  ',
        keywords: [],
        trl: 0,
        contact: { name: 'Chị Lan', email: '' },
        equipment: { specifications: [{ name: '', value: '' }] },
      }),
    ).toEqual({ title: 'Máy sấy nông sản', trl: 0, contact: { name: 'Chị Lan' } });
  });
});

describe('isDirty', () => {
  it('ignores empty fields added by the form but notices a typed character', () => {
    expect(isDirty({ title: 'A' }, { title: 'A', summary: '' })).toBe(false);
    expect(isDirty({ title: 'A' }, { title: 'AB' })).toBe(true);
    expect(isDirty(undefined, { title: '' })).toBe(false);
  });
});

describe('formFieldOf', () => {
  it('maps the server’s field names onto the form’s', () => {
    expect(formFieldOf('/price/amountVnd')).toBe('price.amountVnd');
    expect(formFieldOf('input.contact.email')).toBe('contact.email');
    expect(formFieldOf('equipment.specifications[0].name')).toBe('equipment.specifications.0.name');
  });
});
