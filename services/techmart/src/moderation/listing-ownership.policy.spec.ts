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
const officer = actor(['officer'], 'department');
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
});
