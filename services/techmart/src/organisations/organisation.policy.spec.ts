import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import {
  canAdministerOrganisations,
  canSearchOrganisations,
  canVerifyOrganisation,
  decideDeactivate,
  decideMerge,
  decideVerify,
} from './organisation.policy.js';

const actor = (roles: Actor['roles']): Actor => ({
  userId: 'u',
  displayName: 'U',
  organisationId: 'o',
  organisationName: null,
  roles,
});

describe('organisation policy', () => {
  it('lets officers and admins search and verify; only admins administer', () => {
    expect(canSearchOrganisations(actor(['officer']))).toBe('allow');
    expect(canSearchOrganisations(actor(['admin']))).toBe('allow');
    expect(canSearchOrganisations(actor(['business']))).toBe('forbidden');
    expect(canSearchOrganisations(null)).toBe('unauthenticated');
    expect(canVerifyOrganisation(actor(['officer']))).toBe('allow');
    expect(canVerifyOrganisation(actor(['officer']), 'other')).toBe('allow');
    expect(canVerifyOrganisation(actor(['officer']), 'o')).toBe('forbidden');
    expect(canAdministerOrganisations(actor(['officer']))).toBe('forbidden');
    expect(canAdministerOrganisations(actor(['admin']))).toBe('allow');
  });

  it('verifies pending organisations only', () => {
    expect(decideVerify('pending')).toEqual({ ok: true, status: 'verified' });
    expect(decideVerify('verified')).toEqual({ ok: false, reason: 'already_verified' });
    expect(decideVerify('merged').ok).toBe(false);
  });

  it('merges an active duplicate into another active organisation only', () => {
    expect(decideMerge({ id: 'a', status: 'pending' }, { id: 'b', status: 'verified' })).toEqual({
      ok: true,
      status: 'merged',
    });
    expect(decideMerge({ id: 'a', status: 'pending' }, { id: 'a', status: 'pending' }).ok).toBe(false);
    expect(decideMerge({ id: 'a', status: 'merged' }, { id: 'b', status: 'verified' }).ok).toBe(false);
    expect(decideMerge({ id: 'a', status: 'verified' }, { id: 'b', status: 'deactivated' }).ok).toBe(false);
  });

  it('deactivates active organisations', () => {
    expect(decideDeactivate('verified')).toEqual({ ok: true, status: 'deactivated' });
    expect(decideDeactivate('merged').ok).toBe(false);
  });
});
