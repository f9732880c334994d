// Incubation server state: query keys, fetchers and the mutations that invalidate them. The pages of
// the incubation module use these hooks; nothing else talks to /api/incubation/v1.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, currentToken } from '../../shared/api/client.ts';
import type {
  BookingInput,
  BookingList,
  BookingView,
  CalendarFeedView,
  CohortDashboard,
  Contest,
  IntroductionActionInput,
  IntroductionInput,
  IntroductionList,
  IntroductionView,
  InvestorList,
  JuryAssignment,
  JuryAssignmentDetail,
  KpiInput,
  KpiReport,
  MentorList,
  Milestone,
  MyApplication,
  Programme,
  ProgrammeApplication,
  Cohort,
  ContestInput,
  RoundApplication,
  Page,
  PipelineView,
  PublicStartup,
  ReadinessInput,
  ReadinessView,
  Ranking,
  JurySheetInput,
  KpiSeries,
  SlotList,
  Startup,
} from './incubation-types.ts';

export const INCUBATION = '/api/incubation/v1';
const enc = encodeURIComponent;

export const incKeys = {
  all: ['incubation'] as const,
  myStartups: ['incubation', 'my', 'startups'] as const,
  directory: (q: string, stage: string, sector: string) => ['incubation', 'directory', q, stage, sector] as const,
  contests: ['incubation', 'contests'] as const,
  results: (roundId: string) => ['incubation', 'round', roundId, 'results'] as const,
  myApplications: ['incubation', 'my', 'applications'] as const,
  juryAssignments: ['incubation', 'jury', 'assignments'] as const,
  juryAssignment: (id: string) => ['incubation', 'jury', 'assignment', id] as const,
  kpis: (startupId: string) => ['incubation', 'startup', startupId, 'kpis'] as const,
  milestones: (startupId: string) => ['incubation', 'startup', startupId, 'milestones'] as const,
  mentors: ['incubation', 'mentors'] as const,
  slots: (mentorId: string) => ['incubation', 'mentor', mentorId, 'slots'] as const,
  bookings: (startupId: string) => ['incubation', 'startup', startupId, 'bookings'] as const,
  investors: ['incubation', 'investors'] as const,
  introductions: (startupId: string) => ['incubation', 'introductions', startupId] as const,
  readiness: (startupId: string) => ['incubation', 'startup', startupId, 'readiness'] as const,
  pipeline: ['incubation', 'readiness', 'pipeline'] as const,
  cohort: (id: string) => ['incubation', 'cohort', id] as const,
};

const get =
  <T>(path: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    api<T>(`${INCUBATION}${path}`, { signal });

const send = <T>(method: string, path: string, json?: unknown) =>
  api<T>(`${INCUBATION}${path}`, { method, ...(json === undefined ? {} : { json }) });

/** Invalidates the whole module's cache after a change (pages are few and small). */
function useInvalidating<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: incKeys.all }) });
}

// --- startups

export function useMyStartups() {
  return useQuery({ queryKey: incKeys.myStartups, queryFn: get<{ items: Startup[] }>('/startups/mine') });
}

export function useSaveStartup() {
  return useInvalidating((s: { id?: string; body: Record<string, unknown> }) =>
    s.id ? send<Startup>('PATCH', `/startups/${enc(s.id)}`, s.body) : send<Startup>('POST', '/startups', s.body),
  );
}

export function usePublishStartup() {
  return useInvalidating((s: { id: string; published: boolean; publicSummary: string }) =>
    s.published
      ? send<Startup>('POST', `/startups/${enc(s.id)}/publish`, { publicSummary: s.publicSummary })
      : send<Startup>('POST', `/startups/${enc(s.id)}/unpublish`),
  );
}

export function useDirectory(q: string, stage: string, sector: string) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (stage) params.set('stage', stage);
  if (sector) params.set('sector', sector);
  return useQuery({
    queryKey: incKeys.directory(q, stage, sector),
    queryFn: get<Page<PublicStartup>>(`/public/startups?${params}`),
  });
}

// --- contests, applications, juries

export function useContests() {
  return useQuery({ queryKey: incKeys.contests, queryFn: get<{ items: Contest[] }>('/contests') });
}

export function useRoundResults(roundId: string | undefined) {
  return useQuery({
    queryKey: incKeys.results(roundId ?? ''),
    queryFn: get<Ranking>(`/rounds/${enc(roundId ?? '')}/ranking`),
    enabled: Boolean(roundId),
  });
}

