// An introduction request between a startup and an investor, mediated by a programme officer:
//   requested → forwarded → accepted | declined (with a reason)
// The officer may also decline a request instead of forwarding it; the startup may withdraw it
// until the investor answers. The startup consents to share its contact by asking; the investor
// by accepting. Only then, with both consents, are contacts disclosed to either side.

export const INTRODUCTION_STATES = ['requested', 'forwarded', 'accepted', 'declined', 'withdrawn'] as const;
export type IntroductionState = (typeof INTRODUCTION_STATES)[number];

export const INTRODUCTION_ACTIONS = ['forward', 'accept', 'decline', 'withdraw'] as const;
export type IntroductionAction = (typeof INTRODUCTION_ACTIONS)[number];

/** Who acts: the requesting startup's team, the officer, or the investor's own account. */
export type IntroductionParty = 'startup' | 'officer' | 'investor';

interface Transition {
  from: readonly IntroductionState[];
  to: IntroductionState;
  by: readonly IntroductionParty[];
  needsReason: boolean;
}

const TRANSITIONS: Record<IntroductionAction, Transition> = {
  forward: { from: ['requested'], to: 'forwarded', by: ['officer'], needsReason: false },
  // The officer records the investor's answer when the investor has no account here.
  accept: { from: ['forwarded'], to: 'accepted', by: ['investor', 'officer'], needsReason: false },
  decline: { from: ['requested', 'forwarded'], to: 'declined', by: ['investor', 'officer'], needsReason: true },
  withdraw: { from: ['requested', 'forwarded'], to: 'withdrawn', by: ['startup'], needsReason: false },
};

export type TransitionResult =
  | { ok: true; to: IntroductionState }
  | { ok: false; problem: 'forbidden' | 'wrong_state' | 'reason_required' };

export function transition(
  state: IntroductionState,
  action: IntroductionAction,
  parties: readonly IntroductionParty[],
  reason: string | null | undefined,
): TransitionResult {
  const t = TRANSITIONS[action];
  if (!t.by.some((p) => parties.includes(p))) return { ok: false, problem: 'forbidden' };
  // The investor answers only what reached them: an officer's decline covers the 'requested' step.
  if (action === 'decline' && state === 'requested' && !parties.includes('officer')) {
    return { ok: false, problem: 'wrong_state' };
  }
  if (!t.from.includes(state)) return { ok: false, problem: 'wrong_state' };
  if (t.needsReason && !reason?.trim()) return { ok: false, problem: 'reason_required' };
  return { ok: true, to: t.to };
}

/** The actions the given parties may take now (for the portal's buttons). */
export function availableActions(
  state: IntroductionState,
  parties: readonly IntroductionParty[],
): IntroductionAction[] {
  return INTRODUCTION_ACTIONS.filter((a) => transition(state, a, parties, 'x').ok);
}

/** Both sides have consented: the only state in which contact data leaves the service. */
export const contactsDisclosed = (state: IntroductionState): boolean => state === 'accepted';

export interface Contact {
  name: string;
  email: string | null;
  phone: string | null;
}

/** The contact fields of a view: null until both sides accepted, whoever asks (officers too). */
export function disclosedContact(state: IntroductionState, contact: Contact): Contact | null {
  return contactsDisclosed(state) ? contact : null;
}
