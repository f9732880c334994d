// Programme and milestone state machines, and the seat rule for a cohort. Plain functions.
import type { ProgrammeStatus } from './programme.schema.js';

const PROGRAMME_ACTIONS = {
  open_call: { from: ['draft'], to: 'call_open' },
  start_selection: { from: ['call_open'], to: 'selecting' },
  // forming a cohort starts the programme
  start: { from: ['selecting'], to: 'running' },
  close: { from: ['running'], to: 'closed' },
} as const satisfies Record<string, { from: readonly ProgrammeStatus[]; to: ProgrammeStatus }>;
export type ProgrammeAction = keyof typeof PROGRAMME_ACTIONS;

export function programmeTransition(status: string, action: ProgrammeAction): ProgrammeStatus | undefined {
  const step = PROGRAMME_ACTIONS[action];
  return (step.from as readonly string[]).includes(status) ? step.to : undefined;
}

export const MILESTONE_STATUSES = ['open', 'submitted', 'signed_off', 'returned'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

const MILESTONE_ACTIONS = {
  // the team sends evidence (again, after a return)
  submit: { from: ['open', 'returned'], to: 'submitted' },
  sign_off: { from: ['submitted'], to: 'signed_off' },
  return: { from: ['submitted'], to: 'returned' },
} as const satisfies Record<string, { from: readonly MilestoneStatus[]; to: MilestoneStatus }>;
export type MilestoneAction = keyof typeof MILESTONE_ACTIONS;

export function milestoneTransition(status: string, action: MilestoneAction): MilestoneStatus | undefined {
  const step = MILESTONE_ACTIONS[action];
  return (step.from as readonly string[]).includes(status) ? step.to : undefined;
}

/** A milestone past its due date and not yet signed off is overdue (dates compared in UTC days). */
export function isOverdue(m: { status: string; dueOn: Date }, now: Date): boolean {
  return m.status !== 'signed_off' && m.dueOn.getTime() + 86_400_000 <= now.getTime();
}

/** Problems with a cohort's selection: too many for the seats, or startups that did not apply. */
export function selectionProblems(
  selected: readonly string[],
  applicants: readonly string[],
  seats: number,
): { code: 'over_seats' | 'not_applicant'; startupIds: string[] }[] {
  const problems: { code: 'over_seats' | 'not_applicant'; startupIds: string[] }[] = [];
  const set = new Set(applicants);
  const strangers = selected.filter((id) => !set.has(id));
  if (strangers.length) problems.push({ code: 'not_applicant', startupIds: strangers });
  if (new Set(selected).size > seats) problems.push({ code: 'over_seats', startupIds: [] });
  return problems;
}