export function useMyApplications() {
  return useQuery({
    queryKey: incKeys.myApplications,
    queryFn: get<{ items: MyApplication[] }>('/contest-applications/mine'),
  });
}

export function useApply() {
  return useInvalidating(
    (a: { roundId: string; body: { startupId: string; title: string; answers: Record<string, string> } }) =>
      send<MyApplication>('POST', `/rounds/${enc(a.roundId)}/applications`, a.body),
  );
}

export function useJuryAssignments() {
  return useQuery({
    queryKey: incKeys.juryAssignments,
    queryFn: get<{ items: JuryAssignment[] }>('/jury/assignments'),
  });
}

export function useJuryAssignment(id: string) {
  return useQuery({
    queryKey: incKeys.juryAssignment(id),
    queryFn: get<JuryAssignmentDetail>(`/jury/assignments/${enc(id)}`),
  });
}

export function useSaveJurySheet() {
  return useInvalidating((s: { id: string; body: JurySheetInput }) =>
    send<JuryAssignmentDetail>('PUT', `/jury/assignments/${enc(s.id)}/sheet`, s.body),
  );
}

export function useDeclareJuryConflict() {
  return useInvalidating((c: { id: string; reason: string }) =>
    send<void>('POST', `/jury/assignments/${enc(c.id)}/conflict`, { reason: c.reason }),
  );
}

export function useRoundAction() {
  return useInvalidating((a: { roundId: string; action: string; body?: unknown; method?: 'POST' | 'PUT' }) =>
    send<unknown>(a.method ?? 'POST', `/rounds/${enc(a.roundId)}/${a.action}`, a.body ?? {}),
  );
}

// --- KPIs and milestones

export function useKpis(startupId: string | undefined) {
  return useQuery({
    queryKey: incKeys.kpis(startupId ?? ''),
    queryFn: get<KpiSeries>(`/startups/${enc(startupId ?? '')}/kpis`),
    enabled: Boolean(startupId),
  });
}

export function useReportKpis() {
  return useInvalidating((r: { startupId: string; month: string; body: KpiInput }) =>
    send<KpiReport>('PUT', `/startups/${enc(r.startupId)}/kpis/${enc(r.month)}`, r.body),
  );
}

export function useMilestones(startupId: string | undefined) {
  return useQuery({
    queryKey: incKeys.milestones(startupId ?? ''),
    queryFn: get<{ items: Milestone[] }>(`/startups/${enc(startupId ?? '')}/milestones`),
    enabled: Boolean(startupId),
  });
}

export function useSubmitMilestone() {
  return useInvalidating((m: { id: string; links: { url: string; label: string }[] }) =>
    send<Milestone>('POST', `/milestones/${enc(m.id)}/submit`, { links: m.links }),
  );
}

export function useCohortDashboard(id: string) {
  return useQuery({ queryKey: incKeys.cohort(id), queryFn: get<CohortDashboard>(`/cohorts/${enc(id)}/kpis`) });
}

export function useCohort(id: string) {
  return useQuery({ queryKey: ['incubation', 'cohort-view', id], queryFn: get<Cohort>(`/cohorts/${enc(id)}`) });
}

export const cohortXlsxUrl = (id: string) => `${INCUBATION}/cohorts/${enc(id)}/kpis.xlsx`;

