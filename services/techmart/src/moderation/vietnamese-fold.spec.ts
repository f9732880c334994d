import { describe, expect, it } from 'vitest';
import { preview } from './moderation.service.js';
import { FOLD_TABLE, foldVietnamese } from './vietnamese-fold.js';

describe('foldVietnamese', () => {
  it('drops tones and marks, đ → d, lower case, single spaces', () => {
    expect(foldVietnamese('  Máy SẤY   nông sản Đồng Tháp ')).toBe('may say nong san dong thap');
    expect(foldVietnamese('Ưu tiên hợp tác xã')).toBe('uu tien hop tac xa');
  });

  it('folds decomposed (NFD) input like composed input', () => {
    expect(foldVietnamese('Máy sấy'.normalize('NFD'))).toBe('may say');
  });

  it('has a SQL translate table that folds every letter the way the JavaScript side does', () => {
    expect(FOLD_TABLE.from.length).toBe(FOLD_TABLE.to.length);
    [...FOLD_TABLE.from].forEach((char, i) => {
      expect(FOLD_TABLE.to[i], char).toBe(foldVietnamese(char));
    });
    expect(FOLD_TABLE.from).toContain('Ỹ');
    expect(FOLD_TABLE.from).toContain('đ');
  });
});

describe('queue summary preview', () => {
  it('keeps short text whole and flattens line breaks', () => {
    expect(preview('Dòng một.\n\nDòng hai.')).toBe('Dòng một. Dòng hai.');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'sấy '.repeat(100);
    const cut = preview(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('sấy…')).toBe(true);
  });
});
