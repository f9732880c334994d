import { describe, expect, it } from 'vitest';
import {
  applyClose,
  applyDecision,
  applyNote,
  applyRegistration,
  applySign,
  type ConnectionFacts,
  ConnectionTransitionError,
  contactsVisible,
  partyOf,
  periodOf,
} from './connection-state.js';

const proposed: ConnectionFacts = {
  state: 'proposed',
  requesterDecision: 'pending',
  supplierDecision: 'pending',
  requesterOrganisationId: 'req',
  supplierOrganisationId: 'sup',
};

describe('connection state machine', () => {
  it('becomes accepted only when both sides accept, in either order', () => {
    const one = applyDecision(proposed, 'supplier', true);
    expect(one).toEqual({ state: 'proposed', requesterDecision: 'pending', supplierDecision: 'accepted' });
    expect(applyDecision({ ...proposed, ...one }, 'requester', true).state).toBe('accepted');
  });

  it('is declined as soon as one side declines, and nobody decides twice', () => {
    expect(applyDecision(proposed, 'requester', false).state).toBe('declined');
    const accepted = { ...proposed, ...applyDecision(proposed, 'requester', true) };
    expect(() => applyDecision(accepted, 'requester', false)).toThrow(ConnectionTransitionError);
  });

  it('negotiates with notes after acceptance, not before', () => {
    expect(() => applyNote(proposed)).toThrow(ConnectionTransitionError);
    expect(applyNote({ state: 'accepted' })).toBe('negotiating');
    expect(applyNote({ state: 'negotiating' })).toBe('negotiating');
  });

  it('signs from accepted or negotiating; registers only a signed contract', () => {
    expect(applySign({ state: 'negotiating' })).toBe('signed');
    expect(applySign({ state: 'accepted' })).toBe('signed');
    expect(() => applySign(proposed)).toThrow(ConnectionTransitionError);
    expect(() => applySign({ state: 'closed' })).toThrow(ConnectionTransitionError);
    expect(applyRegistration({ state: 'signed' })).toBe('signed');
    expect(() => applyRegistration({ state: 'negotiating' })).toThrow(ConnectionTransitionError);
  });

  it('closes any open connection without a deal, but not a finished one', () => {
    for (const state of ['proposed', 'accepted', 'negotiating'] as const) expect(applyClose({ state })).toBe('closed');
    for (const state of ['signed', 'declined', 'closed'] as const)
      expect(() => applyClose({ state })).toThrow(ConnectionTransitionError);
  });
});

describe('consent gating and parties', () => {
  it('shows contacts only once both sides accepted', () => {
    expect(contactsVisible(proposed)).toBe(false);
    expect(contactsVisible({ requesterDecision: 'accepted', supplierDecision: 'pending' })).toBe(false);
    expect(contactsVisible({ requesterDecision: 'accepted', supplierDecision: 'declined' })).toBe(false);
    expect(contactsVisible({ requesterDecision: 'accepted', supplierDecision: 'accepted' })).toBe(true);
  });

  it('knows which side an organisation is on', () => {
    expect(partyOf(proposed, 'req')).toBe('requester');
    expect(partyOf(proposed, 'sup')).toBe('supplier');
    expect(partyOf(proposed, 'other')).toBeNull();
    expect(partyOf(proposed, null)).toBeNull();
  });

  it('counts a step in its Vietnamese month', () => {
    expect(periodOf(new Date('2026-03-31T18:00:00Z'))).toBe('2026-04');
    expect(periodOf(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03');
  });
});
