import { describe, expect, it } from 'vitest';
import { initiativeRubricInput } from '../test-support/initiative-rubric.js';
import { parseRubric, reviseRubric } from './rubric.parse.js';
import { bandFor } from './rubric.rules.js';
import { type RubricInput, rubricSchema } from './rubric.schema.js';

type Criteria = RubricInput['criteria'];
const criterion = (i: number, rubric: RubricInput) => rubric.criteria[i] as Criteria[number];

function issuesOf(change: (r: RubricInput) => void) {
  const input = initiativeRubricInput();
  change(input);
  const result = parseRubric(input);
  return result.ok ? [] : result.issues;
}

describe('rubric validation', () => {
  it('accepts a well-formed rubric and fills defaults (min 0, step 1)', () => {
    const result = parseRubric(initiativeRubricInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rubric.criteria[1]).toMatchObject({ min: 0, step: 1 });
    expect(result.rubric.criteria[2]?.step).toBe(0.5);
  });

  it.each<[string, (r: RubricInput) => void, { code: string; path: (string | number)[] }[]]>([
    [
      'weights not adding up to 100',
      (r) => {
        criterion(3, r).weight = 15;
      },
      [{ code: 'rubric.weights_sum', path: ['criteria'] }],
    ],
    [
      'maxima not adding up to the declared total',
      (r) => {
        r.maxTotal = 90;
      },
      [{ code: 'rubric.maxima_sum', path: ['criteria'] }],
    ],
    [
      'a gap between two bands',
      (r) => {
        const bands = criterion(0, r).bands;
        (bands[1] as { min: number }).min = 12;
      },
      [{ code: 'band.gap', path: ['criteria', 0, 'bands', 1, 'min'] }],
    ],
    [
      'overlapping bands',
      (r) => {
        (criterion(0, r).bands[2] as { min: number }).min = 20;
      },
      [{ code: 'band.overlap', path: ['criteria', 0, 'bands', 2, 'min'] }],
    ],
    [
      'bands that stop short of the maximum',
      (r) => {
        (criterion(1, r).bands[1] as { max: number }).max = 28;
      },
      [{ code: 'band.gap', path: ['criteria', 1, 'bands', 1, 'max'] }],
    ],
    [
      'bands that start above the minimum',
      (r) => {
        (criterion(1, r).bands[0] as { min: number }).min = 1;
      },
      [{ code: 'band.gap', path: ['criteria', 1, 'bands', 0, 'min'] }],
    ],
    [
      'a band beyond the criterion range',
      (r) => {
        (criterion(3, r).bands[0] as { max: number }).max = 12;
      },
      [{ code: 'band.outside_range', path: ['criteria', 3, 'bands', 0] }],
    ],
    [
      'a band bound off the half-point grid',
      (r) => {
        (criterion(2, r).bands[0] as { max: number }).max = 14.7;
      },
      [{ code: 'band.step', path: ['criteria', 2, 'bands', 0] }],
    ],
    [
      'a reversed band',
      (r) => {
        Object.assign(criterion(0, r).bands[1] as object, { min: 20, max: 11 });
      },
      [
        { code: 'band.range', path: ['criteria', 0, 'bands', 1, 'max'] },
        { code: 'band.gap', path: ['criteria', 0, 'bands', 2, 'min'] },
      ],
    ],
    [
      'an empty range',
      (r) => {
        Object.assign(criterion(3, r), { min: 10, max: 10 });
      },
      [{ code: 'criterion.range', path: ['criteria', 3, 'max'] }],
    ],
    [
      'a range that is not a whole number of steps',
      (r) => {
        Object.assign(criterion(3, r), { step: 3, bands: [{ min: 0, max: 9, description: { vi: 'a', en: 'a' } }] });
      },
      [
        { code: 'criterion.step', path: ['criteria', 3, 'step'] },
        { code: 'band.gap', path: ['criteria', 3, 'bands', 0, 'max'] },
      ],
    ],
    [
      'a duplicated criterion key',
      (r) => {
        criterion(3, r).key = 'novelty';
      },
      [{ code: 'rubric.duplicate_criterion', path: ['criteria', 3, 'key'] }],
    ],
  ])('reports %s', (_name, change, expected) => {
    const issues = issuesOf(change);
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual(expected);
    for (const i of issues) {
      expect(i.message.vi.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
      expect(i.message.vi).not.toBe(i.message.en);
    }
  });

  it('reports every problem at once, with Vietnamese and English texts', () => {
    const issues = issuesOf((r) => {
      criterion(3, r).weight = 20;
      (criterion(0, r).bands[1] as { min: number }).min = 12;
    });
    expect(issues.map((i) => i.code).sort()).toEqual(['band.gap', 'rubric.weights_sum']);
    const weights = issues.find((i) => i.code === 'rubric.weights_sum');
    expect(weights?.message).toEqual({
      vi: 'Tổng trọng số các tiêu chí là 110, phải bằng 100.',
      en: "The criteria's weights add up to 110; they must add up to 100.",
    });
  });

  it('reports structural problems as issues with a path, not as a throw', () => {
    const result = parseRubric({ id: 'x', version: 0, title: { vi: 'a', en: 'a' }, criteria: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path.join('.')).sort()).toEqual(['criteria', 'version']);
    expect(result.issues.every((i) => i.code.startsWith('invalid.'))).toBe(true);
  });

  it('carries the rule code and both texts through the zod schema (for the services’ validation pipes)', () => {
    const input = initiativeRubricInput();
    criterion(3, input).weight = 5;
    const parsed = rubricSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const zi = parsed.error?.issues[0] as unknown as { params: unknown; path: unknown };
    expect(zi.path).toEqual(['criteria']);
    expect(zi.params).toMatchObject({ code: 'rubric.weights_sum', vi: expect.stringContaining('Tổng trọng số') });
  });

  it('accepts weights on another scale when the rubric says so', () => {
    const input = initiativeRubricInput();
    input.totalWeight = 1;
    input.criteria.forEach((c, i) => {
      c.weight = [0.3, 0.3, 0.3, 0.1][i] as number; // 0.3 + 0.3 + 0.3 + 0.1 is 0.9999999999999999 in floating point
    });
    expect(parseRubric(input).ok).toBe(true);
  });
});

describe('rubric versions', () => {
  it('a revision keeps the id, bumps the version and is validated again', () => {
    const v1 = parseRubric(initiativeRubricInput());
    if (!v1.ok) throw new Error('fixture must be valid');
    const { id: _id, version: _v, ...draft } = initiativeRubricInput();
    const v2 = reviseRubric(v1.rubric, { ...draft, title: { vi: 'Tiêu chí 2027', en: 'Rubric 2027' } });
    expect(v2.ok && { id: v2.rubric.id, version: v2.rubric.version }).toEqual({ id: 'rubric-initiatives', version: 2 });
    expect(v1.rubric.version).toBe(1);
    const bad = reviseRubric(v1.rubric, { ...draft, criteria: draft.criteria.slice(0, 3) });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['rubric.weights_sum', 'rubric.maxima_sum']);
  });
});

describe('bandFor', () => {
  it.each([
    [0, 'Minor improvement'],
    [10, 'Minor improvement'],
    [11, 'New within the unit'],
    [30, 'New within the province'],
    [31, undefined],
  ])('score %s falls in %s', (score, expected) => {
    const rubric = parseRubric(initiativeRubricInput());
    if (!rubric.ok) throw new Error('fixture must be valid');
    expect(bandFor(rubric.rubric.criteria[0] as never, score)?.description.en).toBe(expected);
  });
});
