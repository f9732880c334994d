import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.js';

describe('TopK', () => {
  it('keeps the k best, best first', () => {
    const scores = [5, 1, 9, 3, 9, 7, 0, 8];
    // higher score first, lower index among equals
    const top = new TopK(
      3,
      (a, b) => (scores[a] as number) > (scores[b] as number) || (scores[a] === scores[b] && a < b),
    );
    for (let i = 0; i < scores.length; i++) top.offer(i);
    expect(top.sorted()).toEqual([2, 4, 7]);
  });

  it('handles k larger than the input and k = 0', () => {
    const more = new TopK(10, (a, b) => a < b);
    for (const i of [3, 1, 2]) more.offer(i);
    expect(more.sorted()).toEqual([1, 2, 3]);
    const none = new TopK(0, (a, b) => a < b);
    none.offer(1);
    expect(none.sorted()).toEqual([]);
  });
});
