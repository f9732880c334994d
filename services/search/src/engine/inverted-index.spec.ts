import { describe, expect, it } from 'vitest';
import { InvertedIndex } from './inverted-index.js';

const weights = (...terms: string[]) => new Map(terms.map((t) => [t, 1]));

describe('InvertedIndex', () => {
  const build = () => {
    const index = new InvertedIndex(4);
    index.add(0, weights('nong', 'san', 'luong'));
    index.add(1, weights('nong', 'nghiep', 'truong'));
    index.add(2, weights('thuong', 'nong', '~khcn'));
    return index;
  };

  it('keeps postings in document order', () => {
    const p = build().get('nong');
    expect(p && Array.from(p.docs.subarray(0, p.length))).toEqual([0, 1, 2]);
  });

  it('completes prefixes, most frequent first, without synonym terms', () => {
    const index = build();
    index.add(3, weights('nghiep'));
    expect(index.prefixTerms('ng', 10)).toEqual(['nghiep']);
    expect(index.prefixTerms('n', 1)).toEqual(['nong']);
    expect(index.prefixTerms('~', 10)).toEqual([]);
  });

  it('returns every completion when no limit is given', () => {
    const index = new InvertedIndex(4);
    const many = Array.from({ length: 120 }, (_, i) => `tr${String(i).padStart(3, '0')}`);
    many.forEach((term, d) => {
      index.add(d, weights(term));
    });
    expect(index.prefixTerms('tr')).toHaveLength(120);
  });

  it('finds one-edit candidates, including terms added after the typo index was built', () => {
    const index = build();
    expect(index.typoTerms('luonq')).toEqual(['luong']);
    expect(index.typoTerms('thuong').sort()).toEqual(['truong']);
    index.add(3, weights('chuong', 'tuong'));
    // chuong is one edit away too, but on the first letter: never a typo (Meilisearch's rule)
    expect(index.typoTerms('thuong').sort()).toEqual(['truong', 'tuong']);
    expect(index.typoTerms('xyzzy')).toEqual([]);
  });

  it('renumbers and drops documents', () => {
    const index = build();
    index.remap(Int32Array.from([-1, 0, 1]));
    const p = index.get('nong');
    expect(p && Array.from(p.docs.subarray(0, p.length))).toEqual([0, 1]);
    expect(index.get('luong')).toBeUndefined();
    expect(index.typoTerms('luonq')).toEqual([]);
  });
});
