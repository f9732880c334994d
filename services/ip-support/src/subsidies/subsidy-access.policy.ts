// Who may do what with subsidies. A business sees and edits only its own organisation's claims;
// officers see every claim, decide and record payments; admins keep the policy and the budgets
// (and may read everything). Anonymous callers get nothing. Pure, no framework.
import { type Actor, hasRole } from '../shared/actor.js';

export interface ClaimOwnership {
  organisationId: string;
}

export const isOfficer = (a: Actor): boolean => hasRole(a, 'officer');
export const isAdmin = (a: Actor): boolean => hasRole(a, 'admin');
export const isStaff = (a: Actor): boolean => hasRole(a, 'officer', 'admin');

/** The business side of a claim: a business user of the claim's organisation. */
export function ownsClaim(a: Actor, c: ClaimOwnership): boolean {
  return hasRole(a, 'business') && a.organisationId !== null && a.organisationId === c.organisationId;
}

export function canSeeClaim(a: Actor, c: ClaimOwnership): boolean {
  return isStaff(a) || ownsClaim(a, c);
}

/** Only a business with an organisation can open a claim, for that organisation. */
export function canOpenClaim(a: Actor): boolean {
  return hasRole(a, 'business') && a.organisationId !== null;
}

export const canDecide = isOfficer;
export const canSeeBudgets = isStaff;
export const canManageBudgets = isAdmin;
export const canManagePolicy = isAdmin;
export const canReadAudit = isStaff;
