import type { Principal } from '@sti/platform';
import { describe, expect, it } from 'vitest';
import { canActFor, canRead } from './startup-access.js';

const startup = { ownerUserId: 'u-owner', organisationId: 'org-1', memberUserIds: ['u-member', null] };
const person = (userId: string, roles: Principal['roles'] = ['business'], organisationId?: string): Principal => ({
  userId,
  displayName: userId,
  roles,
  ...(organisationId ? { organisationId } : {}),
});

describe('startup access', () => {
  it('lets the owner, a member with an account and a colleague of the organisation act for the startup', () => {
    expect(canActFor(person('u-owner'), startup)).toBe(true);
    expect(canActFor(person('u-member'), startup)).toBe(true);
    expect(canActFor(person('u-colleague', ['business'], 'org-1'), startup)).toBe(true);
  });

  it('refuses another startup’s founder and anonymous callers', () => {
    expect(canActFor(person('u-other', ['business'], 'org-2'), startup)).toBe(false);
    expect(canRead(person('u-other', ['business'], 'org-2'), startup)).toBe(false);
    expect(canRead(undefined, startup)).toBe(false);
  });

  it('lets officers read but not act for the team', () => {
    expect(canRead(person('u-officer', ['officer'], 'dept'), startup)).toBe(true);
    expect(canActFor(person('u-officer', ['officer'], 'dept'), startup)).toBe(false);
  });

  it('does not treat a reviewer as a reader of startups', () => {
    expect(canRead(person('u-juror', ['reviewer'], 'uni'), startup)).toBe(false);
  });
});
