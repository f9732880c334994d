import { describe, expect, it } from 'vitest';
import {
  emptyExpertForm,
  type ExpertFormState,
  expertFormFromExpert,
  expertServerField,
  toExpertInput,
  validateExpert,
} from './expertForm.ts';

function valid(): ExpertFormState {
  return {
    ...emptyExpertForm(),
    fullName: 'Lê Minh Châu',
    academicTitle: 'PGS.TS.',
    fieldCodes: ['agri'],
    provinceCode: '87',
    contactName: 'Lê Minh Châu',
  };
}
const fields = (f: ExpertFormState) => validateExpert(f).map((e) => e.field);

describe('expert profile validation (mirrors the Techmart expert schema)', () => {
  it('accepts a complete profile', () => {
    expect(validateExpert(valid())).toEqual([]);
  });
  it('reports every missing required field', () => {
    expect(fields(emptyExpertForm())).toEqual(['fullName', 'fieldCodes', 'locality.provinceCode', 'contact.name']);
  });
  it('limits the name, the academic title and the biography', () => {
    expect(fields({ ...valid(), fullName: ' A ' })).toEqual(['fullName']);
    expect(fields({ ...valid(), academicTitle: 'x'.repeat(41) })).toEqual(['academicTitle']);
    expect(fields({ ...valid(), biography: 'b'.repeat(5001) })).toEqual(['biography']);
  });
  it('takes one to five distinct fields of expertise', () => {
    expect(fields({ ...valid(), fieldCodes: ['a', 'b', 'c', 'd', 'e'] })).toEqual([]);
    expect(fields({ ...valid(), fieldCodes: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual(['fieldCodes']);
    expect(toExpertInput({ ...valid(), fieldCodes: ['a', 'a'] }).fieldCodes).toEqual(['a']);
  });
  it('checks each result: title 3–300, year 1950–2100, a kind', () => {
    const ok = { title: 'Quy trình sấy xoài', year: '2021', kind: 'project' as const };
    expect(fields({ ...valid(), results: [ok] })).toEqual([]);
    expect(fields({ ...valid(), results: [ok, { ...ok, year: '1949' }] })).toEqual(['results.1']);
    expect(fields({ ...valid(), results: [{ ...ok, title: 'ab' }] })).toEqual(['results.0']);
    expect(fields({ ...valid(), results: [{ ...ok, kind: '' }] })).toEqual(['results.0']);
    expect(fields({ ...valid(), results: [{ ...ok, year: '20x1' }] })).toEqual(['results.0']);
  });
  it('builds the API input with numbers and without an empty academic title', () => {
    const input = toExpertInput({
      ...valid(),
      academicTitle: '  ',
      results: [{ title: ' Giải  thưởng ', year: '2019', kind: 'award' }],
      availableForConsulting: false,
    });
    expect(input).not.toHaveProperty('academicTitle');
    expect(input.results).toEqual([{ title: 'Giải thưởng', year: 2019, kind: 'award' }]);
    expect(input.availableForConsulting).toBe(false);
  });
  it('fills the form from a profile', () => {
    const f = expertFormFromExpert({
      id: 'e1',
      fullName: 'Đinh Văn Khải',
      fields: [{ code: 'agri', nameVi: 'Nông nghiệp', nameEn: 'Agriculture' }],
      results: [{ title: 'Giải thưởng', year: 2019, kind: 'award' }],
      availableForConsulting: true,
    } as Parameters<typeof expertFormFromExpert>[0]);
    expect(f.fieldCodes).toEqual(['agri']);
    expect(f.results).toEqual([{ title: 'Giải thưởng', year: '2019', kind: 'award' }]);
  });
  it('maps server field paths to form fields', () => {
    expect(expertServerField('results.2.year')).toBe('results.2');
    expect(expertServerField('/fieldCodes/0')).toBe('fieldCodes');
    expect(expertServerField('contact.email')).toBe('contact.email');
  });
});
