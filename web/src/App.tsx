import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider } from './auth/AuthProvider.tsx';
import { RequireRole } from './auth/RequireRole.tsx';
import type { Role } from './auth/roles.ts';
import { Layout } from './components/Layout.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { CallbackPage } from './pages/CallbackPage.tsx';
import { ExpertDetailPage } from './pages/ExpertDetailPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NeedDetailPage } from './pages/NeedDetailPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OfferDetailPage } from './pages/OfferDetailPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { Loading } from './components/Status.tsx';

// Pages for signed-in users load on demand, keeping the public pages' bundle small.
const MyListingsPage = lazy(() => import('./pages/MyListingsPage.tsx').then((m) => ({ default: m.MyListingsPage })));
const OfferFormPage = lazy(() => import('./pages/OfferFormPage.tsx').then((m) => ({ default: m.OfferFormPage })));
const NeedFormPage = lazy(() => import('./pages/NeedFormPage.tsx').then((m) => ({ default: m.NeedFormPage })));
const ExpertFormPage = lazy(() => import('./pages/ExpertFormPage.tsx').then((m) => ({ default: m.ExpertFormPage })));
const ModerationPage = lazy(() => import('./pages/ModerationPage.tsx').then((m) => ({ default: m.ModerationPage })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Guarded({ roles, children }: { roles: Role[]; children: ReactNode }) {
  return (
    <RequireRole anyOf={roles}>
      <Lazy>{children}</Lazy>
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
          <RequireRole anyOf={['business', 'researcher']}>
            <Lazy>
              <MyListingsPage />
            </Lazy>
          </RequireRole>
        ),
      },
      {
        path: 'my/offers/new',
        element: (
          <RequireRole anyOf={['business', 'researcher']}>
            <Lazy>
              <OfferFormPage />
            </Lazy>
          </RequireRole>
        ),
      },
      {
        path: 'my/offers/:id/edit',
        element: (
          <RequireRole anyOf={['business', 'researcher']}>
            <Lazy>
              <OfferFormPage />
            </Lazy>
          </RequireRole>
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
          <RequireRole anyOf={['officer']}>
            <Lazy>
              <ModerationPage />
            </Lazy>
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </I18nProvider>
  );
}
