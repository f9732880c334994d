import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issue, toFieldErrors } from './review-issue.js';
import { reviewSettingsSchema } from './review-settings.schema.js';
import { seededRandom, shuffled } from './seeded-random.js';
import { addReviewIssues, fromZodIssues } from './zod-issues.js';

describe('issues', () => {
  it('become the platform kit’s field errors', () => {
    expect(
      toFieldErrors([issue('band.gap', ['criteria', 0, 'bands', 1, 'min'], 'vi', 'en'), issue('x', [], 'a', 'b')]),
    ).toEqual([
      { field: 'criteria.0.bands.1.min', code: 'band.gap', message: { vi: 'vi', en: 'en' } },
      { field: '(body)', code: 'x', message: { vi: 'a', en: 'b' } },
    ]);
  });

  it('survive a round trip through zod', () => {
    const schema = z
      .object({ a: z.number() })
      .superRefine((_v, ctx) => addReviewIssues(ctx, [issue('my.code', ['a'], 'Sai.', 'Wrong.')]));
    const parsed = schema.safeParse({ a: 1 });
    expect(fromZodIssues(parsed.error?.issues ?? [])).toEqual([issue('my.code', ['a'], 'Sai.', 'Wrong.')]);
    const structural = fromZodIssues(z.object({ a: z.number() }).safeParse({ a: 'x' }).error?.issues ?? []);
    expect(structural.map((i) => [i.code, i.path])).toEqual([['invalid.invalid_type', ['a']]]);
  });
});

describe('review settings', () => {
  it('fill the engine defaults and refuse fewer than 3 reviewers', () => {
    expect(reviewSettingsSchema.parse({ reviewersPerSubmission: 3, threshold: 70 })).toEqual({
      reviewersPerSubmission: 3,
      blind: true,
      trimFrom: 5,
      spreadMeasure: 'range',
      discussionThreshold: 20,
      threshold: 70,
      basis: 'trimmedMean',
    });
    expect(reviewSettingsSchema.safeParse({ reviewersPerSubmission: 2, threshold: 70 }).success).toBe(false);
  });
});

describe('seeded randomness', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = shuffled([...Array(20).keys()], seededRandom('đợt 2026'));
    expect(shuffled([...Array(20).keys()], seededRandom('đợt 2026'))).toEqual(a);
    expect(shuffled([...Array(20).keys()], seededRandom('đợt 2027'))).not.toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual([...Array(20).keys()]);
  });
});
