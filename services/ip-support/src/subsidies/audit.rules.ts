// What an audit entry records as "what changed": the fields whose value differs, before and after,
// in a JSON-safe form (bigint as a decimal string, dates as ISO strings).

export type AuditValue = string | number | boolean | null;
export type AuditChanges = Record<string, { from: AuditValue; to: AuditValue }>;

function plain(v: unknown): AuditValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
}

export function auditChanges<T extends object>(before: T | null, after: T, fields: readonly (keyof T)[]): AuditChanges {
  const out: AuditChanges = {};
  for (const f of fields) {
    const from = before ? plain(before[f]) : null;
    const to = plain(after[f]);
    if (from !== to) out[String(f)] = { from, to };
  }
  return out;
}
