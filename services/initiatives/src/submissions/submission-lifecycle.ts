// The submission's lifecycle as a pure function: which action leads from which state to which.
//   draft ─submit→ submitted ─start_screening→ screening ─send_to_review→ under_review
//   screening ─reject→ not_recognised        screening ─redirect_ip→ redirected_ip (IP support)
//   under_review ─recognise→ recognised       under_review ─not_recognise→ not_recognised
//   not_recognised ─appeal→ appealed ─recognise | not_recognise→ re-decided
//   draft | submitted | screening ─withdraw→ withdrawn (withdrawal only before review)
// The appeal window (the campaign's appeal days after the decision) is checked by `appealOpen`.

export const SUBMISSION_STATES = [
  'draft',
  'submitted',
  'screening',
  'under_review',
  'recognised',
  'not_recognised',
  'appealed',
  'withdrawn',
  'redirected_ip',
] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_ACTIONS = [
  'submit',
  'withdraw',
  'start_screening',
  'send_to_review',
  'reject',
  'redirect_ip',
  'recognise',
  'not_recognise',
  'appeal',
] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

const TRANSITIONS: Record<SubmissionAction, Partial<Record<SubmissionState, SubmissionState>>> = {
  submit: { draft: 'submitted' },
  withdraw: { draft: 'withdrawn', submitted: 'withdrawn', screening: 'withdrawn' },
  start_screening: { submitted: 'screening' },
  send_to_review: { screening: 'under_review' },
  reject: { screening: 'not_recognised' },
  redirect_ip: { screening: 'redirected_ip' },
  recognise: { under_review: 'recognised', appealed: 'recognised' },
  not_recognise: { under_review: 'not_recognised', appealed: 'not_recognised' },
  appeal: { not_recognised: 'appealed' },
};

export class InvalidTransitionError extends Error {
  constructor(
    readonly from: SubmissionState,
    readonly action: SubmissionAction,
  ) {
    super(`cannot ${action} a submission that is ${from}`);
  }
}

export function nextState(from: SubmissionState, action: SubmissionAction): SubmissionState {
  const to = TRANSITIONS[action][from];
  if (!to) throw new InvalidTransitionError(from, action);
  return to;
}

export function canTransition(from: SubmissionState, action: SubmissionAction): boolean {
  return TRANSITIONS[action][from] !== undefined;
}

/** Only drafts are edited by their author. */
export const isEditable = (state: SubmissionState): boolean => state === 'draft';

/** The last day (inclusive, as an instant) an author may appeal a decision taken at `decidedAt`. */
export function appealDeadline(decidedAt: Date, appealDays: number): Date {
  return new Date(decidedAt.getTime() + appealDays * 86_400_000);
}

export function appealOpen(state: SubmissionState, decidedAt: Date | null, appealDays: number, now: Date): boolean {
  if (!canTransition(state, 'appeal') || !decidedAt || appealDays <= 0) return false;
  return now.getTime() <= appealDeadline(decidedAt, appealDays).getTime();
}
