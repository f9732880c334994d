// Services take a clock so tests can move time (call deadlines, due dates).
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** First day of the month of a YYYY-MM or YYYY-MM-DD string, as a UTC date. */
export function monthStart(value: string): Date {
  const [y, m] = value.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1));
}

/** YYYY-MM-DD of a date (UTC). */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** YYYY-MM of a date (UTC). */
export const isoMonth = (d: Date): string => d.toISOString().slice(0, 7);
