import { MODERATOR_ROLES as GATEWAY_MODERATOR_ROLES } from '@sti/platform';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import {
  canArchive,
  canCreate,
  canEdit,
  canListOwn,
  canModerate,
  canTakeIn,
  canView,
  type ModerationSubject,
  MODERATOR_ROLES,
  moderationScope,
  type OwnedListing,
  seesWorkingCopy,
} from './listing-ownership.policy.js';

const actor = (roles: Actor['roles'], organisationId: string | null = 'org-a'): Actor => ({
  userId: 'u',
  displayName: 'U',
  organisationId,
  organisationName: null,
  roles,
});
const business = actor(['business']);
const otherBusiness = actor(['business'], 'org-b');
const researcher = actor(['researcher']);
const officer = { ...actor(['officer'], 'department'), userId: 'officer-1', localityCode: '87' };
const communeOfficer = { ...actor(['officer'], 'commune-office'), userId: 'officer-2', localityCode: '30268' };
const admin = { ...actor(['admin'], 'department'), localityCode: '87' };
const subject = (overrides: Partial<ModerationSubject> = {}): ModerationSubject => ({
  ownerOrganisationId: 'org-a',
  communeCode: '30268',
  intakeByUserId: null,
  ...overrides,
});
const draft: OwnedListing = { status: 'draft', hasPublishedVersion: false, ownerOrganisationId: 'org-a' };
const published: OwnedListing = { status: 'published', hasPublishedVersion: true, ownerOrganisationId: 'org-a' };

describe('listing ownership policy', () => {
  it('lets businesses and researchers create; experts only researchers; anonymous → unauthenticated', () => {
    expect(canCreate(business, 'offer')).toBe('allow');
    expect(canCreate(researcher, 'expert')).toBe('allow');
    expect(canCreate(business, 'expert')).toBe('forbidden');
    expect(canCreate(officer, 'offer')).toBe('forbidden');
    expect(canCreate(actor(['business'], null), 'offer')).toBe('forbidden');
    expect(canCreate(null, 'offer')).toBe('unauthenticated');
  });

  it('lets only the owner organisation edit', () => {
    expect(canEdit(business, draft)).toBe('allow');
    expect(canEdit(otherBusiness, draft)).toBe('forbidden');
    expect(canEdit(officer, draft)).toBe('forbidden');
    expect(canEdit(null, draft)).toBe('unauthenticated');
  });

  it('lets officers edit what they took in for a business', () => {
    expect(canEdit(officer, { ...draft, officerManaged: true })).toBe('allow');
    expect(canEdit(otherBusiness, { ...draft, officerManaged: true })).toBe('forbidden');
  });

  it('shows drafts to the owner and officers only, published listings to everyone', () => {
    expect(canView(null, draft)).toBe('not_found');
    expect(canView(otherBusiness, draft)).toBe('not_found');
    expect(canView(business, draft)).toBe('allow');
    expect(canView(officer, draft)).toBe('allow');
    expect(canView(null, published)).toBe('allow');
    expect(canView(null, { ...published, status: 'archived' })).toBe('not_found');
    expect(seesWorkingCopy(null, published)).toBe(false);
    expect(seesWorkingCopy(otherBusiness, published)).toBe(false);
    expect(seesWorkingCopy(business, published)).toBe(true);
  });

  it('lets only officers moderate and take in needs', () => {
    expect(canModerate(officer)).toBe('allow');
    expect(canModerate(business)).toBe('forbidden');
    expect(canModerate(null)).toBe('unauthenticated');
    expect(canModerate(business, subject())).toBe('forbidden');
    expect(canTakeIn(officer)).toBe('allow');
    expect(canTakeIn(researcher)).toBe('forbidden');
  });

  it('lets the owner or an officer archive', () => {
    expect(canArchive(business, published)).toBe('allow');
    expect(canArchive(officer, published)).toBe('allow');
    expect(canArchive(otherBusiness, published)).toBe('forbidden');
  });

  it('lists own listings for anyone with an organisation', () => {
    expect(canListOwn(business)).toBe('allow');
    expect(canListOwn(actor(['reviewer'], null))).toBe('forbidden');
    expect(canListOwn(null)).toBe('unauthenticated');
  });

  describe('moderation: one rule, separation of duties', () => {
    it('is the officer role only; admins administer and do not moderate (the gateway applies the same roles)', () => {
      expect(MODERATOR_ROLES).toEqual(['officer']);
      expect([...MODERATOR_ROLES]).toEqual([...GATEWAY_MODERATOR_ROLES]);
      expect(canModerate(admin)).toBe('forbidden');
      expect(canModerate(admin, subject())).toBe('forbidden');
    });

    it('never lets an officer moderate a listing of their own organisation', () => {
      expect(canModerate(officer, subject({ ownerOrganisationId: 'department' }))).toBe('forbidden');
      expect(canModerate(communeOfficer, subject({ ownerOrganisationId: 'commune-office' }))).toBe('forbidden');
    });

    it('never lets an officer moderate a need they took in themselves; a colleague may', () => {
      expect(canModerate(officer, subject({ intakeByUserId: 'officer-1' }))).toBe('forbidden');
      expect(canModerate({ ...officer, userId: 'officer-3' }, subject({ intakeByUserId: 'officer-1' }))).toBe('allow');
    });

    it("limits a commune officer to their commune's listings", () => {
      expect(canModerate(communeOfficer, subject({ communeCode: '30268' }))).toBe('allow');
      expect(canModerate(communeOfficer, subject({ communeCode: '30223' }))).toBe('forbidden');
      expect(canModerate(communeOfficer, subject({ communeCode: null }))).toBe('forbidden');
      expect(moderationScope(communeOfficer, 'commune')).toEqual({ level: 'commune', communeCode: '30268' });
    });

    it('gives commune officers no moderation at all when the province chooses none', () => {
      expect(canModerate(communeOfficer, subject({ communeCode: '30268' }), 'none')).toBe('forbidden');
      expect(moderationScope(communeOfficer, 'none')).toEqual({ level: 'none' });
      expect(canModerate(officer, subject(), 'none')).toBe('allow');
    });

    it('lets provincial officers moderate everything else, in any commune or none', () => {
      expect(moderationScope(officer, 'commune')).toEqual({ level: 'province' });
      expect(canModerate(officer, subject({ communeCode: '30223' }))).toBe('allow');
      expect(canModerate(officer, subject({ communeCode: null }))).toBe('allow');
    });

    it('fails closed for an officer without a recognisable locality', () => {
      expect(canModerate({ ...officer, localityCode: null }, subject())).toBe('forbidden');
      expect(canModerate({ ...officer, localityCode: 'xyz' }, subject())).toBe('forbidden');
      expect(moderationScope({ ...officer, localityCode: undefined }, 'commune')).toEqual({ level: 'none' });
    });
  });
});
