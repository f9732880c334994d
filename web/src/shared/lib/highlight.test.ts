import { describe, expect, it } from 'vitest';
import { segments } from './highlight.ts';

describe('highlight segments', () => {
  it('splits text at the ranges', () => {
    expect(
      segments('Máy sấy nông sản', [
        [0, 3],
        [8, 12],
      ]),
    ).toEqual([
      { text: 'Máy', marked: true },
      { text: ' sấy ', marked: false },
      { text: 'nông', marked: true },
      { text: ' sản', marked: false },
    ]);
  });
  it('merges overlapping and unordered ranges and clamps out-of-range ones', () => {
    expect(
      segments('abcdef', [
        [3, 10],
        [1, 2],
        [1, 4],
        [-5, 0],
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
    ]);
  });
  it('ignores malformed ranges', () => {
    expect(
      segments('abc', [
        [2, 1],
        [Number.NaN, 2],
      ] as [number, number][]),
    ).toEqual([{ text: 'abc', marked: false }]);
    expect(segments('abc', undefined)).toEqual([{ text: 'abc', marked: false }]);
  });
  it('keeps markup as plain text', () => {
    const s = segments('<script>alert(1)</script>', [[0, 8]]);
    expect(s.map((x) => x.text).join('')).toBe('<script>alert(1)</script>');
  });
});
