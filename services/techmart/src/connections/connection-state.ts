// The connection state machine and who may see what. Pure.
//
//   proposed ──(both accept)──▶ accepted ──(note/meeting/document)──▶ negotiating ──▶ signed
//      │ (either declines)          │                                     │
//      ▼                            └──────────────▶ closed ◀─────────────┘
//   declined
//
// Contact details cross only after both parties accepted (consent), and stay visible afterwards.

import type { ConnectionState, Party } from './connection.schema.js';

export type Decision = 'pending' | 'accepted' | 'declined';

export interface ConnectionFacts {
  state: ConnectionState;
  requesterDecision: Decision;
  supplierDecision: Decision;
  requesterOrganisationId: string;
  supplierOrganisationId: string;
}

export type ConnectionAction = 'decide' | 'note' | 'sign' | 'close' | 'register';

export class ConnectionTransitionError extends Error {
  constructor(
    readonly from: ConnectionState,
    readonly action: ConnectionAction,
  ) {
    super(`cannot ${action} a ${from} connection`);
  }
}

/** One party's answer to the introduction; both yes → accepted, any no → declined. */
export function applyDecision(
  c: ConnectionFacts,
  party: Party,
  accept: boolean,
): Pick<ConnectionFacts, 'state' | 'requesterDecision' | 'supplierDecision'> {
  if (c.state !== 'proposed') throw new ConnectionTransitionError(c.state, 'decide');
  const mine = party === 'requester' ? c.requesterDecision : c.supplierDecision;
  if (mine !== 'pending') throw new ConnectionTransitionError(c.state, 'decide');
  const decision: Decision = accept ? 'accepted' : 'declined';
  const requesterDecision = party === 'requester' ? decision : c.requesterDecision;
  const supplierDecision = party === 'supplier' ? decision : c.supplierDecision;
  const state: ConnectionState =
    requesterDecision === 'declined' || supplierDecision === 'declined'
      ? 'declined'
      : requesterDecision === 'accepted' && supplierDecision === 'accepted'
        ? 'accepted'
        : 'proposed';
  return { state, requesterDecision, supplierDecision };
}

/** A note, meeting or document moves an accepted connection into negotiation. */
export function applyNote(c: Pick<ConnectionFacts, 'state'>): ConnectionState {
  if (c.state !== 'accepted' && c.state !== 'negotiating') throw new ConnectionTransitionError(c.state, 'note');
  return 'negotiating';
}

export function applySign(c: Pick<ConnectionFacts, 'state'>): ConnectionState {
  if (c.state !== 'accepted' && c.state !== 'negotiating') throw new ConnectionTransitionError(c.state, 'sign');
  return 'signed';
}

/** The registration number of a signed transfer contract, once the authority issued it. */
export function applyRegistration(c: Pick<ConnectionFacts, 'state'>): ConnectionState {
  if (c.state !== 'signed') throw new ConnectionTransitionError(c.state, 'register');
  return 'signed';
}

/** Closing without a deal: from any open state (an introduction nobody answers can be closed too). */
export function applyClose(c: Pick<ConnectionFacts, 'state'>): ConnectionState {
  if (c.state === 'signed' || c.state === 'declined' || c.state === 'closed') {
    throw new ConnectionTransitionError(c.state, 'close');
  }
  return 'closed';
}

/** Which side an organisation is on (null: not a party). */
export function partyOf(c: ConnectionFacts, organisationId: string | null): Party | null {
  if (!organisationId) return null;
  if (organisationId === c.requesterOrganisationId) return 'requester';
  if (organisationId === c.supplierOrganisationId) return 'supplier';
  return null;
}

/** Consent gating: contact data is shown (to anyone) only when both sides accepted the introduction. */
export function contactsVisible(c: Pick<ConnectionFacts, 'requesterDecision' | 'supplierDecision'>): boolean {
  return c.requesterDecision === 'accepted' && c.supplierDecision === 'accepted';
}

/** YYYY-MM of an instant in Asia/Ho_Chi_Minh (UTC+7, no daylight saving): the indicators' period. */
export function periodOf(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
}
