import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeAccented, tokenizeTerms } from './tokenizer.js';

describe('tokenize', () => {
  it('splits on spaces and punctuation and folds each word', () => {
    expect(tokenizeTerms('Máy sấy, nông-sản (TRL 7).')).toEqual(['may', 'say', 'nong', 'san', 'trl', '7']);
  });

  it('keeps & inside abbreviations', () => {
    expect(tokenizeTerms('Sở KH&CN và NN&PTNT; R & D')).toEqual(['so', 'khcn', 'va', 'nnptnt', 'r', 'd']);
  });

  it('reports UTF-16 ranges into the original text', () => {
    const text = 'Máy sấy nông sản';
    expect(tokenize(text)).toEqual([
      { term: 'may', start: 0, end: 3 },
      { term: 'say', start: 4, end: 7 },
      { term: 'nong', start: 8, end: 12 },
      { term: 'san', start: 13, end: 16 },
    ]);
  });

  it('keeps combining marks inside words of NFD text', () => {
    const text = 'Máy sấy'.normalize('NFD');
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['may', 'say']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Máy'.normalize('NFD'), 'sấy'.normalize('NFD')]);
  });

  it('handles characters outside the BMP and empty text', () => {
    expect(tokenizeTerms('')).toEqual([]);
    expect(tokenize('𝐀bc 😀 xyz').map((t) => t.term)).toEqual(['𝐀bc'.toLowerCase(), 'xyz']);
  });

  it('keeps diacritics in accented words, aligned with the folded terms', () => {
    const text = 'Máy sấy MÂY tre KH&CN'.normalize('NFD');
    expect(tokenizeAccented(text)).toEqual(['máy', 'sấy', 'mây', 'tre', 'khcn']);
    expect(tokenizeAccented(text)).toHaveLength(tokenizeTerms(text).length);
  });

  it('agrees with the positional tokenizer', () => {
    const text = 'Ứng dụng IoT (Internet vạn vật) – giám sát ao nuôi tôm; KH&CN 4.0';
    expect(tokenizeTerms(text)).toEqual(tokenize(text).map((t) => t.term));
  });
});
