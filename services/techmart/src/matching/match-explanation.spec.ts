import { describe, expect, it } from 'vitest';
import { explainFactor, explainSuggestion } from './match-explanation.js';
import type { MatchFactor } from './matching.schema.js';

const f = (
  factor: MatchFactor['factor'],
  points: number,
  maxPoints: number,
  params: MatchFactor['params'],
): MatchFactor => ({
  factor,
  points,
  maxPoints,
  params,
});

describe('explanations in Vietnamese and English', () => {
  it('says what an officer reads on a suggestion', () => {
    expect(explainFactor(f('sector', 160, 160, { relation: 'same' }))).toMatchObject({
      vi: 'cùng lĩnh vực',
      en: 'same sector',
      tone: 'good',
    });
    expect(explainFactor(f('trl', 100, 100, { offered: 7, desired: 5 }))).toMatchObject({
      vi: 'TRL 7 ≥ 5 yêu cầu',
      en: 'TRL 7 ≥ 5 required',
    });
    expect(explainFactor(f('trl', 0, 100, { offered: 3, desired: 5 }))).toMatchObject({
      vi: 'TRL 3 < 5 yêu cầu',
      tone: 'bad',
    });
    expect(explainFactor(f('budget', 100, 100, { verdict: 'within', priceVnd: '150000000' })).vi).toBe(
      'giá trong ngân sách',
    );
    expect(explainFactor(f('budget', 60, 100, { verdict: 'negotiable' }))).toMatchObject({
      vi: 'giá thỏa thuận',
      tone: 'partial',
    });
    expect(explainFactor(f('budget', 50, 100, { verdict: 'over', overPercent: 15, priceVnd: '230000000' })).vi).toBe(
      'giá vượt ngân sách 15% (230.000.000 đ)',
    );
    expect(explainFactor(f('locality', 80, 80, { proximity: 'commune' })).vi).toBe('cùng xã/phường');
    expect(explainFactor(f('transfer', 60, 60, { modes: 'turnkey', matched: true })).vi).toBe(
      'hình thức chuyển giao phù hợp: trọn gói',
    );
    expect(explainFactor(f('track_record', 48, 80, { deals: 2 }))).toMatchObject({
      vi: 'đã ký 2 hợp đồng qua sàn',
      en: '2 deals signed before',
    });
    expect(explainFactor(f('text', 420, 420, { terms: 'may say, xoai' })).vi).toBe('nội dung khớp: may say, xoai');
  });

  it('orders factors by their contribution', () => {
    const explained = explainSuggestion([
      f('locality', 80, 80, { proximity: 'province' }),
      f('text', 300, 420, { terms: 'xoai' }),
      f('sector', 160, 160, { relation: 'same' }),
    ]);
    expect(explained.map((e) => e.factor)).toEqual(['text', 'sector', 'locality']);
  });
});
