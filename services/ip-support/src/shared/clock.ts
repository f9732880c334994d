// Services take an optional clock so tests can move time (appeal windows, due dates).
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** YYYY-MM-DD of a date (UTC). */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}
