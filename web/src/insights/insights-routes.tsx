// The insights module's routes, loaded on demand: officers' and admins' dashboard, open data for all.
import { lazy, type ReactNode, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../shared/components/Status.tsx';
import { RequireRole } from '../shell/auth/RequireRole.tsx';
import type { Role } from '../shell/auth/roles.ts';

const InsightsDashboardPage = lazy(() =>
  import('./InsightsDashboardPage.tsx').then((m) => ({ default: m.InsightsDashboardPage })),
);
const IndicatorPage = lazy(() => import('./IndicatorPage.tsx').then((m) => ({ default: m.IndicatorPage })));
const PublicIndicatorsPage = lazy(() =>
  import('./PublicIndicatorsPage.tsx').then((m) => ({ default: m.PublicIndicatorsPage })),
);

const REPORTERS: Role[] = ['officer', 'admin'];

function Guarded({ children }: { children: ReactNode }) {
  return (
    <RequireRole anyOf={REPORTERS}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RequireRole>
  );
}

export const insightsRoutes: RouteObject[] = [
  { path: 'insights', element: <Guarded>{<InsightsDashboardPage />}</Guarded> },
  { path: 'insights/indicators/:code', element: <Guarded>{<IndicatorPage />}</Guarded> },
  {
    path: 'open-data',
    element: (
      <Suspense fallback={<Loading />}>
        <PublicIndicatorsPage />
      </Suspense>
    ),
  },
];
