// What changed between the version an officer returned and the one resubmitted, field by field.
// Values are rendered as short display text; long ones (descriptions) are only named as changed.

export const DIFF_VALUE_MAX = 200;

/** Moderation bookkeeping and derived fields: never what the owner "changed". */
const IGNORED = new Set([
  'id',
  'status',
  'revision',
  'returnReason',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'submittedAt',
  'owner',
  'requester',
  'publishedVersion',
  'pendingRevision',
]);

export interface FieldChange {
  field: string;
  change: 'added' | 'removed' | 'changed';
  /** display text of the old value; absent when it was not set or is too long to show */
  before?: string;
  after?: string;
  /** true when the values are too long to show (the field is only named) */
  valuesOmitted: boolean;
}

export function diffVersions(before: object, after: object): FieldChange[] {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(now), ...Object.keys(old)])].filter((field) => !IGNORED.has(field));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = present(old[field]) ? display(old[field]) : undefined;
    const b = present(now[field]) ? display(now[field]) : undefined;
    if (a === b && canonical(old[field]) === canonical(now[field])) continue;
    if (a === undefined && b === undefined) continue;
    const change = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    const valuesOmitted = (a?.length ?? 0) > DIFF_VALUE_MAX || (b?.length ?? 0) > DIFF_VALUE_MAX;
    changes.push({
      field,
      change,
      ...(valuesOmitted || a === undefined ? {} : { before: a }),
      ...(valuesOmitted || b === undefined ? {} : { after: b }),
      valuesOmitted,
    });
  }
  return changes;
}

function present(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** Display text of a view value: names rather than codes, lists joined. */
export function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(display).join(', ');
  const o = value as Record<string, unknown>;
  if (typeof o.nameVi === 'string') return o.nameVi;
  if (typeof o.amountVnd === 'string') return `${o.amountVnd} đ`;
  if (o.negotiable === true) return 'Thỏa thuận';
  if (typeof o.fileName === 'string') return o.fileName;
  if (typeof o.provinceName === 'string') return [o.communeName, o.provinceName].filter(Boolean).join(', ');
  if (typeof o.name === 'string' && 'value' in o) return `${o.name}: ${display(o.value)}`;
  return Object.values(o).filter(present).map(display).join('; ');
}

/** Key-order-independent JSON, to tell equal objects apart from changed ones. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
