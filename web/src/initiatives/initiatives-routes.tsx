// The initiatives module's routes, loaded on demand. The repository and certificate verification are
// public; the author's, council's and reviewer's pages need a signed-in user (council roles are per
// campaign, so the service decides what each user may do there).
import { lazy, type ReactNode, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../shared/components/Status.tsx';
import { RequireRole } from '../shell/auth/RequireRole.tsx';
import { ROLES, type Role } from '../shell/auth/roles.ts';

const page = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const RepositorySearchPage = page(() => import('./public/RepositorySearchPage.tsx'), 'RepositorySearchPage');
const RepositoryRecordPage = page(() => import('./public/RepositoryRecordPage.tsx'), 'RepositoryRecordPage');
const VerifyPage = page(() => import('./public/VerifyPage.tsx'), 'VerifyPage');
const MyInitiativesPage = page(() => import('./author/MyInitiativesPage.tsx'), 'MyInitiativesPage');
const SubmissionFormPage = page(() => import('./author/SubmissionFormPage.tsx'), 'SubmissionFormPage');
const SubmissionDetailPage = page(() => import('./author/SubmissionDetailPage.tsx'), 'SubmissionDetailPage');
const MyCouncilsPage = page(() => import('./council/MyCouncilsPage.tsx'), 'MyCouncilsPage');
const CampaignSetupPage = page(() => import('./council/CampaignSetupPage.tsx'), 'CampaignSetupPage');
const ScreeningPage = page(() => import('./council/ScreeningPage.tsx'), 'ScreeningPage');
const AssignmentBoardPage = page(() => import('./council/AssignmentBoardPage.tsx'), 'AssignmentBoardPage');
const ResultsPage = page(() => import('./council/ResultsPage.tsx'), 'ResultsPage');
const MyAssignmentsPage = page(() => import('./review/MyAssignmentsPage.tsx'), 'MyAssignmentsPage');
const ScoringPage = page(() => import('./review/ScoringPage.tsx'), 'ScoringPage');

const SIGNED_IN: Role[] = [...ROLES];
const MANAGERS: Role[] = ['officer', 'admin'];

function Public({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Guarded({ roles, children }: { roles: Role[]; children: ReactNode }) {
  return (
    <RequireRole anyOf={roles}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RequireRole>
  );
}

const signedIn = (path: string, element: ReactNode, roles: Role[] = SIGNED_IN): RouteObject => ({
  path,
  element: <Guarded roles={roles}>{element}</Guarded>,
});

export const initiativeRoutes: RouteObject[] = [
  { path: 'sang-kien', element: <Public>{<RepositorySearchPage />}</Public> },
  { path: 'sang-kien/kho/:id', element: <Public>{<RepositoryRecordPage />}</Public> },
  { path: 'xac-minh', element: <Public>{<VerifyPage />}</Public> },
  { path: 'xac-minh/:code', element: <Public>{<VerifyPage />}</Public> },
  signedIn('sang-kien/cua-toi', <MyInitiativesPage />),
  signedIn('sang-kien/nop', <SubmissionFormPage />),
  signedIn('sang-kien/cua-toi/:id', <SubmissionDetailPage />),
  signedIn('sang-kien/cua-toi/:id/sua', <SubmissionFormPage />),
  signedIn('sang-kien/hoi-dong', <MyCouncilsPage />),
  signedIn('sang-kien/dot/moi', <CampaignSetupPage />, MANAGERS),
  signedIn('sang-kien/dot/:id/thiet-lap', <CampaignSetupPage />),
  signedIn('sang-kien/dot/:id/so-loai', <ScreeningPage />),
  signedIn('sang-kien/dot/:id/phan-cong', <AssignmentBoardPage />),
  signedIn('sang-kien/dot/:id/ket-qua', <ResultsPage />),
  signedIn('sang-kien/cham', <MyAssignmentsPage />),
  signedIn('sang-kien/cham/:id', <ScoringPage />),
];
