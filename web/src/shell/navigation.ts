// What each role finds in the header: a short primary navigation, a "work" menu for the officers',
// reviewers' and administrators' tasks, and the signed-in user's own menu. One place, so the next
// modules add their entries here instead of crowding the header.
import type { MessageKey } from '../shared/i18n/registry.ts';
import { canList, type Role } from './auth/roles.ts';

export interface NavItem {
  to: string;
  label: MessageKey;
  /** match the path exactly (the home link) */
  end?: boolean;
}

export interface Navigation {
  primary: NavItem[];
  work: NavItem[];
  user: NavItem[];
  /** public services linked from every page's footer (the initiatives repository, certificate verification) */
  footer: NavItem[];
}

export function navigationFor(roles: readonly Role[]): Navigation {
  const primary: NavItem[] = [
    { to: '/', label: 'nav.home', end: true },
    { to: '/search', label: 'nav.search' },
  ];
  if (canList(roles)) primary.push({ to: '/my/listings', label: 'nav.myListings' });

  const work: NavItem[] = [];
  if (roles.includes('officer')) {
    work.push(
      { to: '/moderation', label: 'work.moderation' },
      { to: '/intake/needs/new', label: 'work.intake' },
      { to: '/my/intakes', label: 'intakes.title' },
      { to: '/matching', label: 'work.matching' },
      { to: '/connections', label: 'user.connections' },
    );
    if (!roles.includes('admin')) work.push({ to: '/admin/users/pending', label: 'admin.nav.pending' });
  }
  if (roles.includes('officer') || roles.includes('admin'))
    work.push({ to: '/insights', label: 'insights.nav.dashboard' });
  if (roles.includes('reviewer')) work.push({ to: '/review', label: 'work.review' });
  // initiative councils: officers set campaigns up and sit as secretary or chair; reviewers score
  if (roles.includes('officer') || roles.includes('admin'))
    work.push({ to: '/sang-kien/hoi-dong', label: 'ini.nav.councils' });
  if (roles.includes('reviewer')) work.push({ to: '/sang-kien/cham', label: 'ini.nav.assignments' });
  // IP-registration support: officers run its queues, administrators keep its rule tables
  if (roles.includes('officer')) work.push({ to: '/so-huu-tri-tue/tiep-nhan', label: 'ip.nav.work' });
  if (roles.includes('admin')) work.push({ to: '/so-huu-tri-tue/quan-tri', label: 'ip.nav.admin' });
  // incubation: officers run contests and programmes; reviewers sit on contest juries
  if (roles.includes('officer') || roles.includes('admin'))
    work.push({ to: '/khoi-nghiep/quan-ly', label: 'inc.nav.officer' });
  if (roles.includes('reviewer')) work.push({ to: '/khoi-nghiep/cham', label: 'inc.nav.jury' });
  if (roles.includes('admin')) work.push({ to: '/admin', label: 'work.admin' });

  const user: NavItem[] = [];
  if (canList(roles)) {
    user.push(
      { to: '/my/listings', label: 'user.myListings' },
      { to: '/my/offers/new', label: 'user.newOffer' },
      { to: '/my/needs/new', label: 'user.newNeed' },
      { to: '/connections', label: 'user.connections' },
    );
  }
  if (roles.includes('researcher')) user.push({ to: '/my/listings?type=experts', label: 'user.expertProfile' });
  // businesses, co-operatives and research institutes ask for IP-registration support
  if (canList(roles)) user.push({ to: '/so-huu-tri-tue/yeu-cau', label: 'ip.nav.myRequests' });
  // anyone signed in may author an initiative (teachers, doctors, commune staff…)
  if (roles.length > 0) user.push({ to: '/sang-kien/cua-toi', label: 'ini.nav.mine' });
  // startups are teams of businesses and researchers (students, farmers' cooperatives…)
  if (canList(roles)) user.push({ to: '/khoi-nghiep/cua-toi', label: 'inc.nav.mine' });
  const footer: NavItem[] = [
    { to: '/sang-kien', label: 'ini.nav.repository' },
    { to: '/xac-minh', label: 'ini.nav.verify' },
    { to: '/khoi-nghiep', label: 'inc.nav.directory' },
  ];
  return { primary, work, user, footer };
}
