// The computed deadlines table. Bulk writes go through one JSON parameter (jsonb_to_recordset) so a
// batch of a thousand filings is one statement, on PostgreSQL and PGlite alike.
import { uuidv7 } from 'uuidv7';
import type { IsoDate } from '../holidays/calendar-date.js';
import type { Db } from '../shared/db.js';
import type { RightCode } from './deadline-rule.js';
import type { ComputedDeadline } from './deadline.engine.js';
import type { FilingRecord, MilestoneRecord } from './filing-facts.js';

export interface FilingHeader {
  id: string;
  requestId: string;
  organisationId: string;
  organisationName: string;
  right: RightCode;
  applicationNumber: string;
  subjectTitle: string;
}

export type LoadedFiling = FilingHeader & { record: FilingRecord };

export interface DeadlineRow {
  id: string;
  filingId: string;
  requestId: string;
  organisationId: string;
  organisationName: string;
  right: RightCode;
  applicationNumber: string;
  subjectTitle: string;
  key: string;
  ruleCode: string;
  ruleVersion: number;
  kind: string;
  sequence: number;
  titleVi: string;
  titleEn: string;
  anchorDate: IsoDate;
  nominalDueDate: IsoDate;
  dueDate: IsoDate;
  windowOpensOn: IsoDate | null;
  nominalGraceEndsOn: IsoDate | null;
  graceEndsOn: IsoDate | null;
  officeActionId: string | null;
  status: 'open' | 'done' | 'cancelled';
}

const d = (column: string, alias = column) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;

export const DEADLINE_COLUMNS = `id, filing_id AS "filingId", request_id AS "requestId",
  organisation_id AS "organisationId", organisation_name AS "organisationName", "right"::text AS "right",
  application_number AS "applicationNumber", subject_title AS "subjectTitle", key, rule_code AS "ruleCode",
  rule_version AS "ruleVersion", kind, sequence, title_vi AS "titleVi", title_en AS "titleEn",
  ${d('anchor_date', 'anchorDate')}, ${d('nominal_due_date', 'nominalDueDate')}, ${d('due_date', 'dueDate')},
  ${d('window_opens_on', 'windowOpensOn')}, ${d('nominal_grace_ends_on', 'nominalGraceEndsOn')},
  ${d('grace_ends_on', 'graceEndsOn')}, office_action_id AS "officeActionId", status`;

const ids = (list: readonly string[]) => JSON.stringify(list);

