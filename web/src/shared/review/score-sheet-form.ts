// The scoring form's state and checks, shared by initiative reviewers and incubation juries: one score
// box per criterion (as typed), the band the score falls in (its description is shown next to the box),
// the running weighted total, and the sheet the API takes. Ranges, steps and completeness are @sti/review's own rules (validateScoreSheet), so a draft may
// be incomplete and a final sheet must score every criterion, exactly as the server decides.
import {
  bandFor,
  type CriterionScore,
  type Rubric,
  type ScoreBand,
  type ScoreSheet,
  validateScoreSheet,
  weightedTotal,
} from '@sti/review';
import type { LocalizedText } from '../api/problem.ts';
import { parseNumber } from '../lib/parse-number.ts';

export interface ScoreFormState {
  /** criterion key → the score as typed */
  scores: Record<string, string>;
  /** criterion key → the reviewer's note on it */
  notes: Record<string, string>;
  comment: string;
}

export interface ScoreFieldError {
  /** `score.<criterion key>`, or `scores` for the sheet as a whole */
  field: string;
  message: LocalizedText;
}

export function scoreFormOf(
  sheet:
    | { scores: readonly { criterion: string; score: number; comment?: string | undefined }[]; comment?: string | null }
    | null
    | undefined,
): ScoreFormState {
  const scores: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const s of sheet?.scores ?? []) {
    scores[s.criterion] = String(s.score);
    if (s.comment) notes[s.criterion] = s.comment;
  }
  return { scores, notes, comment: sheet?.comment ?? '' };
}

/** The scores that hold a number, in the rubric's order (what a draft saves). */
export function criterionScores(rubric: Rubric, state: ScoreFormState): CriterionScore[] {
  const out: CriterionScore[] = [];
  for (const c of rubric.criteria) {
    const value = parseNumber(state.scores[c.key] ?? '');
    if (value === null) continue;
    const note = (state.notes[c.key] ?? '').trim();
    out.push({ criterion: c.key, score: value, ...(note ? { comment: note } : {}) });
  }
  return out;
}

export function toScoreSheet(rubric: Rubric, state: ScoreFormState, status: 'draft' | 'final'): ScoreSheet {
  const comment = state.comment.trim();
  return {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    status,
    scores: criterionScores(rubric, state),
    ...(comment ? { comment } : {}),
  };
}

/** The body of PUT /sheet and POST /submit: the scores that hold a number and the comment. */
export function toSheetInput(rubric: Rubric, state: ScoreFormState): { scores: CriterionScore[]; comment?: string } {
  const comment = state.comment.trim();
  return { scores: criterionScores(rubric, state), ...(comment ? { comment } : {}) };
}

/** Problems for a save as draft or as final: text that is not a number, then the engine's rules. */
export function validateScoreForm(rubric: Rubric, state: ScoreFormState, status: 'draft' | 'final'): ScoreFieldError[] {
  const errors: ScoreFieldError[] = [];
  for (const c of rubric.criteria) {
    const text = (state.scores[c.key] ?? '').trim();
    if (text !== '' && parseNumber(text) === null)
      errors.push({
        field: `score.${c.key}`,
        message: { vi: `Điểm "${c.title.vi}" phải là một số.`, en: `The score for "${c.title.en}" must be a number.` },
      });
  }
  const sheet = toScoreSheet(rubric, state, status);
  for (const issue of validateScoreSheet(rubric, sheet)) {
    const [head, index] = issue.path;
    const entry = head === 'scores' && typeof index === 'number' ? sheet.scores[index] : undefined;
    let field = entry ? `score.${entry.criterion}` : 'scores';
    if (issue.code === 'score.missing') {
      // the engine reports a missing criterion on the whole sheet; the form puts it on the criterion's box
      const missing = rubric.criteria.find((c) => issue.message.en.includes(`"${c.title.en}"`));
      if (missing) field = `score.${missing.key}`;
    }
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  return errors;
}

/** The running total (criteria scored so far) on the rubric's scale. */
export function runningTotal(rubric: Rubric, state: ScoreFormState): number {
  const valid = criterionScores(rubric, state).filter((s) => {
    const c = rubric.criteria.find((x) => x.key === s.criterion);
    return c !== undefined && s.score >= c.min && s.score <= c.max;
  });
  return weightedTotal(rubric, valid);
}

/** The band the typed score falls in, for its description next to the box. */
export function bandOf(rubric: Rubric, key: string, text: string): ScoreBand | undefined {
  const c = rubric.criteria.find((x) => x.key === key);
  const value = parseNumber(text);
  return c && value !== null ? bandFor(c, value) : undefined;
}
