import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { adminRoutes } from './admin/admin-routes.tsx';
import { incubationRoutes } from './incubation/incubation-routes.tsx';
import { initiativeRoutes } from './initiatives/initiatives-routes.tsx';
import { insightsRoutes } from './insights/insights-routes.tsx';
import { ipSupportRoutes } from './ip-support/ip-support-routes.tsx';
import { createQueryClient } from './shared/api/query-client.ts';
import { Loading } from './shared/components/Status.tsx';
import { I18nProvider } from './shared/i18n/I18nProvider.tsx';
import { AuthProvider } from './shell/auth/AuthProvider.tsx';
import { RequireRole } from './shell/auth/RequireRole.tsx';
import type { Role } from './shell/auth/roles.ts';
import { Layout } from './shell/Layout.tsx';
import { CallbackPage } from './shell/pages/CallbackPage.tsx';
import { HomePage } from './shell/pages/HomePage.tsx';
import { NotFoundPage } from './shell/pages/NotFoundPage.tsx';
import { ExpertDetailPage } from './techmart/detail/ExpertDetailPage.tsx';
import { NeedDetailPage } from './techmart/detail/NeedDetailPage.tsx';
import { OfferDetailPage } from './techmart/detail/OfferDetailPage.tsx';
import { SearchPage } from './techmart/search/SearchPage.tsx';

// Pages for signed-in users load on demand, keeping the public pages' bundle small.
const MyListingsPage = lazy(() =>
  import('./techmart/my/MyListingsPage.tsx').then((m) => ({ default: m.MyListingsPage })),
);
const OfferFormPage = lazy(() =>
  import('./techmart/forms/OfferFormPage.tsx').then((m) => ({ default: m.OfferFormPage })),
);
const NeedFormPage = lazy(() => import('./techmart/forms/NeedFormPage.tsx').then((m) => ({ default: m.NeedFormPage })));
const ExpertFormPage = lazy(() =>
  import('./techmart/forms/ExpertFormPage.tsx').then((m) => ({ default: m.ExpertFormPage })),
);
const ModerationPage = lazy(() =>
  import('./techmart/moderation/ModerationPage.tsx').then((m) => ({ default: m.ModerationPage })),
);
const MyIntakesPage = lazy(() =>
  import('./techmart/intake/MyIntakesPage.tsx').then((m) => ({ default: m.MyIntakesPage })),
);
const WorkbenchPage = lazy(() =>
  import('./techmart/matching/WorkbenchPage.tsx').then((m) => ({ default: m.WorkbenchPage })),
);
const NeedMatchPage = lazy(() =>
  import('./techmart/matching/NeedMatchPage.tsx').then((m) => ({ default: m.NeedMatchPage })),
);
const ConnectionsPage = lazy(() =>
  import('./techmart/connections/ConnectionsPage.tsx').then((m) => ({ default: m.ConnectionsPage })),
);
const WorkHomePage = lazy(() => import('./shell/pages/WorkHomePage.tsx').then((m) => ({ default: m.WorkHomePage })));

function Guarded({ roles, children }: { roles: Role[]; children: ReactNode }) {
  return (
    <RequireRole anyOf={roles}>
      <Suspense fallback=<Loading />>{children}</Suspense>
    </RequireRole>
  );
}

const OWNERS: Role[] = ['business', 'researcher'];

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'offers/:id', element: <OfferDetailPage /> },
      { path: 'equipment/:id', element: <OfferDetailPage /> },
      { path: 'needs/:id', element: <NeedDetailPage /> },
      { path: 'experts/:id', element: <ExpertDetailPage /> },
      { path: 'auth/callback', element: <CallbackPage /> },
      {
        path: 'my/listings',
        element: (
          <Guarded roles={OWNERS}>
            <MyListingsPage />
          </Guarded>
        ),
      },
      {
        path: 'my/offers/new',
        element: (
          <Guarded roles={OWNERS}>
            <OfferFormPage />
          </Guarded>
        ),
      },
      {
        path: 'my/offers/:id/edit',
        element: (
          <Guarded roles={OWNERS}>
            <OfferFormPage />
          </Guarded>
        ),
      },
      {
        path: 'my/equipment/new',
        element: (
          <Guarded roles={OWNERS}>
            <OfferFormPage />
          </Guarded>
        ),
      },
      {
        path: 'my/intakes',
        element: (
          <Guarded roles={['officer']}>
            <MyIntakesPage />
          </Guarded>
        ),
      },
      {
        path: 'my/needs/new',
        element: (
          <Guarded roles={OWNERS}>
            <NeedFormPage />
          </Guarded>
        ),
      },
      {
        path: 'my/needs/:id/edit',
        element: (
          <Guarded roles={OWNERS}>
            <NeedFormPage />
          </Guarded>
        ),
      },
      {
        path: 'my/experts/new',
        element: (
          <Guarded roles={['researcher']}>
            <ExpertFormPage />
          </Guarded>
        ),
      },
      {
        path: 'my/experts/:id/edit',
        element: (
          <Guarded roles={['researcher']}>
            <ExpertFormPage />
          </Guarded>
        ),
      },
      {
        path: 'intake/needs/new',
        element: (
          <Guarded roles={['officer']}>
            <NeedFormPage intake />
          </Guarded>
        ),
      },
      {
        path: 'intake/needs/:id/edit',
        element: (
          <Guarded roles={['officer']}>
            <NeedFormPage intake />
          </Guarded>
        ),
      },
      {
        path: 'moderation',
        element: (
          <Guarded roles={['officer']}>
            <ModerationPage />
          </Guarded>
        ),
      },
      {
        path: 'matching',
        element: (
          <Guarded roles={['officer']}>
            <WorkbenchPage />
          </Guarded>
        ),
      },
      {
        path: 'matching/needs/:id',
        element: (
          <Guarded roles={['officer']}>
            <NeedMatchPage />
          </Guarded>
        ),
      },
      {
        path: 'connections',
        element: (
          <Guarded roles={['business', 'researcher', 'officer']}>
            <ConnectionsPage />
          </Guarded>
        ),
      },
      {
        path: 'review',
        element: (
          <Guarded roles={['reviewer']}>
            <WorkHomePage area="review" />
          </Guarded>
        ),
      },
      ...adminRoutes,
      ...initiativeRoutes,
      ...insightsRoutes,
      ...ipSupportRoutes,
      ...incubationRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
