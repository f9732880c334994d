import { describe, expect, it } from 'vitest';
import {
  emptyCriterion,
  rubricTotals,
  type RubricFormState,
  templateRubric,
  validateRubricForm,
} from './rubric-form.ts';

const withCriterion = (state: RubricFormState, i: number, patch: Partial<RubricFormState['criteria'][number]>) => ({
  ...state,
  criteria: state.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)),
});

describe('rubric editor validation', () => {
  it('accepts the template: weights add up to 100 and the bands tile each range', () => {
    const { errors, rubric } = validateRubricForm(templateRubric());
    expect(errors).toEqual([]);
    expect(rubric?.criteria.map((c) => c.key)).toEqual(['novelty', 'applicability', 'effectiveness', 'scope']);
  });

  it('shows the weights total live and refuses weights that do not add up to 100', () => {
    const state = withCriterion(templateRubric(), 3, { weight: '15' });
    expect(rubricTotals(state)).toEqual({ weights: 105, maxima: 100, target: 100 });
    const { errors } = validateRubricForm(state);
    expect(errors).toContainEqual({
      field: 'criteria',
      message: expect.objectContaining({ vi: 'Tổng trọng số các tiêu chí là 105, phải bằng 100.' }),
    });
  });

  it('puts a gap between bands on the band that starts too late', () => {
    const base = templateRubric();
    const c0 = base.criteria[0];
    if (!c0) throw new Error('template');
    const bands = c0.bands.map((b, j) => (j === 1 ? { ...b, min: '13' } : b));
    const { errors } = validateRubricForm(withCriterion(base, 0, { bands }));
    expect(errors.map((e) => e.field)).toEqual(['criteria.0.bands.1.min']);
    expect(errors[0]?.message.en).toBe('No band covers the scores from 11 to 12.');
  });

  it('puts overlapping bands on the later band', () => {
    const base = templateRubric();
    const c1 = base.criteria[1];
    if (!c1) throw new Error('template');
    const bands = c1.bands.map((b, j) => (j === 2 ? { ...b, min: '15' } : b));
    const { errors } = validateRubricForm(withCriterion(base, 1, { bands }));
    expect(errors[0]).toMatchObject({
      field: 'criteria.1.bands.2.min',
      message: { en: expect.stringContaining('overlaps') },
    });
  });

  it('marks boxes that do not hold a number before anything else', () => {
    const { errors, rubric } = validateRubricForm(withCriterion(templateRubric(), 2, { weight: 'ba mươi' }));
    expect(rubric).toBeNull();
    expect(errors).toEqual([
      { field: 'criteria.2.weight', message: expect.objectContaining({ en: expect.any(String) }) },
    ]);
  });

  it('reports a new empty criterion on its own boxes in plain words (key, titles, maximum)', () => {
    const state = { ...templateRubric(), criteria: [...templateRubric().criteria, emptyCriterion()] };
    const fields = validateRubricForm(state).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['criteria.4.key', 'criteria.4.titleVi', 'criteria.4.weight']));
    const keyError = validateRubricForm(state).errors.find((e) => e.field === 'criteria.4.key');
    expect(keyError?.message.vi).toContain('chữ thường không dấu');
  });
});
