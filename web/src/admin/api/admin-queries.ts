// Administration server state: query keys, fetchers and the mutations that invalidate them.
// Pages of the admin module use these hooks; nothing else talks to the administration APIs.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, TECHMART } from '../../shared/api/client.ts';
import type { Role } from '../../shell/auth/roles.ts';
import type {
  AccountAuditPage,
  AdminCommune,
  AdminSector,
  OrganisationAdminView,
  OrganisationPage,
  TechmartAuditPage,
  UserListAnswer,
  UserView,
  WithTemporaryPassword,
} from './admin-types.ts';

export const ADMIN_USERS = '/api/admin/v1/users';
export const ADMIN_AUDIT = '/api/admin/v1/audit';
export const TECHMART_ADMIN = `${TECHMART}/admin`;

export type UserStatus = '' | 'enabled' | 'disabled' | 'pending';

export const adminKeys = {
  all: ['admin'] as const,
  users: ['admin', 'users'] as const,
  userList: (q: string, role: Role | '', status: UserStatus) => ['admin', 'users', 'list', q, role, status] as const,
  organisations: ['admin', 'organisations'] as const,
  organisationSearch: (q: string) => ['admin', 'organisations', 'search', q] as const,
  organisation: (id: string) => ['admin', 'organisations', 'one', id] as const,
  sectors: ['admin', 'reference', 'sectors'] as const,
  communes: (province: string) => ['admin', 'reference', 'communes', province] as const,
  accountAudit: ['admin', 'audit', 'accounts'] as const,
  techmartAudit: ['admin', 'audit', 'techmart'] as const,
};

const enc = encodeURIComponent;
const PAGE = 50;

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== '' && value != null) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Accounts, cursor-paged; in Keycloak mode the first page is the pointers to Keycloak's console. */
export function useUsers(q: string, role: Role | '', status: UserStatus) {
  return useInfiniteQuery({
    queryKey: adminKeys.userList(q, role, status),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<UserListAnswer>(`${ADMIN_USERS}${query({ q, role, status, limit: PAGE, cursor: pageParam })}`, { signal }),
    getNextPageParam: (last) => ('nextCursor' in last ? last.nextCursor : null),
  });
}

export interface UserInput {
  username?: string;
  displayName: string;
  email: string;
  roles: Role[];
  organisationId?: string | null;
  organisationName?: string | null;
  localityCode?: string | null;
}

/** Every account mutation refreshes the lists and the audit log. */
function useUserMutation<V, R>(run: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.users });
      void client.invalidateQueries({ queryKey: adminKeys.accountAudit });
    },
  });
}

export function useCreateUser() {
  return useUserMutation((input: UserInput) =>
    api<WithTemporaryPassword>(ADMIN_USERS, { method: 'POST', json: input }),
  );
}

export function useUpdateUser() {
  return useUserMutation(({ id, patch }: { id: string; patch: Partial<UserInput> }) =>
    api<UserView>(`${ADMIN_USERS}/${enc(id)}`, { method: 'PATCH', json: patch }),
  );
}

export type UserAction = 'disable' | 'enable' | 'verify';

export function useUserAction() {
  return useUserMutation(({ id, action }: { id: string; action: UserAction }) =>
    api<UserView>(`${ADMIN_USERS}/${enc(id)}/${action}`, { method: 'POST' }),
  );
}

export function useResetPassword() {
  return useUserMutation((id: string) =>
    api<WithTemporaryPassword>(`${ADMIN_USERS}/${enc(id)}/reset-password`, { method: 'POST' }),
  );
}

/** The gateway's account audit log, newest first. */
export function useAccountAudit(enabled = true) {
  return useInfiniteQuery({
    queryKey: adminKeys.accountAudit,
    initialPageParam: null as number | null,
    queryFn: ({ pageParam, signal }) =>
      api<AccountAuditPage>(`${ADMIN_AUDIT}${query({ limit: 100, before: pageParam })}`, { signal }),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

/** Techmart's audit log (organisations, reference data), newest first. */
export function useTechmartAudit(enabled = true) {
  return useInfiniteQuery({
    queryKey: adminKeys.techmartAudit,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<TechmartAuditPage>(`${TECHMART_ADMIN}/audit${query({ limit: 100, cursor: pageParam })}`, { signal }),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
    retry: false,
  });
}

/** Organisations by name (accents ignored), cursor-paged. */
export function useOrganisationSearch(q: string) {
  return useInfiniteQuery({
    queryKey: adminKeys.organisationSearch(q),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<OrganisationPage>(`${TECHMART}/organisations${query({ q, limit: PAGE, cursor: pageParam })}`, { signal }),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useOrganisation(id: string | null) {
  return useQuery({
    queryKey: adminKeys.organisation(id ?? ''),
    queryFn: ({ signal }) => api<OrganisationAdminView>(`${TECHMART}/organisations/${enc(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

function useOrganisationMutation<V>(run: (vars: V) => Promise<OrganisationAdminView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.organisations });
      void client.invalidateQueries({ queryKey: adminKeys.techmartAudit });
    },
  });
}

export function useCreateOrganisation() {
  return useOrganisationMutation((name: string) =>
    api<OrganisationAdminView>(`${TECHMART_ADMIN}/organisations`, { method: 'POST', json: { name } }),
  );
}

export function useVerifyOrganisation() {
  return useOrganisationMutation((id: string) =>
    api<OrganisationAdminView>(`${TECHMART}/organisations/${enc(id)}/verify`, { method: 'POST' }),
  );
}

export function useDeactivateOrganisation() {
  return useOrganisationMutation((id: string) =>
    api<OrganisationAdminView>(`${TECHMART_ADMIN}/organisations/${enc(id)}/deactivate`, { method: 'POST' }),
  );
}

export function useMergeOrganisation() {
  return useOrganisationMutation(({ duplicateId, survivorId }: { duplicateId: string; survivorId: string }) =>
    api<OrganisationAdminView>(`${TECHMART_ADMIN}/organisations/${enc(duplicateId)}/merge`, {
      method: 'POST',
      json: { survivorId },
    }),
  );
}

export function useAdminSectors() {
  return useQuery({
    queryKey: adminKeys.sectors,
    queryFn: ({ signal }) => api<AdminSector[]>(`${TECHMART_ADMIN}/reference/sectors`, { signal }),
    retry: false,
  });
}

export function useAdminCommunes(provinceCode: string) {
  return useQuery({
    queryKey: adminKeys.communes(provinceCode),
    queryFn: ({ signal }) =>
      api<AdminCommune[]>(`${TECHMART_ADMIN}/reference/communes${query({ provinceCode })}`, { signal }),
    enabled: Boolean(provinceCode),
    retry: false,
  });
}

export interface Validity {
  validFrom?: string;
  validTo?: string;
}

export function useSaveSector() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: { nameVi: string; nameEn: string } & Validity }) =>
      api<AdminSector>(`${TECHMART_ADMIN}/reference/sectors/${enc(code)}`, { method: 'PUT', json: body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'reference'] });
      void client.invalidateQueries({ queryKey: ['techmart', 'reference'] });
      void client.invalidateQueries({ queryKey: adminKeys.techmartAudit });
    },
  });
}

export function useSaveCommune() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: { provinceCode: string; name: string } & Validity }) =>
      api<AdminCommune>(`${TECHMART_ADMIN}/reference/communes/${enc(code)}`, { method: 'PUT', json: body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'reference'] });
      void client.invalidateQueries({ queryKey: ['techmart', 'reference'] });
      void client.invalidateQueries({ queryKey: adminKeys.techmartAudit });
    },
  });
}
