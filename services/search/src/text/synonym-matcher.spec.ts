import { describe, expect, it } from 'vitest';
import { SynonymMatcher } from './synonym-matcher.js';
import { tokenizeTerms } from './tokenizer.js';
import { VIETNAMESE_SYNONYMS } from './vietnamese-synonyms.js';

const matcher = new SynonymMatcher(VIETNAMESE_SYNONYMS);
const groups = (text: string) => matcher.find(tokenizeTerms(text)).map((o) => o.group);

describe('SynonymMatcher', () => {
  it('gives every member of a group the same group term', () => {
    expect(groups('KH&CN')).toEqual(['~khcn']);
    expect(groups('khcn')).toEqual(['~khcn']);
    expect(groups('Khoa học và Công nghệ')).toEqual(['~khcn']);
    expect(groups('khoa hoc cong nghe')).toEqual(['~khcn']);
    expect(groups('CNTT')).toEqual(groups('công nghệ thông tin'));
    expect(groups('IoT')).toEqual(groups('Internet vạn vật'));
    expect(groups('HTX')).toEqual(groups('hợp tác xã'));
    expect(groups('NTTS')).toEqual(groups('nuôi trồng thuỷ sản'));
    expect(groups('OCOP')).toEqual(groups('mỗi xã một sản phẩm'));
  });

  it('finds phrases inside text with their term positions, longest first', () => {
    const terms = tokenizeTerms('Sở Khoa học và Công nghệ hỗ trợ hợp tác xã');
    expect(matcher.find(terms)).toEqual([
      { start: 1, end: 6, group: '~khcn' },
      { start: 8, end: 11, group: '~htx' },
    ]);
  });

  it('does not match partial phrases', () => {
    expect(groups('công nghệ thông')).toEqual([]);
    expect(groups('hợp tác')).toEqual([]);
  });

  it('fingerprints the table', () => {
    expect(new SynonymMatcher([['a', 'b']]).fingerprint()).not.toBe(matcher.fingerprint());
    expect(new SynonymMatcher(VIETNAMESE_SYNONYMS).fingerprint()).toBe(matcher.fingerprint());
  });
});
