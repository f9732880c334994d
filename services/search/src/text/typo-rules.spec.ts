import { describe, expect, it } from 'vitest';
import { allowedTypos, singleDeletions, withinOneEdit, withinOneTypo } from './typo-rules.js';

describe('typo rules', () => {
  it('allows one typo from five letters, none below', () => {
    expect(allowedTypos('nong')).toBe(0);
    expect(allowedTypos('luong')).toBe(1);
    expect(allowedTypos('nghiepvu')).toBe(1);
    expect(allowedTypos('tom', 3)).toBe(1);
  });

  it('accepts exactly one insertion, deletion, substitution or adjacent swap', () => {
    expect(withinOneEdit('luong', 'luong')).toBe(true);
    expect(withinOneEdit('luonq', 'luong')).toBe(true); // substitution
    expect(withinOneEdit('luog', 'luong')).toBe(true); // deletion
    expect(withinOneEdit('luoong', 'luong')).toBe(true); // insertion
    expect(withinOneEdit('lunog', 'luong')).toBe(true); // swap
    expect(withinOneEdit('lnuog', 'luong')).toBe(false);
    expect(withinOneEdit('luonggg', 'luong')).toBe(false);
    expect(withinOneEdit('truong', 'thuong')).toBe(true);
    expect(withinOneEdit('ab', 'ba')).toBe(true);
    expect(withinOneEdit('abc', 'bca')).toBe(false);
  });

  it('never counts a change of the first letter as one typo (Meilisearch counts it as two)', () => {
    expect(withinOneTypo('luonq', 'luong')).toBe(true);
    expect(withinOneTypo('muong', 'luong')).toBe(false); // substitution of the first letter
    expect(withinOneTypo('uong', 'luong')).toBe(false); // first letter deleted
    expect(withinOneTypo('ulong', 'luong')).toBe(false); // first two swapped
  });

  it('lists single deletions without duplicates from doubled letters', () => {
    expect(singleDeletions('abc')).toEqual(['bc', 'ac', 'ab']);
    expect(singleDeletions('xoo')).toEqual(['oo', 'xo']);
  });
});
