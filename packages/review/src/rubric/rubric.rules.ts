// The rubric's semantic rules. Returns every problem found (not the first), each with a stable code,
// Vietnamese and English texts and its path, so an admin form can mark all bad fields at once.
import { onStep, sameScore } from '../shared/numbers.js';
import { issue, type ReviewIssue } from '../shared/review-issue.js';
import type { Rubric, RubricCriterion, ScoreBand } from './rubric.schema.js';

export function validateRubric(rubric: Rubric): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  const seen = new Map<string, number>();
  rubric.criteria.forEach((criterion, index) => {
    const first = seen.get(criterion.key);
    if (first !== undefined) {
      issues.push(
        issue(
          'rubric.duplicate_criterion',
          ['criteria', index, 'key'],
          `Tiêu chí "${criterion.key}" bị trùng (đã có ở vị trí ${first + 1}).`,
          `Criterion "${criterion.key}" is duplicated (already at position ${first + 1}).`,
        ),
      );
    } else seen.set(criterion.key, index);
    issues.push(...validateCriterion(criterion, ['criteria', index]));
  });

  const weights = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  if (!sameScore(weights, rubric.totalWeight)) {
    issues.push(
      issue(
        'rubric.weights_sum',
        ['criteria'],
        `Tổng trọng số các tiêu chí là ${fmt(weights)}, phải bằng ${fmt(rubric.totalWeight)}.`,
        `The criteria's weights add up to ${fmt(weights)}; they must add up to ${fmt(rubric.totalWeight)}.`,
      ),
    );
  }
  if (rubric.maxTotal !== undefined) {
    const maxima = rubric.criteria.reduce((sum, c) => sum + c.max, 0);
    if (!sameScore(maxima, rubric.maxTotal)) {
      issues.push(
        issue(
          'rubric.maxima_sum',
          ['criteria'],
          `Tổng điểm tối đa các tiêu chí là ${fmt(maxima)}, phải bằng ${fmt(rubric.maxTotal)}.`,
          `The criteria's maximum scores add up to ${fmt(maxima)}; they must add up to ${fmt(rubric.maxTotal)}.`,
        ),
      );
    }
  }
  return issues;
}

function validateCriterion(c: RubricCriterion, at: (string | number)[]): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  if (c.max <= c.min) {
    issues.push(
      issue(
        'criterion.range',
        [...at, 'max'],
        `Điểm tối đa (${fmt(c.max)}) phải lớn hơn điểm tối thiểu (${fmt(c.min)}).`,
        `The maximum score (${fmt(c.max)}) must be greater than the minimum (${fmt(c.min)}).`,
      ),
    );
    return issues; // bands cannot be checked against an empty range
  }
  if (!onStep(c.max, c.min, c.step)) {
    issues.push(
      issue(
        'criterion.step',
        [...at, 'step'],
        `Khoảng điểm ${fmt(c.min)}–${fmt(c.max)} không chia hết cho bước ${fmt(c.step)}.`,
        `The range ${fmt(c.min)}–${fmt(c.max)} is not a whole number of steps of ${fmt(c.step)}.`,
      ),
    );
  }
  issues.push(...validateBands(c, at));
  return issues;
}

/** Bands, taken in ascending order, tile [min, max] on the step grid: next.min = previous.max + step. */
function validateBands(c: RubricCriterion, at: (string | number)[]): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  const usable: { band: ScoreBand; index: number }[] = [];
  c.bands.forEach((band, index) => {
    const path = [...at, 'bands', index];
    if (band.min > band.max) {
      issues.push(
        issue(
          'band.range',
          [...path, 'max'],
          `Mức điểm có cận dưới ${fmt(band.min)} lớn hơn cận trên ${fmt(band.max)}.`,
          `The band's lower bound ${fmt(band.min)} is above its upper bound ${fmt(band.max)}.`,
        ),
      );
      return;
    }
    if (band.min < c.min || band.max > c.max) {
      issues.push(
        issue(
          'band.outside_range',
          path,
          `Mức điểm ${fmt(band.min)}–${fmt(band.max)} nằm ngoài khoảng điểm ${fmt(c.min)}–${fmt(c.max)} của tiêu chí.`,
          `The band ${fmt(band.min)}–${fmt(band.max)} lies outside the criterion's range ${fmt(c.min)}–${fmt(c.max)}.`,
        ),
      );
    }
    if (!onStep(band.min, c.min, c.step) || !onStep(band.max, c.min, c.step)) {
      issues.push(
        issue(
          'band.step',
          path,
          `Cận của mức điểm ${fmt(band.min)}–${fmt(band.max)} không khớp bước điểm ${fmt(c.step)}.`,
          `The band ${fmt(band.min)}–${fmt(band.max)} does not sit on the score step of ${fmt(c.step)}.`,
        ),
      );
    }
    usable.push({ band, index });
  });
  if (usable.length === 0) return issues;

  usable.sort((a, b) => a.band.min - b.band.min || a.band.max - b.band.max);
  const first = usable[0] as { band: ScoreBand; index: number };
  const last = usable.reduce((top, x) => (x.band.max > top.band.max ? x : top), first);
  if (first.band.min > c.min) {
    issues.push(
      issue(
        'band.gap',
        [...at, 'bands', first.index, 'min'],
        `Không có mức điểm nào cho điểm từ ${fmt(c.min)} đến ${fmt(first.band.min - c.step)}.`,
        `No band covers the scores from ${fmt(c.min)} to ${fmt(first.band.min - c.step)}.`,
      ),
    );
  }
  if (last.band.max < c.max) {
    issues.push(
      issue(
        'band.gap',
        [...at, 'bands', last.index, 'max'],
        `Không có mức điểm nào cho điểm từ ${fmt(last.band.max + c.step)} đến ${fmt(c.max)}.`,
        `No band covers the scores from ${fmt(last.band.max + c.step)} to ${fmt(c.max)}.`,
      ),
    );
  }
  for (let i = 1; i < usable.length; i++) {
    const prev = usable[i - 1] as { band: ScoreBand; index: number };
    const cur = usable[i] as { band: ScoreBand; index: number };
    const expected = prev.band.max + c.step;
    if (cur.band.min <= prev.band.max) {
      issues.push(
        issue(
          'band.overlap',
          [...at, 'bands', cur.index, 'min'],
          `Mức điểm ${fmt(cur.band.min)}–${fmt(cur.band.max)} chồng lên mức ${fmt(prev.band.min)}–${fmt(prev.band.max)}.`,
          `The band ${fmt(cur.band.min)}–${fmt(cur.band.max)} overlaps the band ${fmt(prev.band.min)}–${fmt(prev.band.max)}.`,
        ),
      );
    } else if (!sameScore(cur.band.min, expected) && cur.band.min > expected) {
      issues.push(
        issue(
          'band.gap',
          [...at, 'bands', cur.index, 'min'],
          `Không có mức điểm nào cho điểm từ ${fmt(expected)} đến ${fmt(cur.band.min - c.step)}.`,
          `No band covers the scores from ${fmt(expected)} to ${fmt(cur.band.min - c.step)}.`,
        ),
      );
    }
  }
  return issues;
}

/** The band a score falls in (for the scoring form's description), or undefined outside the range. */
export function bandFor(criterion: RubricCriterion, score: number): ScoreBand | undefined {
  return criterion.bands.find((b) => score >= b.min - 1e-9 && score <= b.max + 1e-9);
}

const fmt = (x: number) => String(Number(x.toFixed(6)));
