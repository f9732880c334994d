// The life of a support request as a pure function: which action moves which state where, and who may
// take it. Officer triage: accept, ask for more, decline with a reason. The dossier steps and the
// filing outcome are taken by the workflows themselves (side 'system') or by an officer.

export const REQUEST_STATES = [
  'submitted',
  'needs_info',
  'accepted',
  'declined',
  'dossier_complete',
  'filed',
  'granted',
  'refused',
  'withdrawn',
] as const;
export type RequestStateCode = (typeof REQUEST_STATES)[number];

export const REQUEST_ACTIONS = [
  'accept',
  'ask_info',
  'decline',
  'resubmit',
  'withdraw',
  'complete_dossier',
  'reopen_dossier',
  'file',
  'grant',
  'refuse',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** Who takes a step: the requesting organisation, an officer (or admin), or the service itself. */
export type Side = 'business' | 'officer' | 'system';

interface Rule {
  from: readonly RequestStateCode[];
  to: RequestStateCode;
  by: Side;
  /** the step needs the officer's words (decline reason, the question asked) */
  reason: boolean;
}

const RULES: Record<RequestAction, Rule> = {
  accept: { from: ['submitted'], to: 'accepted', by: 'officer', reason: false },
  ask_info: { from: ['submitted'], to: 'needs_info', by: 'officer', reason: true },
  decline: { from: ['submitted', 'needs_info'], to: 'declined', by: 'officer', reason: true },
  resubmit: { from: ['needs_info'], to: 'submitted', by: 'business', reason: false },
  withdraw: {
    from: ['submitted', 'needs_info', 'accepted', 'dossier_complete'],
    to: 'withdrawn',
    by: 'business',
    reason: false,
  },
  complete_dossier: { from: ['accepted'], to: 'dossier_complete', by: 'system', reason: false },
  reopen_dossier: { from: ['dossier_complete'], to: 'accepted', by: 'system', reason: false },
  file: { from: ['dossier_complete'], to: 'filed', by: 'officer', reason: false },
  grant: { from: ['filed'], to: 'granted', by: 'officer', reason: false },
  refuse: { from: ['filed'], to: 'refused', by: 'officer', reason: true },
};

export type TransitionResult =
  | { ok: true; to: RequestStateCode }
  | { ok: false; reason: 'wrong_state' | 'wrong_side' | 'reason_required' };

export function transition(
  state: RequestStateCode,
  action: RequestAction,
  side: Side,
  reason?: string | null,
): TransitionResult {
  const rule = RULES[action];
  if (rule.by !== side && side !== 'system') return { ok: false, reason: 'wrong_side' };
  if (!rule.from.includes(state)) return { ok: false, reason: 'wrong_state' };
  if (rule.reason && !reason?.trim()) return { ok: false, reason: 'reason_required' };
  return { ok: true, to: rule.to };
}

/** The actions a person on `side` can take now (the portal shows these buttons). */
export function allowedActions(state: RequestStateCode, side: Side): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => {
    const rule = RULES[action];
    return rule.by === side && rule.from.includes(state);
  });
}

/** Business edits (subject, description, classes) only before the officer accepted. */
export function isEditable(state: RequestStateCode): boolean {
  return state === 'submitted' || state === 'needs_info';
}

/** States in which the dossier exists and can receive documents. */
export function hasOpenDossier(state: RequestStateCode): boolean {
  return state === 'accepted' || state === 'dossier_complete';
}
