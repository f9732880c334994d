import { addMonths, compareIsoDates, type IsoDate } from '../holidays/calendar-date.js';
import type { WorkingCalendar } from '../holidays/holiday-table.js';
import type { DeadlineKind, DeadlineRule, OfficeActionKind, RightCode } from './deadline-rule.js';

/** What the engine needs to know about a filing; built from its milestones. */
export interface FilingFacts {
  right: RightCode;
  filingDate: IsoDate;
  /** Every priority date claimed (Paris Convention); the earliest counts. */
  priorityDates?: IsoDate[];
  grantDate?: IsoDate | null;
  /** The applicant's request for substantive examination, once made. */
  examinationRequestedOn?: IsoDate | null;
  /** Refused, withdrawn, or lapsed: no more deadlines run. */
  closedOn?: IsoDate | null;
  officeActions?: Array<{
    id: string;
    kind: OfficeActionKind;
    issuedOn: IsoDate;
    /** The last day the office's notice itself sets, when it sets one: it prevails. */
    dueOn?: IsoDate | null;
    respondedOn?: IsoDate | null;
    extended?: boolean;
  }>;
}

export interface ComputedDeadline {
  /** Stable per filing: rule code + sequence (+ office action id). */
  key: string;
  ruleCode: string;
  ruleVersion: number;
  kind: DeadlineKind;
  /** Renewal cycle, annuity year, or 1. */
  sequence: number;
  titleVi: string;
  titleEn: string;
  anchorDate: IsoDate;
  /** The last day by the statute, before moving off days off. */
  nominalDueDate: IsoDate;
  /** The last day to act: the nominal day or the next working day. */
  dueDate: IsoDate;
  windowOpensOn: IsoDate | null;
  nominalGraceEndsOn: IsoDate | null;
  graceEndsOn: IsoDate | null;
  officeActionId: string | null;
  /** open; done (acted on); cancelled (the filing closed before it fell due). */
  status: DeadlineStatus;
}

export type DeadlineStatus = 'open' | 'done' | 'cancelled';

const inForceCache = new WeakMap<readonly DeadlineRule[], Map<string, DeadlineRule[]>>();

/** The version of each rule in force on `date`: the latest `effectiveFrom` not after it. */
export function rulesInForce(rules: readonly DeadlineRule[], date: IsoDate): DeadlineRule[] {
  // Rule lists are immutable once loaded; a recomputation asks for the same days again and again.
  let cache = inForceCache.get(rules);
  if (!cache) {
    cache = new Map();
    inForceCache.set(rules, cache);
  }
  const hit = cache.get(date);
  if (hit) return hit;
  const result = selectInForce(rules, date);
  cache.set(date, result);
  return result;
}

function selectInForce(rules: readonly DeadlineRule[], date: IsoDate): DeadlineRule[] {
  const byCode = new Map<string, DeadlineRule>();
  for (const rule of rules) {
    if (compareIsoDates(rule.effectiveFrom, date) > 0) continue;
    const current = byCode.get(rule.code);
    if (!current || compareIsoDates(current.effectiveFrom, rule.effectiveFrom) < 0) byCode.set(rule.code, rule);
  }
  return [...byCode.values()];
}

export function earliestPriorityOrFiling(facts: FilingFacts): IsoDate {
  return [facts.filingDate, ...(facts.priorityDates ?? [])].reduce((a, b) => (compareIsoDates(a, b) <= 0 ? a : b));
}

/**
 * Every deadline of a filing under the rules, moved to working days by the
 * calendar. Pure: the same facts, rules and calendar give the same list.
 */
