// The life of a subsidy claim. A claim opens (by the business, or by the service when a
// certificate is granted), is completed with evidence and submitted, may be sent back for more
// information, and is then decided: rejected with a reason, or approved with the policy's amount.
// An approval that the year's budget cannot cover waits in the queue until money appears (a top-up
// or next year's budget); an approved claim is paid once. Pure rules, no framework.

export const CLAIM_STATES = [
  'open',
  'submitted',
  'needs_info',
  'queued',
  'approved',
  'paid',
  'rejected',
  'withdrawn',
] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export type ClaimAction =
  | 'submit'
  | 'request_info'
  | 'approve'
  | 'queue'
  | 'release'
  | 'reject'
  | 'record_payment'
  | 'withdraw';

type Who = 'business' | 'officer' | 'system';

const TRANSITIONS: Record<ClaimAction, { from: readonly ClaimState[]; to: ClaimState; by: Who }> = {
  submit: { from: ['open', 'needs_info'], to: 'submitted', by: 'business' },
  request_info: { from: ['submitted'], to: 'needs_info', by: 'officer' },
  // an officer's approval lands in one of two states depending on the budget
  approve: { from: ['submitted'], to: 'approved', by: 'officer' },
  queue: { from: ['submitted'], to: 'queued', by: 'officer' },
  // money appeared: the claim at the head of the queue takes it
  release: { from: ['queued'], to: 'approved', by: 'system' },
  reject: { from: ['submitted', 'needs_info', 'queued'], to: 'rejected', by: 'officer' },
  record_payment: { from: ['approved'], to: 'paid', by: 'officer' },
  withdraw: { from: ['open', 'submitted', 'needs_info', 'queued'], to: 'withdrawn', by: 'business' },
};

export function transition(state: ClaimState, action: ClaimAction): ClaimState | null {
  const t = TRANSITIONS[action];
  return t.from.includes(state) ? t.to : null;
}

export function actionsBy(who: Who, state: ClaimState): ClaimAction[] {
  return (Object.keys(TRANSITIONS) as ClaimAction[]).filter((a) => {
    const t = TRANSITIONS[a];
    // approve and queue are one officer action ("approve") whose outcome the budget decides
    return t.by === who && t.from.includes(state) && a !== 'queue';
  });
}

/** States the business may still edit (cost, evidence, note). */
export const EDITABLE: readonly ClaimState[] = ['open', 'needs_info'];

/**
 * States that count against an organisation's yearly limit: subsidies granted (approved, waiting
 * for money, or paid). Claims still under review do not, or six submitted claims would block each
 * other's approval.
 */
export const COUNTS_AGAINST_LIMIT: readonly ClaimState[] = ['queued', 'approved', 'paid'];

export const FINAL: readonly ClaimState[] = ['paid', 'rejected', 'withdrawn'];
