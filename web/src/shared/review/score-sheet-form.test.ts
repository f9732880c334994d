import { parseRubric, type Rubric } from '@sti/review';
import { describe, expect, it } from 'vitest';
import { validateRubricForm, templateRubric } from '../../initiatives/council/rubric-form.ts';
import { bandOf, runningTotal, toScoreSheet, validateScoreForm } from './score-sheet-form.ts';

function rubric(): Rubric {
  const r = validateRubricForm(templateRubric(), { id: 'r1', version: 2 }).rubric;
  if (!r) throw new Error('template rubric invalid');
  const again = parseRubric(r);
  if (!again.ok) throw new Error('not parseable');
  return again.rubric;
}

const form = (scores: Record<string, string>) => ({ scores, notes: {}, comment: '' });

describe('blind scoring form', () => {
  it('lets a draft leave criteria out and saves only the scored ones', () => {
    const state = form({ novelty: '25', applicability: '' });
    expect(validateScoreForm(rubric(), state, 'draft')).toEqual([]);
    expect(toScoreSheet(rubric(), state, 'draft')).toEqual({
      rubricId: 'r1',
      rubricVersion: 2,
      status: 'draft',
      scores: [{ criterion: 'novelty', score: 25 }],
    });
  });

  it('refuses a final sheet with a criterion left out, on that criterion', () => {
    const errors = validateScoreForm(
      rubric(),
      form({ novelty: '25', applicability: '20', effectiveness: '18' }),
      'final',
    );
    expect(errors.map((e) => e.field)).toEqual(['score.scope']);
  });

  it('refuses a score above the criterion maximum and text that is not a number', () => {
    const errors = validateScoreForm(rubric(), form({ novelty: '31', scope: 'mười' }), 'draft');
    expect(errors).toEqual([
      {
        field: 'score.scope',
        message: expect.objectContaining({ en: 'The score for "Scope of application" must be a number.' }),
      },
      { field: 'score.novelty', message: expect.objectContaining({ vi: 'Điểm "Tính mới" phải từ 0 đến 30.' }) },
    ]);
  });

  it('shows the running total and the band of each typed score', () => {
    const state = form({ novelty: '25', applicability: '20', effectiveness: '40', scope: '5,5' });
    // effectiveness 40 is out of range and does not count; scope 5.5 is off the step but counts as typed
    expect(runningTotal(rubric(), state)).toBe(50.5);
    expect(bandOf(rubric(), 'novelty', '25')?.description.vi).toBe('Cao');
    expect(bandOf(rubric(), 'novelty', '5')?.description.en).toBe('Low');
    expect(bandOf(rubric(), 'novelty', '')).toBeUndefined();
  });
});
