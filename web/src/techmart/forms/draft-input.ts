// A draft keeps whatever the user filled in: empty strings, empty lists and untouched defaults are left
// out, so "what submit would refuse" (the draft's problems) names the fields still to fill. Pure.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** Drops empty leaves (recursively) and the objects left empty by that. */
export function pruneEmpty(value: unknown): Json | undefined {
  if (Array.isArray(value)) {
    const items = value.map(pruneEmpty).filter((v): v is Json => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, pruneEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? (Object.fromEntries(entries) as Json) : undefined;
  }
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return isEmpty(value) ? undefined : (value as Json);
}

/** Whether the form differs from what was loaded or last saved (compared as pruned JSON). */
export function isDirty(saved: unknown, current: unknown): boolean {
  return JSON.stringify(pruneEmpty(saved) ?? null) !== JSON.stringify(pruneEmpty(current) ?? null);
}

/** A server field path ("contact.email", "/price/amountVnd", "body.specs[0].name") as the form's dotted name. */
export function formFieldOf(serverField: string): string {
  return serverField
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^(body|input)\./, '');
}
