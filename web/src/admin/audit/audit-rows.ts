// The audit log as the admin reads it: account changes (gateway) and organisation / reference-data
// changes (Techmart) in one newest-first list, filtered by actor, action and Vietnam calendar day,
// and exported as CSV. Plain functions.
import type { AccountAuditEntry, TechmartAuditEntry } from '../api/admin-types.ts';

export interface AuditRow {
  key: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: string;
  ip: string;
  source: 'accounts' | 'techmart';
}

export function fromAccountEntry(entry: AccountAuditEntry, index: number): AuditRow {
  return {
    key: `a:${entry.at}:${index}`,
    at: entry.at,
    actor: entry.actor.username || entry.actor.id,
    action: entry.action,
    target: entry.target ? entry.target.username || entry.target.id : '',
    detail: entry.detail ? JSON.stringify(entry.detail) : '',
    ip: entry.ip ?? '',
    source: 'accounts',
  };
}

export function fromTechmartEntry(entry: TechmartAuditEntry): AuditRow {
  const after = entry.after as { name?: unknown } | undefined;
  const before = entry.before as { name?: unknown } | undefined;
  const name = typeof after?.name === 'string' ? after.name : typeof before?.name === 'string' ? before.name : '';
  const change =
    entry.before === undefined && entry.after === undefined
      ? ''
      : JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null });
  return {
    key: `t:${entry.id}`,
    at: entry.at,
    actor: entry.actor.displayName || entry.actor.userId,
    action: entry.action,
    target: name ? `${entry.entityType} ${name}` : `${entry.entityType} ${entry.entityId}`,
    detail: change,
    ip: entry.sourceIp ?? '',
    source: 'techmart',
  };
}

/** Both logs in one list, newest first. */
export function mergeAudit(accounts: AccountAuditEntry[], techmart: TechmartAuditEntry[]): AuditRow[] {
  return [...accounts.map(fromAccountEntry), ...techmart.map(fromTechmartEntry)].sort((a, b) =>
    a.at < b.at ? 1 : a.at > b.at ? -1 : 0,
  );
}

export interface AuditFilter {
  actor: string;
  action: string;
  /** YYYY-MM-DD, Vietnam calendar day, inclusive */
  from: string;
  to: string;
}

export const NO_FILTER: AuditFilter = { actor: '', action: '', from: '', to: '' };

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) an instant falls on in Vietnam, where the admins are. */
export function vietnamDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : VIETNAM_DAY.format(date);
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();

export function filterAudit(rows: AuditRow[], filter: AuditFilter): AuditRow[] {
  const actor = fold(filter.actor);
  const action = fold(filter.action);
  return rows.filter((row) => {
    if (actor && !fold(row.actor).includes(actor)) return false;
    if (action && !fold(row.action).includes(action)) return false;
    const day = vietnamDay(row.at);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    return true;
  });
}

/** One cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = ['at', 'actor', 'action', 'target', 'detail', 'ip', 'source'] as const;

/** RFC 4180 CSV with a BOM, so spreadsheet programs read the Vietnamese text as UTF-8. */
export function auditCsv(rows: AuditRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const row of rows) lines.push(CSV_HEADER.map((key) => cell(row[key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
