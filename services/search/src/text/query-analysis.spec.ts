import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './query-analysis.js';
import { SynonymMatcher } from './synonym-matcher.js';
import { VIETNAMESE_SYNONYMS } from './vietnamese-synonyms.js';

const synonyms = new SynonymMatcher(VIETNAMESE_SYNONYMS);

describe('analyzeQuery', () => {
  it('folds words, allows typos by length and prefixes the last word', () => {
    expect(analyzeQuery('Máy sấy năng lượng', synonyms)).toEqual([
      { term: 'may', group: null, prefix: false, typo: false, accented: 'máy' },
      { term: 'say', group: null, prefix: false, typo: false, accented: 'sấy' },
      { term: 'nang', group: null, prefix: false, typo: false, accented: 'năng' },
      { term: 'luong', group: null, prefix: true, typo: true, accented: 'lượng' },
    ]);
  });

  it('turns a synonym phrase into one group word', () => {
    expect(analyzeQuery('phần mềm công nghệ thông tin', synonyms)).toEqual([
      { term: 'phan', group: null, prefix: false, typo: false, accented: 'phần' },
      { term: 'mem', group: null, prefix: false, typo: false, accented: 'mềm' },
      { term: 'cong nghe thong tin', group: '~cntt', prefix: false, typo: false, accented: null },
    ]);
    expect(analyzeQuery('CNTT', synonyms)).toEqual([
      { term: 'cntt', group: '~cntt', prefix: true, typo: false, accented: null },
    ]);
  });

  it('keeps the accented form of words typed with diacritics, NFC and lower-cased', () => {
    const words = analyzeQuery('MÂY tre'.normalize('NFD'), synonyms);
    expect(words.map((w) => w.accented)).toEqual(['mây', null]);
  });

  it('returns no words for blank or punctuation-only queries', () => {
    expect(analyzeQuery('  ', synonyms)).toEqual([]);
    expect(analyzeQuery('?!', synonyms)).toEqual([]);
  });

  it('caps the number of words', () => {
    expect(analyzeQuery('a b c d e f g h i j k l', synonyms)).toHaveLength(10);
  });

  it('honours options', () => {
    const [word] = analyzeQuery('tom', synonyms, { minWordSizeForOneTypo: 3, prefixLastWord: false });
    expect(word).toEqual({ term: 'tom', group: null, prefix: false, typo: true, accented: null });
  });
});
