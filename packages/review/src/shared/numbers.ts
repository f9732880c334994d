// Scores may be fractional (steps of 0.5, weighted totals); comparisons go through a fixed precision so
// 0.1 + 0.2 equals 0.3 and two sheets summed in a different order never rank differently.

export const SCORE_DECIMALS = 6;
const FACTOR = 10 ** SCORE_DECIMALS;

export function roundScore(x: number): number {
  return Math.round(x * FACTOR) / FACTOR;
}

export function sameScore(a: number, b: number): boolean {
  return roundScore(a) === roundScore(b);
}

/** True when `value` lies on the grid `origin + k·step` (k a whole number). */
export function onStep(value: number, origin: number, step: number): boolean {
  const k = (value - origin) / step;
  return Math.abs(k - Math.round(k)) < 1e-9;
}