export type FilingScope = { ids: readonly string[] } | { afterId: string | null; limit: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The rows of a batch of filings. A batch sorted by id is a contiguous id range, so an index range
 * scan finds them; ids come from our own query (checked all the same before they enter the SQL).
 */
function filingFilter(filings: readonly { id: string }[], contiguous: boolean): string {
  const sorted = filings.map((f) => f.id).sort();
  if (!sorted.every((id) => UUID.test(id))) throw new Error('unexpected filing id');
  if (sorted.length === 1) return `filing_id = '${sorted[0]}'::uuid`;
  const range = `filing_id BETWEEN '${sorted[0]}'::uuid AND '${sorted.at(-1)}'::uuid`;
  return contiguous ? range : `${range} AND filing_id IN (${sorted.map((id) => `'${id}'::uuid`).join(',')})`;
}

// The compared columns, in one order, in SQL and in JS (nulls as empty strings).
const COMPARED = [
  'request_id',
  'organisation_id',
  'organisation_name',
  'right',
  'application_number',
  'subject_title',
  'rule_code',
  'rule_version',
  'kind',
  'sequence',
  'title_vi',
  'title_en',
  'anchor_date',
  'nominal_due_date',
  'due_date',
  'window_opens_on',
  'nominal_grace_ends_on',
  'grace_ends_on',
  'office_action_id',
  'status',
] as const;
const FINGERPRINT_SQL = `concat_ws(chr(31), ${COMPARED.map((c) => `coalesce("${c}"::text, '')`).join(', ')})`;
const fingerprint = (row: Record<string, unknown>) =>
  COMPARED.map((c) => (row[c] === null || row[c] === undefined ? '' : String(row[c]))).join('\u001f');

function toRow(f: FilingHeader, c: ComputedDeadline): Record<string, unknown> {
  return {
    id: uuidv7(),
    filing_id: f.id,
    request_id: f.requestId,
    organisation_id: f.organisationId,
    organisation_name: f.organisationName,
    right: f.right,
    application_number: f.applicationNumber,
    subject_title: f.subjectTitle,
    key: c.key,
    rule_code: c.ruleCode,
    rule_version: c.ruleVersion,
    kind: c.kind,
    sequence: c.sequence,
    title_vi: c.titleVi,
    title_en: c.titleEn,
    anchor_date: c.anchorDate,
    nominal_due_date: c.nominalDueDate,
    due_date: c.dueDate,
    window_opens_on: c.windowOpensOn,
    nominal_grace_ends_on: c.nominalGraceEndsOn,
    grace_ends_on: c.graceEndsOn,
    office_action_id: c.officeActionId,
    status: c.status,
  };
}

export class DeadlineRepository {
  async filingIdsAfter(db: Db, afterId: string | null, limit: number): Promise<string[]> {
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM filings WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT ${limit}`,
      afterId,
    );
    return rows.map((r) => r.id);
  }

  /** The filings with ids, or the next `limit` filings after `afterId` in id order (a batch). */
  async loadFilings(db: Db, scope: FilingScope): Promise<LoadedFiling[]> {
    if ('ids' in scope && scope.ids.length === 0) return [];
    const [where, param] =
      'ids' in scope
        ? ['f.id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)', ids(scope.ids)]
        : [`($1::uuid IS NULL OR f.id > $1::uuid) ORDER BY f.id LIMIT ${Math.trunc(scope.limit)}`, scope.afterId];
    const filings = await db.$queryRawUnsafe<(FilingHeader & Omit<FilingRecord, 'milestones' | 'right'>)[]>(
      `SELECT f.id::text AS id, f.request_id::text AS "requestId", f.organisation_id AS "organisationId",
         r.organisation_name AS "organisationName", f."right"::text AS "right",
         f.application_number AS "applicationNumber", r.subject_title AS "subjectTitle", f.stage::text AS stage,
         ${d('f.filing_date', 'filingDate')}, ${d('f.priority_date', 'priorityDate')},
         ${d('f.granted_on', 'grantedOn')}, ${d('f.refused_on', 'refusedOn')},
         to_char(f.updated_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "updatedOn"
       FROM filings f JOIN support_requests r ON r.id = f.request_id
       WHERE ${where}`,
      param,
    );
    if (filings.length === 0) return [];
    const milestones = await db.$queryRawUnsafe<(MilestoneRecord & { filingId: string })[]>(
      `SELECT id::text AS id, filing_id::text AS "filingId", kind, ${d('occurred_on', 'occurredOn')},
         ${d('response_due_on', 'responseDueOn')}, relates_to::text AS "relatesTo"
       FROM filing_milestones WHERE ${filingFilter(filings, !('ids' in scope))}`,
    );
    const byFiling = new Map<string, MilestoneRecord[]>();
    for (const m of milestones) {
      const list = byFiling.get(m.filingId) ?? [];
      list.push({
        id: m.id,
        kind: m.kind,
        occurredOn: m.occurredOn,
        responseDueOn: m.responseDueOn,
        relatesTo: m.relatesTo,
      });
      byFiling.set(m.filingId, list);
    }
    return filings.map((f) => ({
      id: f.id,
      requestId: f.requestId,
      organisationId: f.organisationId,
      organisationName: f.organisationName,
      right: f.right,
      applicationNumber: f.applicationNumber,
      subjectTitle: f.subjectTitle,
      record: {
        right: f.right,
        stage: f.stage,
        filingDate: f.filingDate,
        priorityDate: f.priorityDate,
        grantedOn: f.grantedOn,
        refusedOn: f.refusedOn,
        updatedOn: f.updatedOn,
        milestones: byFiling.get(f.id) ?? [],
      },
    }));
  }

  /**
   * Makes the stored deadlines of these filings exactly `computed`: inserts new ones, updates the
   * ones that changed (keeping their ids, so reminders stay linked), deletes the ones no rule gives
   * any more. Returns how many rows changed.
   */
  async replaceForFilings(
    db: Db,
    filings: readonly FilingHeader[],
    computed: ReadonlyMap<string, readonly ComputedDeadline[]>,
    /** the filings are every filing in their id range (a batch), not a pick */
    contiguous = false,
  ): Promise<number> {
    if (filings.length === 0) return 0;
    // Diff against what is stored (one read of fingerprints), then write only the difference: in the
    // steady state a recomputation is reads only.
    const stored = await db.$queryRawUnsafe<{ id: string; filingId: string; key: string; fp: string }[]>(
      `SELECT id::text AS id, filing_id::text AS "filingId", key, ${FINGERPRINT_SQL} AS fp
       FROM filing_deadlines WHERE ${filingFilter(filings, contiguous)}`,
    );
    const byKey = new Map(stored.map((r) => [`${r.filingId}/${r.key}`, r]));
    const rows: Record<string, unknown>[] = [];
    for (const f of filings) {
      for (const c of computed.get(f.id) ?? []) {
        const row = toRow(f, c);
        const existing = byKey.get(`${f.id}/${c.key}`);
        byKey.delete(`${f.id}/${c.key}`);
        if (existing?.fp === fingerprint(row)) continue;
        rows.push(row);
      }
    }
    const removed = [...byKey.values()].map((r) => r.id);
    const deleted =
      removed.length === 0
        ? 0
        : await db.$executeRawUnsafe(
            'DELETE FROM filing_deadlines WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)',
            ids(removed),
          );
    if (rows.length === 0) return deleted;
    const upserted = await db.$executeRawUnsafe(
      `INSERT INTO filing_deadlines (id, filing_id, request_id, organisation_id, organisation_name, "right",
         application_number, subject_title, key, rule_code, rule_version, kind, sequence, title_vi, title_en,
         anchor_date, nominal_due_date, due_date, window_opens_on, nominal_grace_ends_on, grace_ends_on,
         office_action_id, status, computed_at)
       SELECT id, filing_id, request_id, organisation_id, organisation_name, "right"::ip_right,
         application_number, subject_title, key, rule_code, rule_version, kind, sequence, title_vi, title_en,
         anchor_date, nominal_due_date, due_date, window_opens_on, nominal_grace_ends_on, grace_ends_on,
         office_action_id, status, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, filing_id uuid, request_id uuid, organisation_id text,
         organisation_name text, "right" text, application_number text, subject_title text, key text,
         rule_code text, rule_version int, kind text, sequence int, title_vi text, title_en text,
         anchor_date date, nominal_due_date date, due_date date, window_opens_on date,
         nominal_grace_ends_on date, grace_ends_on date, office_action_id uuid, status text)
       ON CONFLICT (filing_id, key) DO UPDATE SET
         request_id = excluded.request_id, organisation_id = excluded.organisation_id,
         organisation_name = excluded.organisation_name, "right" = excluded."right",
         application_number = excluded.application_number, subject_title = excluded.subject_title,
         rule_code = excluded.rule_code, rule_version = excluded.rule_version, kind = excluded.kind,
         sequence = excluded.sequence, title_vi = excluded.title_vi, title_en = excluded.title_en,
         anchor_date = excluded.anchor_date, nominal_due_date = excluded.nominal_due_date,
         due_date = excluded.due_date, window_opens_on = excluded.window_opens_on,
         nominal_grace_ends_on = excluded.nominal_grace_ends_on, grace_ends_on = excluded.grace_ends_on,
         office_action_id = excluded.office_action_id, status = excluded.status, computed_at = now()`,
      JSON.stringify(rows),
    );
    return deleted + upserted;
  }

  /** Deadlines whose last day (or grace end) falls between the dates: what a holiday change can move. */
  async nominalBetween(
    db: Db,
    from: IsoDate,
    to: IsoDate,
    afterId: string | null,
    limit: number,
  ): Promise<
    {
      id: string;
      nominalDueDate: IsoDate;
      dueDate: IsoDate;
      nominalGraceEndsOn: IsoDate | null;
      graceEndsOn: IsoDate | null;
    }[]
  > {
    return db.$queryRawUnsafe(
      `SELECT id::text AS id, ${d('nominal_due_date', 'nominalDueDate')}, ${d('due_date', 'dueDate')},
         ${d('nominal_grace_ends_on', 'nominalGraceEndsOn')}, ${d('grace_ends_on', 'graceEndsOn')}
       FROM filing_deadlines
       WHERE (nominal_due_date BETWEEN $1::date AND $2::date OR nominal_grace_ends_on BETWEEN $1::date AND $2::date)
         AND ($3::uuid IS NULL OR id > $3::uuid)
       ORDER BY id LIMIT ${limit}`,
      from,
      to,
      afterId,
    );
  }

  async updateDueDates(
    db: Db,
    changes: readonly { id: string; dueDate: IsoDate; graceEndsOn: IsoDate | null }[],
  ): Promise<number> {
    if (changes.length === 0) return 0;
    return db.$executeRawUnsafe(
      `UPDATE filing_deadlines t SET due_date = x.due_date, grace_ends_on = x.grace_ends_on, computed_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, due_date date, grace_ends_on date)
       WHERE t.id = x.id`,
      JSON.stringify(changes.map((c) => ({ id: c.id, due_date: c.dueDate, grace_ends_on: c.graceEndsOn }))),
    );
  }

  /** A page of deadlines ordered by (due date, id), after the cursor. */
  async page(
    db: Db,
    filter: {
      status?: string;
      organisationId?: string;
      filingId?: string;
      right?: string;
      from?: IsoDate;
      to?: IsoDate;
      after?: { dueDate: IsoDate; id: string };
    },
    limit: number,
  ): Promise<DeadlineRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (filter.status) add('status = ?', filter.status);
    if (filter.organisationId) add('organisation_id = ?', filter.organisationId);
    if (filter.filingId) add('filing_id = ?::uuid', filter.filingId);
    if (filter.right) add('"right" = ?::ip_right', filter.right);
    if (filter.from) add('due_date >= ?::date', filter.from);
    if (filter.to) add('due_date <= ?::date', filter.to);
    if (filter.after) {
      params.push(filter.after.dueDate, filter.after.id);
      where.push(`(due_date, id) > ($${params.length - 1}::date, $${params.length}::uuid)`);
    }
    return db.$queryRawUnsafe<DeadlineRow[]>(
      `SELECT ${DEADLINE_COLUMNS} FROM filing_deadlines
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY due_date, id LIMIT ${Math.trunc(limit)}`,
      ...params,
    );
  }
}
