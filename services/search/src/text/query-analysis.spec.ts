import { describe, expect, it } from 'vitest';
import { analyzeQuery, fallbackWords } from './query-analysis.js';
import { SynonymMatcher } from './synonym-matcher.js';
import { VIETNAMESE_SYNONYMS } from './vietnamese-synonyms.js';

const synonyms = new SynonymMatcher(VIETNAMESE_SYNONYMS);

describe('analyzeQuery', () => {
  it('folds words, allows typos by length and prefixes the last word', () => {
    expect(analyzeQuery('Máy sấy năng lượng', synonyms)).toEqual([
      { term: 'may', group: null, prefix: false, typo: false, accented: 'máy', stop: false },
      { term: 'say', group: null, prefix: false, typo: false, accented: 'sấy', stop: false },
      { term: 'nang', group: null, prefix: false, typo: false, accented: 'năng', stop: false },
      { term: 'luong', group: null, prefix: true, typo: true, accented: 'lượng', stop: false },
    ]);
  });

  it('turns a synonym phrase into one group word', () => {
    expect(analyzeQuery('phần mềm công nghệ thông tin', synonyms)).toEqual([
      { term: 'phan', group: null, prefix: false, typo: false, accented: 'phần', stop: false },
      { term: 'mem', group: null, prefix: false, typo: false, accented: 'mềm', stop: false },
      { term: 'cong nghe thong tin', group: '~cntt', prefix: false, typo: false, accented: null, stop: false },
    ]);
    expect(analyzeQuery('CNTT', synonyms)).toEqual([
      { term: 'cntt', group: '~cntt', prefix: true, typo: false, accented: null, stop: false },
    ]);
  });

  it('keeps the accented form of words typed with diacritics, NFC and lower-cased', () => {
    const words = analyzeQuery('MÂY tre'.normalize('NFD'), synonyms);
    expect(words.map((w) => w.accented)).toEqual(['mây', null]);
  });

  it('marks stop words as typed, with their diacritics', () => {
    const words = analyzeQuery('Máy sấy cho tôm của HTX và được giá', synonyms);
    expect(words.filter((w) => w.stop).map((w) => w.accented ?? w.term)).toEqual(['cho', 'của', 'và', 'được']);
    // folded alike, but content words: "dược liệu", "phân hữu cơ"
    expect(analyzeQuery('dược liệu hữu cơ duoc', synonyms).some((w) => w.stop)).toBe(false);
  });

  it('falls back to the content words, or to the stop words when there is nothing else', () => {
    const terms = (q: string) => fallbackWords(analyzeQuery(q, synonyms)).map((w) => w.term);
    expect(terms('chở đi đổ tro trấu cho tôi')).toEqual(['cho', 'do', 'tro', 'trau']); // chở, đổ stay
    expect(terms('của và cho')).toEqual(['cua', 'va', 'cho']);
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
    expect(word).toEqual({ term: 'tom', group: null, prefix: false, typo: true, accented: null, stop: false });
  });
});
