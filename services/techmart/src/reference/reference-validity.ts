// Effective dates of reference terms (sectors, communes): a term is in force from valid_from to
// valid_to, both days included, either end open when null. Dates are civil dates in Vietnam. Pure.

export interface Validity {
  /** YYYY-MM-DD, first day in force; null/absent = since always */
  validFrom?: string | null | undefined;
  /** YYYY-MM-DD, last day in force; null/absent = until further notice */
  validTo?: string | null | undefined;
}

export function inForce(term: Validity, today: string): boolean {
  if (term.validFrom && term.validFrom > today) return false;
  if (term.validTo && term.validTo < today) return false;
  return true;
}

/** Today's date in Asia/Ho_Chi_Minh as YYYY-MM-DD (the day reference changes take effect). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
