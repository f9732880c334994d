import { describe, expect, it } from 'vitest';
import { countTerms, terms } from './match-text.js';

describe('index terms', () => {
  it('folds Vietnamese, keeps meaningful syllables and pairs, drops boilerplate and quantities', () => {
    expect(terms('Máy sấy xoài 500 kg/mẻ')).toEqual(['may', 'may_say', 'say', 'say_xoai', 'xoai', 'kg_me', 'me']);
    expect(terms('Cần công nghệ, giải pháp chuyển giao')).toEqual([]);
    expect(terms('chuyển đổi số cơ khí')).toEqual(['chuyen_doi', 'doi', 'doi_so', 'co_khi', 'khi']);
  });

  it('weighs fields', () => {
    const counts = countTerms([
      { text: 'máy sấy', weight: 3 },
      { text: 'máy', weight: 1 },
    ]);
    expect(counts.tf.get('may')).toBe(4);
    expect(counts.length).toBe(10);
  });
});
