// Groups deadlines by calendar month (their due dates are calendar dates in Vietnam, not instants) in
// date order, for the calendar list. Pure.

export interface Dated {
  dueDate: string;
}

export function byMonth<T extends Dated>(items: readonly T[]): { month: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate))) {
    const month = item.dueDate.slice(0, 7);
    const list = groups.get(month) ?? [];
    list.push(item);
    groups.set(month, list);
  }
  return [...groups].map(([month, list]) => ({ month, items: list }));
}

/** Whole days from `today` to `dueOn` (both YYYY-MM-DD): 0 today, negative when overdue. */
export function daysUntil(dueOn: string, today: string): number {
  return Math.round((Date.parse(`${dueOn.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
