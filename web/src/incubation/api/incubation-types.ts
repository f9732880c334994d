// The incubation API as the portal sees it. PROVISIONAL: written against the service's data model
// before its zod schemas were published; each type is replaced by the re-export of
// @sti/incubation/api as the service lands, so a change of the API becomes a compile error here.
import type { Rubric } from '@sti/review';

export type { Rubric };

export interface Text {
  vi: string;
  en: string;
}

export type StartupStage = 'idea' | 'prototype' | 'early_revenue' | 'growth';

export interface Startup {
  id: string;
  name: string;
  stage: StartupStage;
  sectorCode: string;
  trl: number;
  provinceCode: string;
  communeCode: string;
  summary: string;
  traction: string;
  website: string | null;
  foundedOn: string | null;
  members: { id: string; name: string; role: string; userId: string | null; email: string | null }[];
  published: boolean;
  publicSummary: string | null;
  publishedAt: string | null;
  canEdit: boolean;
  revision: number;
}

export interface StartupInput {
  name: string;
  stage: StartupStage;
  sectorCode: string;
  trl: number;
  communeCode: string;
  summary: string;
  traction?: string;
  members: { name: string; role: string }[];
}

export interface PublicStartup {
  id: string;
  name: string;
  stage: StartupStage;
  sectorCode: string;
  trl: number;
  communeCode: string;
  provinceCode: string;
  summary: string;
  traction: string;
  website: string | null;
  teamSize: number;
  roles: string[];
  publishedAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type RoundStatus = 'draft' | 'open' | 'judging' | 'results_published';

export interface FormField {
  key: string;
  label: Text;
  type: 'text' | 'textarea' | 'url' | 'number' | 'select';
  required: boolean;
  maxLength: number;
  options?: string[];
}

export interface ContestRound {
  id: string;
  contestId: string;
  level: 'commune' | 'province';
  sequence: number;
  localityCode: string;
  title: string;
  status: RoundStatus;
  opensAt: string;
  closesAt: string;
  advanceCount: number;
  resultsPublishedAt: string | null;
  applicationCount: number;
}

export interface Contest {
  id: string;
  title: string;
  year: number;
  description: string;
  formFields: FormField[];
  rubric: Rubric;
  awards: { rank: number; title: Text; prizeVnd: string }[];
  rounds: ContestRound[];
}

export interface ContestInput {
  title: string;
  year: number;
  description: string;
}

export type ApplicationStatus = 'submitted' | 'ineligible' | 'in_review' | 'ranked' | 'advanced';

export interface MyApplication {
  id: string;
  contestId: string;
  contestTitle: string;
  roundId: string;
  roundTitle: string;
  level: 'commune' | 'province';
  roundStatus: RoundStatus;
  startupId: string;
  startupName: string;
  title: string;
  answers: Record<string, string>;
  status: ApplicationStatus;
  eligibility: { code: string; message: Text }[];
  carriedFromId: string | null;
  submittedAt: string | null;
  score: number | null;
  rank: number | null;
  award: string | null;
  feedback: { juror: string; total: number; comment: string }[];
  canCarryOver: boolean;
}

export interface RoundApplication {
  id: string;
  startupId: string;
  startupName: string;
  title: string;
  status: ApplicationStatus;
  eligibility: { code: string; message: Text }[];
  carriedFromId: string | null;
  submittedAt: string | null;
  sheets: { assigned: number; final: number };
  score: number | null;
  rank: number | null;
}

export interface JuryAssignment {
  id: string;
  kind: 'contest_round' | 'programme';
  subjectId: string;
  subjectTitle: string;
  applicationId: string;
  applicationTitle: string;
  status: 'assigned' | 'draft' | 'final';
  total: number | null;
  open: boolean;
}

export interface JuryAssignmentDetail extends JuryAssignment {
  rubric: Rubric;
  application: {
    title: string;
    startupName: string;
    stage: string;
    sectorCode: string;
    trl: number;
    communeCode: string;
    summary: string;
    answers: { key: string; label: Text; value: string }[];
  };
  sheet: {
    scores: { criterion: string; score: number; comment?: string }[];
    feedback: string;
    total: number | null;
    submittedAt: string | null;
  };
}

export interface JurySheetInput {
  status: 'draft' | 'final';
  scores: { criterion: string; score: number; comment?: string }[];
  feedback: string;
}

export interface RankingItem {
  applicationId: string;
  startupId: string;
  startupName: string;
  title: string;
  rank: number;
  score: number | null;
  tieBreak: string | null;
  award: string | null;
}

export interface Ranking {
  roundId: string;
  published: boolean;
  tieBreakRule: Text;
  items: RankingItem[];
}

export interface KpiReport {
  month: string;
  revenueVnd: string;
  users: number;
  jobsCreated: number;
  fundingRaisedVnd: string;
  ipFiled: number;
  reportedAt?: string;
}

export interface KpiSeries {
  startupId: string;
  months: KpiReport[];
}

export interface KpiInput {
  revenueVnd: string;
  users: number;
  jobsCreated: number;
  fundingRaisedVnd: string;
  ipFiled: number;
}

export interface Milestone {
  id: string;
  title: string;
  description: string;
  dueOn: string;
  status: 'open' | 'submitted' | 'signed_off' | 'returned';
  links: { url: string; label: string }[];
  officerNote: string | null;
}

export interface Programme {
  id: string;
  title: string;
  description: string;
  status: 'draft' | 'call_open' | 'selecting' | 'running' | 'closed';
  callOpensAt: string;
  callClosesAt: string;
  seats: number;
  applicationCount: number;
  cohorts: { id: string; name: string; startsOn: string; endsOn: string; startupCount: number }[];
}

export interface ProgrammeApplication {
  id: string;
  programmeId: string;
  programmeTitle: string;
  startupId: string;
  startupName: string;
  sectorCode: string;
  stage: string;
  motivation: string;
  seededFrom: string | null;
  status: 'submitted' | 'in_review' | 'selected' | 'not_selected';
  submittedAt: string;
  score: number | null;
  rank: number | null;
  feedback: { juror: string; total: number; comment: string }[];
  sheets: { assigned: number; final: number };
}

export interface Cohort {
  id: string;
  programmeId: string;
  programmeTitle: string;
  name: string;
  startsOn: string;
  endsOn: string;
  startups: { id: string; name: string; sectorCode: string; stage: StartupStage }[];
}

export interface CohortDashboard {
  cohortId: string;
  totals: {
    month: string;
    revenueVnd: string;
    users: number;
    jobsCreated: number;
    fundingRaisedVnd: string;
    ipFiled: number;
    reporting: number;
  }[];
  startups: {
    startupId: string;
    name: string;
    sectorCode: string;
    latestMonth: string | null;
    revenueVnd: string;
    users: number;
    jobsCreated: number;
    fundingRaisedVnd: string;
    ipFiled: number;
    totalRevenueVnd: string;
  }[];
}

// --- mentors, investors, readiness: the service's own schemas
export type {
  BookingInput,
  BookingList,
  BookingView,
  CalendarFeedView,
  IntroductionAction,
  IntroductionActionInput,
  IntroductionInput,
  IntroductionList,
  IntroductionState,
  IntroductionView,
  InvestorList,
  InvestorView,
  MentorList,
  MentorView,
  PipelineView,
  ReadinessView,
  SlotList,
  SlotView,
} from '@sti/incubation/api';

/** The body of PUT /startups/:id/readiness as the portal sends it (amounts as decimal strings). */
export interface ReadinessInput {
  fiscalYear: number;
  facts: Record<string, boolean>;
  figures: Record<string, string>;
}
