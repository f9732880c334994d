// Targets and their trajectory: the expected value on any day runs in a straight line from the
// baseline (date, value) to the target (date, value). The status compares the actual figure with
// the expected one, with the thresholds kept as data.

export interface Target {
  indicatorCode: string;
  provinceCode: string;
  /** '' for the whole province */
  communeCode: string;
  year: number;
  /** local dates, YYYY-MM-DD */
  baselineDate: string;
  baselineValue: number;
  targetDate: string;
  targetValue: number;
  note: string;
}

export interface Thresholds {
  /** actual / expected at or above this is green (1 = on the trajectory) */
  greenAt: number;
  /** at or above this (and below greenAt) amber; below it red */
  amberAt: number;
}

export type Status = 'green' | 'amber' | 'red';

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/**
 * The value the trajectory expects at the end of a local day (the baseline holds on its own day,
 * the target on the target date and after it).
 */
export function expectedValue(target: Target, onDate: string): number {
  const start = dayNumber(target.baselineDate);
  const end = dayNumber(target.targetDate);
  const at = dayNumber(onDate);
  if (at <= start) return target.baselineValue;
  if (at >= end) return target.targetValue;
  return target.baselineValue + ((target.targetValue - target.baselineValue) * (at - start)) / (end - start);
}

/**
 * green / amber / red from actual against expected. With nothing expected yet (the trajectory starts
 * at zero on its first day) any actual is on track.
 */
export function statusOf(actual: number, expected: number, thresholds: Thresholds): Status {
  if (expected <= 0) return 'green';
  const ratio = actual / expected;
  // tolerance for the rounding of decimal figures read back from the database
  if (ratio + 1e-9 >= thresholds.greenAt) return 'green';
  if (ratio + 1e-9 >= thresholds.amberAt) return 'amber';
  return 'red';
}

/** Thresholds that apply to an indicator: its own row, else the default scope '*'. */
export function thresholdsFor(
  indicatorCode: string,
  rows: ReadonlyMap<string, Thresholds>,
  fallback: Thresholds = { greenAt: 1, amberAt: 0.8 },
): Thresholds {
  return rows.get(indicatorCode) ?? rows.get('*') ?? fallback;
}

/**
 * The target that governs a period ending on `endDate`: the one for the period's year if there is
 * one, else the nearest later target (a 2030 programme target governs 2026).
 */
export function governingTarget(targets: readonly Target[], endDate: string): Target | undefined {
  const year = Number(endDate.slice(0, 4));
  const sameYear = targets.find((t) => t.year === year);
  if (sameYear) return sameYear;
  return [...targets]
    .filter((t) => t.targetDate >= endDate && t.baselineDate <= endDate)
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate))[0];
}
