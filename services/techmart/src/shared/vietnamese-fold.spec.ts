import { describe, expect, it } from 'vitest';
import { containsPattern, FOLD_TABLE, foldVietnamese } from './vietnamese-fold.js';

describe('foldVietnamese', () => {
  it('drops tones and marks, đ → d, lower case, single spaces', () => {
    expect(foldVietnamese('  Máy SẤY   nông sản Đồng Tháp ')).toBe('may say nong san dong thap');
    expect(foldVietnamese('Ưu tiên hợp tác xã')).toBe('uu tien hop tac xa');
    expect(foldVietnamese('Hợp tác xã Sen Tháp Mười')).toBe('hop tac xa sen thap muoi');
    expect(foldVietnamese('  ĐỒNG   Tháp ')).toBe('dong thap');
    expect(foldVietnamese('Công ty TNHH Nông sản Sông Hậu')).toBe('cong ty tnhh nong san song hau');
  });

  it('folds decomposed (NFD) input like composed input', () => {
    expect(foldVietnamese('Máy sấy'.normalize('NFD'))).toBe('may say');
  });

  it('has a SQL translate table, one character to one, that folds every letter the way the JavaScript side does', () => {
    expect([...FOLD_TABLE.from].length).toBe([...FOLD_TABLE.to].length);
    [...FOLD_TABLE.from].forEach((char, i) => {
      expect(FOLD_TABLE.to[i], char).toBe(foldVietnamese(char));
    });
    for (const char of ['Ỹ', 'đ', 'ữ', 'Ặ']) expect(FOLD_TABLE.from).toContain(char);
  });

  it('escapes LIKE wildcards in the query', () => {
    expect(containsPattern('50%_x')).toBe('%50\\%\\_x%');
  });
});
