// The incubation API as the portal sees it: the service's own schemas and types (@sti/incubation/api),
// so a change of the API is a compile error here.
import type {
  ApplicationView,
  CohortKpiDashboard,
  CohortView,
  ContestView,
  JuryAssignment as JuryAssignmentView,
  JuryAssignmentDetail as JuryAssignmentDetailView,
  KpiReport as KpiReportView,
  ProgrammeApplicationView,
  ProgrammeView,
  PublicStartup as PublicStartupView,
  Ranking as RankingView,
  RoundView,
  StartupView,
  applicationInputSchema,
  contestInputSchema,
  kpiInputSchema,
  kpiSeriesSchema,
  milestoneViewSchema,
  roundApplicationSchema,
  scoreSheetInputSchema,
  startupInputSchema,
} from '@sti/incubation/api';
import type { Rubric } from '@sti/review';
import type { z } from 'zod';

export type { Rubric };

export interface Text {
  vi: string;
  en: string;
}

export type StartupStage = StartupView['stage'];
export type Startup = StartupView;
export type StartupInput = z.input<typeof startupInputSchema>;
export type PublicStartup = PublicStartupView;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type ContestRound = RoundView;
export type RoundStatus = RoundView['status'];
export type Contest = ContestView;
export type FormField = ContestView['formFields'][number];
export type ContestInput = z.input<typeof contestInputSchema>;
export type ApplyInput = z.input<typeof applicationInputSchema>;
export type MyApplication = ApplicationView;
export type ApplicationStatus = ApplicationView['status'];
export type RoundApplication = z.output<typeof roundApplicationSchema>;
export type JuryAssignment = JuryAssignmentView;
export type JuryAssignmentDetail = JuryAssignmentDetailView;
export type JurySheetInput = z.input<typeof scoreSheetInputSchema>;
export type Ranking = RankingView;
export type RankingItem = RankingView['items'][number];
export type KpiReport = KpiReportView;
export type KpiSeries = z.output<typeof kpiSeriesSchema>;
export type KpiInput = z.input<typeof kpiInputSchema>;
export type Milestone = z.output<typeof milestoneViewSchema>;
export type Programme = ProgrammeView;
export type ProgrammeApplication = ProgrammeApplicationView;
export type Cohort = CohortView;
export type CohortDashboard = CohortKpiDashboard;

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
