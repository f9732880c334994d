import { describe, expect, it } from 'vitest';
import { andCount, andInto, Bitset, forEachBit, orInto, popcount32 } from './bitset.js';

describe('Bitset', () => {
  it('sets, clears, grows and counts', () => {
    const b = new Bitset();
    for (const bit of [0, 31, 32, 1000]) b.set(bit);
    expect([0, 31, 32, 1000].every((bit) => b.has(bit))).toBe(true);
    expect(b.has(1)).toBe(false);
    expect(b.has(100_000)).toBe(false);
    expect(b.count()).toBe(4);
    b.clear(31);
    expect(b.count()).toBe(3);
    expect(b.isEmpty()).toBe(false);
  });

  it('combines word-wise and iterates set bits in order', () => {
    const a = new Bitset(128);
    const b = new Bitset(64);
    for (const bit of [1, 40, 70, 127]) a.set(bit);
    for (const bit of [40, 63]) b.set(bit);
    expect(andCount(a.words, b.words, 4)).toBe(1);
    const or = a.words.slice();
    orInto(or, b.words, 4);
    const and = a.words.slice();
    andInto(and, b.words, 4);
    const bits = (w: Uint32Array) => {
      const out: number[] = [];
      forEachBit(w, w.length, (bit) => out.push(bit));
      return out;
    };
    expect(bits(or)).toEqual([1, 40, 63, 70, 127]);
    expect(bits(and)).toEqual([40]);
  });

  it('counts bits of a word', () => {
    expect(popcount32(0)).toBe(0);
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(0x80000001)).toBe(2);
  });
});
