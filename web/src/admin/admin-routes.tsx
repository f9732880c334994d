// The administration module's routes, loaded on demand. Officers reach the pending accounts only.
import { lazy, type ReactNode, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../shared/components/Status.tsx';
import { RequireRole } from '../shell/auth/RequireRole.tsx';
import type { Role } from '../shell/auth/roles.ts';

const AdminHomePage = lazy(() => import('./AdminHomePage.tsx').then((m) => ({ default: m.AdminHomePage })));
const UsersPage = lazy(() => import('./users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const PendingAccountsPage = lazy(() =>
  import('./users/PendingAccountsPage.tsx').then((m) => ({ default: m.PendingAccountsPage })),
);
const OrganisationsPage = lazy(() =>
  import('./organisations/OrganisationsPage.tsx').then((m) => ({ default: m.OrganisationsPage })),
);
const ReferenceDataPage = lazy(() =>
  import('./reference/ReferenceDataPage.tsx').then((m) => ({ default: m.ReferenceDataPage })),
);
const AuditLogPage = lazy(() => import('./audit/AuditLogPage.tsx').then((m) => ({ default: m.AuditLogPage })));

function Guarded({ roles, children }: { roles: Role[]; children: ReactNode }) {
  return (
    <RequireRole anyOf={roles}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RequireRole>
  );
}

const ADMIN: Role[] = ['admin'];

export const adminRoutes: RouteObject[] = [
  { path: 'admin', element: <Guarded roles={ADMIN}>{<AdminHomePage />}</Guarded> },
  { path: 'admin/users', element: <Guarded roles={ADMIN}>{<UsersPage />}</Guarded> },
  { path: 'admin/users/pending', element: <Guarded roles={['admin', 'officer']}>{<PendingAccountsPage />}</Guarded> },
  { path: 'admin/organisations', element: <Guarded roles={ADMIN}>{<OrganisationsPage />}</Guarded> },
  { path: 'admin/reference', element: <Guarded roles={ADMIN}>{<ReferenceDataPage />}</Guarded> },
  { path: 'admin/audit', element: <Guarded roles={ADMIN}>{<AuditLogPage />}</Guarded> },
];
