// Response shapes of the administration APIs: the gateway's account administration
// (gateway/src/admin/user-admin-routes.ts) and Techmart's organisations, reference data and audit log.
import type { Role } from '../../shell/auth/roles.ts';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  email: string;
  roles: Role[];
  organisationId: string | null;
  organisationName: string | null;
  localityCode: string | null;
  enabled: boolean;
  pending: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UserPage {
  items: UserView[];
  nextCursor: string | null;
}

/** Distributed mode: Keycloak owns the accounts; the API says where to manage them. */
export interface KeycloakPointers {
  mode: 'keycloak';
  consoleUrl: string;
  attributes: { organisationId: string; organisationName: string; localityCode: string };
  roles: string[];
}

export type UserListAnswer = UserPage | KeycloakPointers;

export function isKeycloak(answer: UserListAnswer | undefined): answer is KeycloakPointers {
  return Boolean(answer && 'mode' in answer && answer.mode === 'keycloak');
}

export interface WithTemporaryPassword {
  user: UserView;
  temporaryPassword: string;
}

/** An entry of the gateway's account audit log. */
export interface AccountAuditEntry {
  at: string;
  actor: { id: string; username: string };
  action: string;
  target?: { id: string; username: string };
  detail?: Record<string, unknown>;
  ip?: string;
}

export interface AccountAuditPage {
  items: AccountAuditEntry[];
  nextCursor: number | null;
}

/** An entry of Techmart's audit log (organisations, reference data). */
export interface TechmartAuditEntry {
  id: string;
  at: string;
  actor: { userId: string; displayName: string; roles: string[] };
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  sourceIp?: string;
}

export interface TechmartAuditPage {
  items: TechmartAuditEntry[];
  nextCursor: string | null;
}

export type OrganisationStatus = 'pending' | 'verified' | 'merged' | 'deactivated';

export interface OrganisationSummary {
  id: string;
  name: string;
  verified: boolean;
}

export interface OrganisationAdminView {
  id: string;
  name: string;
  status: OrganisationStatus;
  mergedIntoId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationPage {
  items: OrganisationSummary[];
  nextCursor: string | null;
}

export interface AdminSector {
  code: string;
  nameVi: string;
  nameEn: string;
  validFrom?: string;
  validTo?: string;
  inForce: boolean;
  adminEdited: boolean;
}

export interface AdminCommune {
  code: string;
  name: string;
  provinceCode: string;
  validFrom?: string;
  validTo?: string;
  inForce: boolean;
  adminEdited: boolean;
}