export function computeDeadlines(
  facts: FilingFacts,
  rules: readonly DeadlineRule[],
  calendar: WorkingCalendar,
): ComputedDeadline[] {
  const out: ComputedDeadline[] = [];
  const applicable = (date: IsoDate) => rulesInForce(rules, date).filter((r) => r.rights.includes(facts.right));

  const push = (
    rule: DeadlineRule,
    sequence: number,
    anchorDate: IsoDate,
    nominalDueDate: IsoDate,
    extra: { officeActionId?: string; done?: boolean } = {},
  ) => {
    const nominalGrace = rule.graceMonths ? addMonths(nominalDueDate, rule.graceMonths) : null;
    out.push({
      key: extra.officeActionId ? `${rule.code}:${extra.officeActionId}` : `${rule.code}:${sequence}`,
      ruleCode: rule.code,
      ruleVersion: rule.version,
      kind: rule.kind,
      sequence,
      titleVi: rule.titleVi,
      titleEn: rule.titleEn,
      anchorDate,
      nominalDueDate,
      dueDate: calendar.nextWorkingDayOnOrAfter(nominalDueDate),
      windowOpensOn: rule.windowMonthsBefore ? addMonths(nominalDueDate, -rule.windowMonthsBefore) : null,
      nominalGraceEndsOn: nominalGrace,
      graceEndsOn: nominalGrace ? calendar.nextWorkingDayOnOrAfter(nominalGrace) : null,
      officeActionId: extra.officeActionId ?? null,
      status: extra.done ? 'done' : 'open',
    });
  };

  for (const rule of applicable(facts.filingDate)) {
    switch (rule.kind) {
      case 'examination_request': {
        const anchor =
          rule.anchor === 'earliest_priority_or_filing' ? earliestPriorityOrFiling(facts) : facts.filingDate;
        push(rule, 1, anchor, addMonths(anchor, rule.months), { done: Boolean(facts.examinationRequestedOn) });
        break;
      }
      case 'renewal': {
        // Renewals run only for a granted title; every cycle counts from the
        // filing date itself so month-end clamping never drifts.
        if (!facts.grantDate) break;
        const count = rule.repeat?.count ?? 1;
        const every = rule.repeat?.everyMonths ?? rule.months;
        for (let cycle = 1; cycle <= count; cycle += 1) {
          push(rule, cycle, facts.filingDate, addMonths(facts.filingDate, rule.months + (cycle - 1) * every));
        }
        break;
      }
      case 'annuity': {
        if (!facts.grantDate) break;
        // Year 1 is paid with the grant fee; year k starts k-1 years after grant.
        const termEnd = rule.termMonthsFromFiling ? addMonths(facts.filingDate, rule.termMonthsFromFiling) : null;
        const every = rule.repeat?.everyMonths ?? 12;
        const count = rule.repeat?.count ?? 1;
        for (let year = 2; year <= count + 1; year += 1) {
          const start = addMonths(facts.grantDate, (year - 1) * every);
          if (termEnd && compareIsoDates(start, termEnd) >= 0) break;
          push(rule, year, facts.grantDate, start);
        }
        break;
      }
      case 'office_action_response':
        break;
    }
  }

  for (const action of facts.officeActions ?? []) {
    const rule = applicable(action.issuedOn).find(
      (r) => r.kind === 'office_action_response' && r.officeActionKind === action.kind,
    );
    if (!rule) continue;
    const extension = action.extended ? (rule.extensionMonths ?? 0) : 0;
    const nominal = action.dueOn
      ? addMonths(action.dueOn, extension)
      : addMonths(action.issuedOn, rule.months + extension);
    push(rule, 1, action.issuedOn, nominal, {
      officeActionId: action.id,
      done: Boolean(action.respondedOn),
    });
  }

  // A closed filing keeps its history but nothing after closing stays open.
  if (facts.closedOn) {
    const closedOn = facts.closedOn;
    for (const d of out) {
      if (d.status === 'open' && compareIsoDates(d.nominalDueDate, closedOn) > 0) d.status = 'cancelled';
    }
  }
  return out.sort((a, b) => compareIsoDates(a.dueDate, b.dueDate) || a.key.localeCompare(b.key));
}
