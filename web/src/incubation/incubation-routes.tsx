// The incubation module's routes, loaded on demand. The startup directory and contest results are
// public; a startup's own pages and a jury member's scoring need a signed-in user (the service decides
// whose startup and which assignments); the officer's pages need an officer or administrator.
import { lazy, type ReactNode, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../shared/components/Status.tsx';
import { RequireRole } from '../shell/auth/RequireRole.tsx';
import { ROLES, type Role } from '../shell/auth/roles.ts';

const page = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const StartupDirectoryPage = page(() => import('./public/StartupDirectoryPage.tsx'), 'StartupDirectoryPage');
const ContestResultsPage = page(() => import('./public/ContestResultsPage.tsx'), 'ContestResultsPage');
const MyApplicationsPage = page(() => import('./startup/MyApplicationsPage.tsx'), 'MyApplicationsPage');
const ApplyPage = page(() => import('./startup/ApplyPage.tsx'), 'ApplyPage');
const StartupProfilePage = page(() => import('./startup/StartupProfilePage.tsx'), 'StartupProfilePage');
const MilestonesPage = page(() => import('./startup/MilestonesPage.tsx'), 'MilestonesPage');
const KpiPage = page(() => import('./startup/KpiPage.tsx'), 'KpiPage');
const MentorsPage = page(() => import('./startup/MentorsPage.tsx'), 'MentorsPage');
const InvestorsPage = page(() => import('./startup/InvestorsPage.tsx'), 'InvestorsPage');
const ReadinessPage = page(() => import('./startup/ReadinessPage.tsx'), 'ReadinessPage');
const JuryAssignmentsPage = page(() => import('./jury/JuryAssignmentsPage.tsx'), 'JuryAssignmentsPage');
const JuryScoringPage = page(() => import('./jury/JuryScoringPage.tsx'), 'JuryScoringPage');
const ContestsPage = page(() => import('./officer/ContestsPage.tsx'), 'ContestsPage');
const NewContestPage = page(() => import('./officer/NewContestPage.tsx'), 'NewContestPage');
const RoundPage = page(() => import('./officer/RoundPage.tsx'), 'RoundPage');
const ProgrammesPage = page(() => import('./officer/ProgrammesPage.tsx'), 'ProgrammesPage');
const PipelineBoardPage = page(() => import('./officer/PipelineBoardPage.tsx'), 'PipelineBoardPage');
const CohortDashboardPage = page(() => import('./officer/CohortDashboardPage.tsx'), 'CohortDashboardPage');
const IntroductionsPage = page(() => import('./officer/IntroductionsPage.tsx'), 'IntroductionsPage');
const ReadinessPipelinePage = page(() => import('./officer/ReadinessPipelinePage.tsx'), 'ReadinessPipelinePage');

const SIGNED_IN: Role[] = [...ROLES];
const MANAGERS: Role[] = ['officer', 'admin'];

function Public({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

const signedIn = (path: string, element: ReactNode, roles: Role[] = SIGNED_IN): RouteObject => ({
  path,
  element: (
    <RequireRole anyOf={roles}>
      <Suspense fallback={<Loading />}>{element}</Suspense>
    </RequireRole>
  ),
});

export const incubationRoutes: RouteObject[] = [
  { path: 'khoi-nghiep', element: <Public>{<StartupDirectoryPage />}</Public> },
  { path: 'khoi-nghiep/ket-qua', element: <Public>{<ContestResultsPage />}</Public> },
  { path: 'khoi-nghiep/ket-qua/:roundId', element: <Public>{<ContestResultsPage />}</Public> },
  signedIn('khoi-nghiep/cua-toi', <MyApplicationsPage />),
  signedIn('khoi-nghiep/vong/:roundId/nop', <ApplyPage />),
  signedIn('khoi-nghiep/cua-toi/ho-so', <StartupProfilePage />),
  signedIn('khoi-nghiep/cua-toi/cot-moc', <MilestonesPage />),
  signedIn('khoi-nghiep/cua-toi/kpi', <KpiPage />),
  signedIn('khoi-nghiep/cua-toi/co-van', <MentorsPage />),
  signedIn('khoi-nghiep/cua-toi/nha-dau-tu', <InvestorsPage />),
  signedIn('khoi-nghiep/cua-toi/san-sang', <ReadinessPage />),
  signedIn('khoi-nghiep/cham', <JuryAssignmentsPage />),
  signedIn('khoi-nghiep/cham/:id', <JuryScoringPage />),
  signedIn('khoi-nghiep/quan-ly', <ContestsPage />, MANAGERS),
  signedIn('khoi-nghiep/quan-ly/cuoc-thi/moi', <NewContestPage />, MANAGERS),
  signedIn('khoi-nghiep/quan-ly/vong/:roundId', <RoundPage />, MANAGERS),
  signedIn('khoi-nghiep/quan-ly/chuong-trinh', <ProgrammesPage />, MANAGERS),
  signedIn('khoi-nghiep/quan-ly/chuong-trinh/:id', <PipelineBoardPage />, MANAGERS),
  signedIn('khoi-nghiep/quan-ly/khoa/:id', <CohortDashboardPage />, MANAGERS),
  signedIn('khoi-nghiep/quan-ly/gioi-thieu', <IntroductionsPage />, MANAGERS),
  signedIn('khoi-nghiep/quan-ly/san-sang', <ReadinessPipelinePage />, MANAGERS),
];
