/**
 * Which reminder offset a deadline is in: with offsets [30, 7, 1], a deadline
 * 12 days away is in the 30-day band, 5 days away in the 7-day band, and due
 * today or tomorrow in the 1-day band. One reminder per band, so a service
 * that was down for a day still reminds once, never three times at once.
 */
export function reminderBand(daysLeft: number, offsets: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  const sorted = [...new Set(offsets)].filter((o) => Number.isInteger(o) && o >= 0).sort((a, b) => a - b);
  return sorted.find((o) => daysLeft <= o) ?? null;
}

/** Monday of the ISO week of a date (the weekly digest's key). */
export function weekStart(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const shift = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - shift * 86_400_000).toISOString().slice(0, 10);
}

export const DEFAULT_REMINDER_OFFSETS = [30, 7, 1] as const;
