import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import { canDecide, canManageBudgets, canOpenClaim, canSeeClaim, ownsClaim } from './subsidy-access.policy.js';

const actor = (roles: Actor['roles'], organisationId: string | null = null): Actor => ({
  userId: 'u',
  displayName: 'U',
  organisationId,
  organisationName: null,
  roles,
  localityCode: null,
});
const claim = { organisationId: 'org-a' };

describe('subsidy access', () => {
  it('lets a business see and edit only its own organisation’s claims', () => {
    expect(ownsClaim(actor(['business'], 'org-a'), claim)).toBe(true);
    expect(canSeeClaim(actor(['business'], 'org-b'), claim)).toBe(false);
    expect(canSeeClaim(actor(['business']), claim)).toBe(false);
    // a researcher of the same organisation is not its business side
    expect(ownsClaim(actor(['researcher'], 'org-a'), claim)).toBe(false);
  });

  it('lets officers and admins read every claim, only officers decide, only admins fund', () => {
    expect(canSeeClaim(actor(['officer'], 'dost'), claim)).toBe(true);
    expect(canSeeClaim(actor(['admin']), claim)).toBe(true);
    expect(canDecide(actor(['officer']))).toBe(true);
    expect(canDecide(actor(['admin']))).toBe(false);
    expect(canManageBudgets(actor(['admin']))).toBe(true);
    expect(canManageBudgets(actor(['officer']))).toBe(false);
  });

  it('opens claims only for a business with an organisation', () => {
    expect(canOpenClaim(actor(['business'], 'org-a'))).toBe(true);
    expect(canOpenClaim(actor(['business']))).toBe(false);
    expect(canOpenClaim(actor(['officer'], 'dost'))).toBe(false);
  });
});
