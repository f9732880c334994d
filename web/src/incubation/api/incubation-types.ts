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
  cohorts: { id: string; name: string; startsOn: string; endsOn: string }[];
}

export interface ProgrammeApplication {
  id: string;
  programmeId: string;
  programmeTitle?: string;
  startup: { id: string; name: string };
  motivation: string;
  status: 'submitted' | 'in_review' | 'selected' | 'not_selected' | 'withdrawn';
  score: number | null;
  rank: number | null;
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

// --- mentors, investors, readiness: the shapes of h/inc-people's schemas (mentor/introduction/readiness.schema.ts)
export interface MentorView {
  id: string;
  name: string;
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
  sectorCodes: string[];
  active: boolean;
  isMe: boolean;
  revision: number;
}
export interface MentorList {
  items: MentorView[];
  nextCursor: string | null;
}
export interface SlotView {
  startsAt: string;
  endsAt: string;
  localDate: string;
  localStartTime: string;
  localEndTime: string;
}
export interface SlotList {
  mentorId: string;
  timeZone: 'Asia/Ho_Chi_Minh';
  from: string;
  to: string;
  items: SlotView[];
}
export interface BookingInput {
  startupId: string;
  startsAt: string;
  topic: string;
}
export interface BookingView {
  id: string;
  mentor: { id: string; name: string };
  startup: { id: string; name: string };
  startsAt: string;
  endsAt: string;
  localDate: string;
  localStartTime: string;
  topic: string;
  status: 'booked' | 'cancelled';
  cancelReason: string | null;
  notes: string | null;
  notesUpdatedAt: string | null;
  canCancel: boolean;
  canWriteNotes: boolean;
  createdAt: string;
}
export interface BookingList {
  items: BookingView[];
  nextCursor: string | null;
}
export interface CalendarFeedView {
  ownerKind: 'mentor' | 'startup';
  ownerId: string;
  path: string;
}
export type InvestorKind = 'fund' | 'angel' | 'bank_programme' | 'corporate';
export interface InvestorView {
  id: string;
  name: string;
  kind: InvestorKind;
  description: string;
  sectorCodes: string[];
  stages: string[];
  ticketMinVnd: string;
  ticketMaxVnd: string;
  website: string | null;
  active: boolean;
  revision: number;
}
export interface InvestorList {
  items: InvestorView[];
  nextCursor: string | null;
}
export interface ContactInput {
  name: string;
  email: string | null;
  phone: string | null;
}
export interface IntroductionInput {
  startupId: string;
  investorId: string;
  message: string;
  contact: ContactInput;
}
export type IntroductionState = 'requested' | 'forwarded' | 'accepted' | 'declined' | 'withdrawn';
export type IntroductionAction = 'forward' | 'accept' | 'decline' | 'withdraw';
export interface IntroductionActionInput {
  action: IntroductionAction;
  reason?: string;
  note?: string;
}
interface ContactView {
  name: string;
  email: string | null;
  phone: string | null;
}
export interface IntroductionView {
  id: string;
  startup: { id: string; name: string };
  investor: { id: string; name: string; kind: InvestorKind };
  message: string;
  state: IntroductionState;
  officerNote: string | null;
  declineReason: string | null;
  requestedAt: string;
  forwardedAt: string | null;
  respondedAt: string | null;
  actions: IntroductionAction[];
  contacts: { startup: ContactView; investor: ContactView } | null;
  revision: number;
}
export interface IntroductionList {
  items: IntroductionView[];
  nextCursor: string | null;
}
export type Certification = 'st_enterprise' | 'high_tech';
export type ReadinessLevel = 'ready' | 'close' | 'in_progress';
export interface ReadinessView {
  startup: { id: string; name: string };
  evaluatedOn: string;
  fiscalYear: number | null;
  facts: Record<string, boolean>;
  figures: Record<string, string>;
  results: {
    certification: Certification;
    ruleSetId: string;
    basis: Text;
    effectiveFrom: string;
    conditions: {
      code: string;
      title: Text;
      hint: Text;
      status: 'met' | 'not_met' | 'missing';
      actualBasisPoints: number | null;
      requiredBasisPoints: number | null;
      missing: string[];
    }[];
    met: number;
    total: number;
    level: ReadinessLevel;
    certified: boolean;
  }[];
  updatedAt: string | null;
}
export interface PipelineView {
  evaluatedOn: string;
  rows: {
    certification: Certification;
    target: number;
    byYear: number;
    certified: number;
    ready: number;
    close: number;
    inProgress: number;
    gap: number;
  }[];
  startups: {
    startup: { id: string; name: string };
    levels: { certification: Certification; level: ReadinessLevel; met: number; total: number; certified: boolean }[];
  }[];
}
