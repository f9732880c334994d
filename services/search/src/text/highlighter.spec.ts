import { describe, expect, it } from 'vitest';
import { highlightRanges, mergeRanges } from './highlighter.js';
import { analyzeQuery } from './query-analysis.js';
import { SynonymMatcher } from './synonym-matcher.js';
import { VIETNAMESE_SYNONYMS } from './vietnamese-synonyms.js';

const synonyms = new SynonymMatcher(VIETNAMESE_SYNONYMS);
const highlight = (text: string, q: string) =>
  highlightRanges(text, analyzeQuery(q, synonyms), synonyms).map(([s, e]) => text.slice(s, e));

describe('highlightRanges', () => {
  it('marks accented words matched by an accentless query', () => {
    const text = 'Máy sấy nông sản bằng năng lượng mặt trời';
    expect(highlightRanges(text, analyzeQuery('may say', synonyms), synonyms)).toEqual([
      [0, 3],
      [4, 7],
    ]);
    expect(highlight(text, 'nong san')).toEqual(['nông', 'sản']);
  });

  it('returns ranges into NFD text as stored', () => {
    const text = 'Máy sấy nông sản'.normalize('NFD');
    expect(highlight(text, 'nông sản')).toEqual(['nông'.normalize('NFD'), 'sản'.normalize('NFD')]);
  });

  it('marks typo and prefix matches as whole words', () => {
    expect(highlight('Hệ thống năng lượng mặt trời', 'luonq')).toEqual(['lượng']);
    expect(highlight('Hệ thống năng lượng mặt trời', 'mặt tr')).toEqual(['mặt', 'trời']);
    expect(highlight('Quy trình chuẩn', 'tam')).toEqual([]);
  });

  it('marks a synonym phrase as one range', () => {
    expect(highlight('Chuyên gia công nghệ thông tin', 'CNTT')).toEqual(['công nghệ thông tin']);
    expect(highlight('Ứng dụng IoT giám sát', 'internet vạn vật')).toEqual(['IoT']);
    expect(highlight('Sở KH&CN tỉnh', 'khoa học và công nghệ')).toEqual(['KH&CN']);
  });

  it('returns nothing for an empty query or text', () => {
    expect(highlightRanges('Máy sấy', [], synonyms)).toEqual([]);
    expect(highlightRanges('', analyzeQuery('may', synonyms), synonyms)).toEqual([]);
  });

  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        [5, 9],
        [0, 3],
        [2, 4],
        [9, 10],
      ]),
    ).toEqual([
      [0, 4],
      [5, 9],
      [9, 10],
    ]);
  });
});
