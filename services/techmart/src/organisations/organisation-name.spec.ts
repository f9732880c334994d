import { describe, expect, it } from 'vitest';
import { containsPattern, FOLD_FROM, FOLD_TO, foldName } from './organisation-name.js';

describe('organisation name folding', () => {
  it('folds Vietnamese names to plain lower-case letters', () => {
    expect(foldName('Hợp tác xã Sen Tháp Mười')).toBe('hop tac xa sen thap muoi');
    expect(foldName('  ĐỒNG   Tháp ')).toBe('dong thap');
    expect(foldName('Công ty TNHH Nông sản Sông Hậu')).toBe('cong ty tnhh nong san song hau');
  });

  it('maps one character to one character, as SQL translate() needs', () => {
    expect([...FOLD_FROM].length).toBe([...FOLD_TO].length);
    expect(FOLD_FROM).toContain('ữ');
    expect(FOLD_FROM).toContain('Ặ');
  });

  it('escapes LIKE wildcards in the query', () => {
    expect(containsPattern('50%_x')).toBe('%50\\%\\_x%');
  });
});
