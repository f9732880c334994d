import { describe, expect, it } from 'vitest';
import { initiativeRubric } from '../test-support/rubric-fixture.js';
import { validateScoreSheet, weightedTotal } from './score-sheet.rules.js';
import { type ScoreSheet, scoreSheetSchemaFor } from './score-sheet.schema.js';

const rubric = initiativeRubric();
const full = [
  { criterion: 'novelty', score: 24 },
  { criterion: 'applicability', score: 20 },
  { criterion: 'effectiveness', score: 17.5 },
  { criterion: 'scope', score: 6 },
];
const sheet = (over: Partial<ScoreSheet> = {}): ScoreSheet => ({
  rubricId: 'rubric-initiatives',
  rubricVersion: 1,
  status: 'final',
  scores: full,
  ...over,
});

describe('score sheet validation', () => {
  it('accepts a complete final sheet', () => {
    expect(validateScoreSheet(rubric, sheet())).toEqual([]);
  });

  it('lets a draft be incomplete but not wrong', () => {
    expect(validateScoreSheet(rubric, sheet({ status: 'draft', scores: full.slice(0, 1) }))).toEqual([]);
    const wrong = validateScoreSheet(rubric, sheet({ status: 'draft', scores: [{ criterion: 'novelty', score: 31 }] }));
    expect(wrong.map((i) => i.code)).toEqual(['score.out_of_range']);
  });

  it('names every criterion missing from a final sheet', () => {
    const issues = validateScoreSheet(rubric, sheet({ scores: full.slice(0, 2) }));
    expect(issues.map((i) => i.code)).toEqual(['score.missing', 'score.missing']);
    expect(issues[0]?.message.vi).toContain('Hiệu quả');
    expect(issues[1]?.message.en).toContain('Scope of application');
  });

  it.each<[string, { criterion: string; score: number }, string, (string | number)[]]>([
    ['above the maximum', { criterion: 'scope', score: 11 }, 'score.out_of_range', ['scores', 3, 'score']],
    ['below the minimum', { criterion: 'scope', score: -1 }, 'score.out_of_range', ['scores', 3, 'score']],
    ['off the whole-point step', { criterion: 'scope', score: 6.5 }, 'score.step', ['scores', 3, 'score']],
    ['an unknown criterion', { criterion: 'beauty', score: 3 }, 'score.unknown_criterion', ['scores', 3, 'criterion']],
    ['a criterion scored twice', { criterion: 'novelty', score: 3 }, 'score.duplicate', ['scores', 3, 'criterion']],
  ])('reports a score %s', (_name, entry, code, path) => {
    const scores = sheet({ status: 'draft', scores: [...full.slice(0, 3), entry] });
    const issues = validateScoreSheet(rubric, scores);
    expect(issues.map((i) => ({ code: i.code, path: i.path }))).toEqual([{ code, path }]);
  });

  it('accepts half points where the criterion allows them', () => {
    expect(validateScoreSheet(rubric, sheet())).toEqual([]); // effectiveness 17.5
    const onWhole = validateScoreSheet(rubric, sheet({ scores: full.map((s) => ({ ...s, score: s.score + 0.5 })) }));
    expect(onWhole.map((i) => i.path[1])).toEqual([0, 1, 3]);
  });

  it('refuses a sheet made for another rubric version', () => {
    expect(validateScoreSheet(rubric, sheet({ rubricVersion: 2 })).map((i) => i.code)).toEqual([
      'sheet.rubric_version',
    ]);
  });

  it('runs the same rules inside the zod schema the service validates requests with', () => {
    const schema = scoreSheetSchemaFor(rubric);
    expect(schema.safeParse(sheet()).success).toBe(true);
    const parsed = schema.safeParse(sheet({ scores: full.slice(1) }));
    expect(parsed.error?.issues.map((i) => (i as unknown as { params: { code: string } }).params.code)).toEqual([
      'score.missing',
    ]);
    expect(schema.safeParse({ ...sheet(), status: 'done' }).success).toBe(false);
  });
});

describe('weighted total', () => {
  it.each([
    ['raw points when weights equal maxima', full, 24 + 20 + 17.5 + 6],
    [
      'all maxima',
      full.map((s) => ({
        ...s,
        score: { novelty: 30, applicability: 30, effectiveness: 30, scope: 10 }[s.criterion] ?? 0,
      })),
      100,
    ],
    ['all zero', full.map((s) => ({ ...s, score: 0 })), 0],
    ['a running total for a draft', full.slice(0, 1), 24],
  ])('%s', (_name, scores, expected) => {
    expect(weightedTotal(rubric, scores)).toBe(expected);
  });

  it('rescales a 1–5 criterion onto its weight', () => {
    const fivePoint = {
      ...rubric,
      criteria: [
        { ...(rubric.criteria[3] as (typeof rubric.criteria)[number]), key: 'team', min: 1, max: 5, weight: 20 },
      ],
    };
    expect([1, 3, 5].map((score) => weightedTotal(fivePoint, [{ criterion: 'team', score }]))).toEqual([0, 10, 20]);
  });
});
