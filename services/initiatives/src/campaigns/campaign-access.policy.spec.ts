import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import {
  canActAsSecretary,
  canApproveDecision,
  canEditRubric,
  canManageCampaign,
  canSeeCouncil,
} from './campaign-access.policy.js';

const actor = (userId: string, roles: Actor['roles'], organisationId: string | null): Actor => ({
  userId,
  displayName: userId,
  organisationId,
  organisationName: null,
  roles,
  localityCode: null,
});

const campaign = {
  organisationId: 'so-khcn',
  members: [
    { userId: 'thuky', role: 'secretary' as const },
    { userId: 'chutich', role: 'chair' as const },
    { userId: 'phanbien', role: 'reviewer' as const },
  ],
};

describe('campaign access', () => {
  it.each([
    ['officer of the owning organisation', actor('o1', ['officer'], 'so-khcn'), true],
    ['admin of any organisation', actor('a1', ['admin'], 'elsewhere'), true],
    ['officer of another organisation', actor('o2', ['officer'], 'ubnd-xa'), false],
    ['business user of the owning organisation', actor('b1', ['business'], 'so-khcn'), false],
    ['anonymous', null, false],
  ])('manage: %s → %s', (_, who, expected) => {
    expect(canManageCampaign(who, campaign)).toBe(expected);
  });

  it('lets only this campaign’s secretary (or an admin) do secretary steps', () => {
    expect(canActAsSecretary(actor('thuky', ['officer'], 'so-khcn'), campaign)).toBe(true);
    expect(canActAsSecretary(actor('thuky-khac', ['officer'], 'ubnd-xa'), campaign)).toBe(false);
    expect(canActAsSecretary(actor('o1', ['officer'], 'so-khcn'), campaign)).toBe(false);
    expect(canActAsSecretary(actor('a1', ['admin'], null), campaign)).toBe(true);
  });

  it('lets only the chair approve, never an admin standing in', () => {
    expect(canApproveDecision(actor('chutich', ['officer'], 'so-khcn'), campaign)).toBe(true);
    expect(canApproveDecision(actor('a1', ['admin'], 'so-khcn'), campaign)).toBe(false);
    expect(canApproveDecision(actor('thuky', ['officer'], 'so-khcn'), campaign)).toBe(false);
  });

  it('lets the secretary and managers edit the rubric and see the council, but not outsiders', () => {
    expect(canEditRubric(actor('thuky', ['officer'], 'so-khcn'), campaign)).toBe(true);
    expect(canEditRubric(actor('phanbien', ['reviewer'], 'dhdt'), campaign)).toBe(false);
    expect(canSeeCouncil(actor('phanbien', ['reviewer'], 'dhdt'), campaign)).toBe(true);
    expect(canSeeCouncil(actor('b1', ['business'], 'so-khcn'), campaign)).toBe(false);
  });
});
