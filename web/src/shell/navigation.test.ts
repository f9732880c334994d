import { describe, expect, it } from 'vitest';
import type { Role } from './auth/roles.ts';
import { navigationFor } from './navigation.ts';

const labels = (roles: Role[]) => {
  const n = navigationFor(roles);
  return { primary: n.primary.map((i) => i.label), work: n.work.map((i) => i.label), user: n.user.map((i) => i.label) };
};

describe('role-aware navigation', () => {
  it('gives a visitor only the public pages', () => {
    expect(labels([])).toEqual({ primary: ['nav.home', 'nav.search'], work: [], user: [] });
  });

  it('gives a business its listings in the header and posting in its user menu, no work menu', () => {
    const n = labels(['business']);
    expect(n.primary).toContain('nav.myListings');
    expect(n.work).toEqual([]);
    expect(n.user).toEqual([
      'user.myListings',
      'user.newOffer',
      'user.newNeed',
      'user.connections',
      'ip.nav.myRequests',
      'ini.nav.mine',
      'inc.nav.mine',
    ]);
  });

  it('gives a researcher the expert profile too', () => {
    expect(labels(['researcher']).user).toContain('user.expertProfile');
  });

  it("puts the officer's, reviewer's and administrator's tasks in the work menu, not the header", () => {
    expect(labels(['officer'])).toEqual({
      primary: ['nav.home', 'nav.search'],
      work: [
        'work.moderation',
        'work.intake',
        'intakes.title',
        'work.matching',
        'user.connections',
        'admin.nav.pending',
        'insights.nav.dashboard',
        'ini.nav.councils',
        'ip.nav.work',
        'inc.nav.officer',
      ],
      user: ['ini.nav.mine'],
    });
    expect(labels(['reviewer']).work).toEqual(['work.review', 'ini.nav.assignments', 'inc.nav.jury']);
    expect(labels(['admin']).work).toEqual([
      'insights.nav.dashboard',
      'ini.nav.councils',
      'ip.nav.admin',
      'inc.nav.officer',
      'work.admin',
    ]);
  });

  it('lets an officer reach the accounts awaiting verification; an admin finds them under administration', () => {
    expect(navigationFor(['officer']).work.map((i) => i.to)).toContain('/admin/users/pending');
    expect(navigationFor(['officer', 'admin']).work.map((i) => i.to)).not.toContain('/admin/users/pending');
  });

  it('keeps the primary navigation at three entries at most whatever the roles', () => {
    const all: Role[] = ['business', 'researcher', 'officer', 'reviewer', 'admin'];
    expect(navigationFor(all).primary.length).toBeLessThanOrEqual(3);
    expect(labels(all).work).toEqual([
      'work.moderation',
      'work.intake',
      'intakes.title',
      'work.matching',
      'user.connections',
      'insights.nav.dashboard',
      'work.review',
      'ini.nav.councils',
      'ini.nav.assignments',
      'ip.nav.work',
      'ip.nav.admin',
      'inc.nav.officer',
      'inc.nav.jury',
      'work.admin',
    ]);
  });

  it('lets anyone signed in author initiatives, and links the public repository and verification for everyone', () => {
    for (const role of ['business', 'researcher', 'officer', 'reviewer', 'admin'] as const)
      expect(navigationFor([role]).user.map((i) => i.to)).toContain('/sang-kien/cua-toi');
    expect(navigationFor([]).user).toEqual([]);
    expect(navigationFor([]).footer.map((i) => i.to)).toEqual(['/sang-kien', '/xac-minh', '/khoi-nghiep']);
  });

  it('gives initiative reviewers their scoring and officers the councils, in the work menu', () => {
    expect(navigationFor(['reviewer']).work.map((i) => i.to)).toContain('/sang-kien/cham');
    expect(navigationFor(['officer']).work.map((i) => i.to)).toContain('/sang-kien/hoi-dong');
    expect(navigationFor(['business']).work).toEqual([]);
  });

  it('gives businesses and institutes their IP-support requests, officers the IP queues, admins the IP rule tables', () => {
    expect(navigationFor(['business']).user.map((i) => i.to)).toContain('/so-huu-tri-tue/yeu-cau');
    expect(navigationFor(['researcher']).user.map((i) => i.to)).toContain('/so-huu-tri-tue/yeu-cau');
    expect(navigationFor(['officer']).work.map((i) => i.to)).toContain('/so-huu-tri-tue/tiep-nhan');
    expect(navigationFor(['officer']).user.map((i) => i.to)).not.toContain('/so-huu-tri-tue/yeu-cau');
    expect(navigationFor(['admin']).work.map((i) => i.to)).toContain('/so-huu-tri-tue/quan-tri');
    expect(navigationFor(['reviewer']).work.map((i) => i.to)).not.toContain('/so-huu-tri-tue/tiep-nhan');
  });

  it('gives startups their incubation pages, jury members their scoring and officers the contests and programmes', () => {
    expect(navigationFor(['business']).user.map((i) => i.to)).toContain('/khoi-nghiep/cua-toi');
    expect(navigationFor(['researcher']).user.map((i) => i.to)).toContain('/khoi-nghiep/cua-toi');
    expect(navigationFor(['reviewer']).work.map((i) => i.to)).toContain('/khoi-nghiep/cham');
    expect(navigationFor(['officer']).work.map((i) => i.to)).toContain('/khoi-nghiep/quan-ly');
    expect(navigationFor(['business']).work.map((i) => i.to)).not.toContain('/khoi-nghiep/quan-ly');
  });
});
