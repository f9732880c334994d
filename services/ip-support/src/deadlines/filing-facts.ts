import { compareIsoDates, type IsoDate } from '../holidays/calendar-date.js';
import type { OfficeActionKind, RightCode } from './deadline-rule.js';
import type { FilingFacts } from './deadline.engine.js';

/** A filing as stored (dates as YYYY-MM-DD), with its milestones. */
export interface FilingRecord {
  right: RightCode;
  stage: string;
  filingDate: IsoDate;
  priorityDate: IsoDate | null;
  grantedOn: IsoDate | null;
  refusedOn: IsoDate | null;
  /** when the stage became withdrawn (the filing's last update) */
  updatedOn: IsoDate;
  milestones: MilestoneRecord[];
}

export interface MilestoneRecord {
  id: string;
  kind: string;
  occurredOn: IsoDate;
  responseDueOn: IsoDate | null;
  relatesTo: string | null;
}

// Milestones after which the office is past formality examination.
const PAST_FORMALITY = new Set([
  'formality_accepted',
  'publication',
  'substantive_examination_requested',
  'substantive_examination',
]);

/**
 * The facts the deadline engine needs, read from the national procedure's
 * milestones: an office action before the formality decision answers the
 * formality examination, after it the substantive one; a response or an
 * extension names the action it belongs to (else the latest one before it).
 */
export function filingFacts(filing: FilingRecord): FilingFacts {
  const milestones = [...filing.milestones].sort(
    (a, b) => compareIsoDates(a.occurredOn, b.occurredOn) || a.id.localeCompare(b.id),
  );
  const first = (kind: string) => milestones.find((m) => m.kind === kind)?.occurredOn ?? null;
  const pastFormalityOn = milestones.find((m) => PAST_FORMALITY.has(m.kind))?.occurredOn ?? null;

  const actions = milestones.filter((m) => m.kind === 'office_action');
  const actionFor = (m: MilestoneRecord) =>
    m.relatesTo
      ? actions.find((a) => a.id === m.relatesTo)
      : actions.filter((a) => compareIsoDates(a.occurredOn, m.occurredOn) <= 0).at(-1);
  const responded = new Map<string, IsoDate>();
  const extended = new Set<string>();
  for (const m of milestones) {
    const action = m.kind === 'office_action_response' || m.kind === 'extension' ? actionFor(m) : undefined;
    if (!action) continue;
    if (m.kind === 'office_action_response' && !responded.has(action.id)) responded.set(action.id, m.occurredOn);
    if (m.kind === 'extension') extended.add(action.id);
  }

  const examinationRequestedOn = first('substantive_examination_requested') ?? first('substantive_examination');
  const closedOn = filing.refusedOn ?? first('refused') ?? (filing.stage === 'withdrawn' ? filing.updatedOn : null);
  return {
    right: filing.right,
    filingDate: filing.filingDate,
    priorityDates: filing.priorityDate ? [filing.priorityDate] : [],
    grantDate: filing.grantedOn ?? first('granted'),
    examinationRequestedOn,
    closedOn,
    officeActions: actions.map((a) => ({
      id: a.id,
      kind: (pastFormalityOn && compareIsoDates(pastFormalityOn, a.occurredOn) <= 0
        ? 'substantive'
        : 'formality') as OfficeActionKind,
      issuedOn: a.occurredOn,
      dueOn: a.responseDueOn,
      respondedOn: responded.get(a.id) ?? null,
      extended: extended.has(a.id),
    })),
  };
}
