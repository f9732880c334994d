// The IP-support module's routes (so-huu-tri-tue = sở hữu trí tuệ), loaded on demand. Every page needs a
// signed-in user; the service decides what each may see (a business its organisation's, officers all).
import { lazy, type ReactNode, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../shared/components/Status.tsx';
import { RequireRole } from '../shell/auth/RequireRole.tsx';
import type { Role } from '../shell/auth/roles.ts';

const page = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const MyRequestsPage = page(() => import('./business/MyRequestsPage.tsx'), 'MyRequestsPage');
const NewRequestPage = page(() => import('./business/NewRequestPage.tsx'), 'NewRequestPage');
const RequestDetailPage = page(() => import('./requests/RequestDetailPage.tsx'), 'RequestDetailPage');
const DeadlinesPage = lazy(() => import('./deadlines/DeadlinesPage.tsx').then((m) => ({ default: m.DeadlinesPage })));
const ClaimsPage = lazy(() => import('./subsidy/ClaimsPage.tsx').then((m) => ({ default: m.ClaimsPage })));
const ClaimDetailPage = page(() => import('./subsidy/ClaimDetailPage.tsx'), 'ClaimDetailPage');
const OcopProductPage = page(() => import('./ocop/OcopProductPage.tsx'), 'OcopProductPage');
const OcopPage = lazy(() => import('./ocop/OcopPage.tsx').then((m) => ({ default: m.OcopPage })));
const OfficerRequestsPage = lazy(() =>
  import('./officer/OfficerRequestsPage.tsx').then((m) => ({ default: m.OfficerRequestsPage })),
);
const IpAdminPage = page(() => import('./admin/IpAdminPage.tsx'), 'IpAdminPage');

const REQUESTERS: Role[] = ['business', 'researcher'];
const PARTIES: Role[] = ['business', 'researcher', 'officer'];
const OFFICERS: Role[] = ['officer'];

const at = (path: string, roles: Role[], element: ReactNode): RouteObject => ({
  path: `so-huu-tri-tue/${path}`,
  element: (
    <RequireRole anyOf={roles}>
      <Suspense fallback={<Loading />}>{element}</Suspense>
    </RequireRole>
  ),
});

export const ipSupportRoutes: RouteObject[] = [
  at('yeu-cau', REQUESTERS, <MyRequestsPage />),
  at('yeu-cau/moi', REQUESTERS, <NewRequestPage />),
  at('yeu-cau/:id', PARTIES, <RequestDetailPage />),
  at('thoi-han', REQUESTERS, <DeadlinesPage scope="mine" />),
  at('ho-tro-chi-phi', REQUESTERS, <ClaimsPage queue={false} />),
  at('ho-tro-chi-phi/:id', PARTIES, <ClaimDetailPage />),
  at('ocop', REQUESTERS, <OcopPage pipeline={false} />),
  at('ocop/:id', PARTIES, <OcopProductPage />),
  at('tiep-nhan', OFFICERS, <OfficerRequestsPage queue="triage" />),
  at('ho-so', OFFICERS, <OfficerRequestsPage queue="dossiers" />),
  at('den-han', OFFICERS, <DeadlinesPage scope="due" />),
  at('tro-cap', OFFICERS, <ClaimsPage queue />),
  at('ocop-tien-do', OFFICERS, <OcopPage pipeline />),
  at('quan-tri', ['admin'], <IpAdminPage />),
];
