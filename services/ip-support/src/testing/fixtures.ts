// Test principals for the IP-support service (the demo accounts, plus a business of another organisation).
import type { Principal } from '@sti/platform';
import { DEMO_PEOPLE, type DemoPerson } from '../seed/demo-people.js';

const principal = (p: DemoPerson, roles: Principal['roles']): Principal => ({
  userId: p.userId,
  displayName: p.displayName,
  roles,
  organisationId: p.organisationId,
  organisationName: p.organisationName,
  localityCode: '87',
});

export const principals = {
  /** business: Công ty TNHH Nông sản Sông Hậu */
  business: principal(DEMO_PEOPLE.doanhnghiep, ['business']),
  /** business: Hợp tác xã Xoài Cao Lãnh (a co-operative) */
  cooperative: principal(DEMO_PEOPLE.doanhnghiep2, ['business']),
  researcher: principal(DEMO_PEOPLE.nhakhoahoc, ['researcher']),
  officer: principal(DEMO_PEOPLE.canbo, ['officer']),
  communeOfficer: principal(DEMO_PEOPLE.canboXa, ['officer']),
  admin: principal(DEMO_PEOPLE.quantri, ['admin']),
} satisfies Record<string, Principal>;