/** Downloads a file the API serves to signed-in users only (the link carries no token). */
export async function downloadFile(url: string, fileName: string): Promise<void> {
  const token = currentToken();
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new ApiError(res.status, null);
  const href = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

// --- mentors and bookings

export function useMentors() {
  return useQuery({ queryKey: incKeys.mentors, queryFn: get<MentorList>('/mentors?limit=50') });
}

export function useSlots(mentorId: string, enabled: boolean) {
  return useQuery({
    queryKey: incKeys.slots(mentorId),
    queryFn: get<SlotList>(`/mentors/${enc(mentorId)}/slots`),
    enabled,
  });
}

export function useBookings(startupId: string | undefined) {
  return useQuery({
    queryKey: incKeys.bookings(startupId ?? ''),
    queryFn: get<BookingList>(`/mentor-bookings?startupId=${enc(startupId ?? '')}`),
    enabled: Boolean(startupId),
  });
}

export function useBook() {
  return useInvalidating((b: { mentorId: string; body: BookingInput }) =>
    send<BookingView>('POST', `/mentors/${enc(b.mentorId)}/bookings`, b.body),
  );
}

export function useCalendarFeed() {
  return useMutation({
    mutationFn: (startupId: string) =>
      send<CalendarFeedView>('POST', '/calendar-feeds', { ownerKind: 'startup', ownerId: startupId }),
  });
}

// --- investors and introductions

export function useInvestors() {
  return useQuery({ queryKey: incKeys.investors, queryFn: get<InvestorList>('/investors?limit=50') });
}

/** A startup's requests, or (no startup) every request the officer mediates. */
export function useIntroductions(startupId?: string) {
  return useQuery({
    queryKey: incKeys.introductions(startupId ?? '*'),
    queryFn: get<IntroductionList>(`/introductions?limit=100${startupId ? `&startupId=${enc(startupId)}` : ''}`),
  });
}

export function useRequestIntroduction() {
  return useInvalidating((body: IntroductionInput) => send<IntroductionView>('POST', '/introductions', body));
}

export function useIntroductionAction() {
  return useInvalidating((a: { id: string; body: IntroductionActionInput }) =>
    send<IntroductionView>('POST', `/introductions/${enc(a.id)}/actions`, a.body),
  );
}

// --- readiness

export function useReadiness(startupId: string | undefined) {
  return useQuery({
    queryKey: incKeys.readiness(startupId ?? ''),
    queryFn: get<ReadinessView>(`/startups/${enc(startupId ?? '')}/readiness`),
    enabled: Boolean(startupId),
  });
}

export function useSaveReadiness() {
  return useInvalidating((r: { startupId: string; body: ReadinessInput }) =>
    send<ReadinessView>('PUT', `/startups/${enc(r.startupId)}/readiness`, r.body),
  );
}

export function usePipeline() {
  return useQuery({ queryKey: incKeys.pipeline, queryFn: get<PipelineView>('/readiness/pipeline') });
}

// --- programmes and cohorts

export function useProgrammes() {
  return useQuery({ queryKey: ['incubation', 'programmes'], queryFn: get<{ items: Programme[] }>('/programmes') });
}

export function useProgramme(id: string) {
  return useQuery({ queryKey: ['incubation', 'programme', id], queryFn: get<Programme>(`/programmes/${enc(id)}`) });
}

export function useProgrammeApplications(id: string) {
  return useQuery({
    queryKey: ['incubation', 'programme', id, 'applications'],
    queryFn: get<{ items: ProgrammeApplication[] }>(`/programmes/${enc(id)}/applications`),
  });
}

export function useMyProgrammeApplications() {
  return useQuery({
    queryKey: ['incubation', 'my', 'programme-applications'],
    queryFn: get<{ items: ProgrammeApplication[] }>('/programme-applications/mine'),
  });
}

export function useApplyToProgramme() {
  return useInvalidating((a: { programmeId: string; body: { startupId: string; motivation: string } }) =>
    send<ProgrammeApplication>('POST', `/programmes/${enc(a.programmeId)}/applications`, a.body),
  );
}

export function useCreateCohort() {
  return useInvalidating(
    (c: { programmeId: string; body: { name: string; startsOn: string; endsOn: string; startupIds: string[] } }) =>
      send<Cohort>('POST', `/programmes/${enc(c.programmeId)}/cohorts`, c.body),
  );
}

export function useProgrammeAction() {
  return useInvalidating((a: { programmeId: string; action: 'open-call' | 'start-selection' | 'close' }) =>
    send<Programme>('POST', `/programmes/${enc(a.programmeId)}/${a.action}`),
  );
}

export function useMyCohorts() {
  return useQuery({ queryKey: ['incubation', 'my', 'cohorts'], queryFn: get<{ items: Cohort[] }>('/cohorts/mine') });
}

export function useRoundApplications(roundId: string) {
  return useQuery({
    queryKey: ['incubation', 'round', roundId, 'applications'],
    queryFn: get<{ items: RoundApplication[] }>(`/rounds/${enc(roundId)}/applications`),
  });
}

export function useCreateContest() {
  return useInvalidating((body: ContestInput) => send<Contest>('POST', '/contests', body));
}

export function useContest(id: string | undefined) {
  return useQuery({
    queryKey: ['incubation', 'contest', id ?? ''],
    queryFn: get<Contest>(`/contests/${enc(id ?? '')}`),
    enabled: Boolean(id),
  });
}
