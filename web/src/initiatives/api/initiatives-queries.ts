// Initiatives server state: query keys, fetchers and the mutations that invalidate them. The pages of
// the initiatives module use these hooks; nothing else talks to /api/initiatives/v1.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, currentToken } from '../../shared/api/client.ts';
import type {
  AssignmentBoard,
  AssignmentDetail,
  AutoAssignResultView,
  Campaign,
  CampaignResults,
  CouncilMemberInput,
  DecisionDraftInput,
  DecisionList,
  DecisionView,
  GateAnswersInput,
  ManualAssignmentInput,
  MyAssignmentList,
  MyCouncils,
  Reference,
  RepositoryRecord,
  RubricRevisionInput,
  ScreeningDecision,
  SheetInput,
  SimilarRecords,
  Submission,
  SubmissionInput,
  SubmissionSummary,
  Verification,
} from './initiatives-types.ts';

export const INITIATIVES = '/api/initiatives/v1';
const enc = encodeURIComponent;

export const initiativeKeys = {
  all: ['initiatives'] as const,
  reference: ['initiatives', 'reference'] as const,
  openCampaigns: ['initiatives', 'campaigns', 'open'] as const,
  campaign: (id: string) => ['initiatives', 'campaign', id] as const,
  mySubmissions: ['initiatives', 'my', 'submissions'] as const,
  submission: (id: string) => ['initiatives', 'submission', id] as const,
  myCouncils: ['initiatives', 'my', 'councils'] as const,
  screening: (campaignId: string) => ['initiatives', 'campaign', campaignId, 'screening'] as const,
  similar: (id: string) => ['initiatives', 'submission', id, 'similar'] as const,
  board: (campaignId: string) => ['initiatives', 'campaign', campaignId, 'board'] as const,
  results: (campaignId: string) => ['initiatives', 'campaign', campaignId, 'results'] as const,
  decisions: (campaignId: string) => ['initiatives', 'campaign', campaignId, 'decisions'] as const,
  myAssignments: ['initiatives', 'my', 'assignments'] as const,
  assignment: (id: string) => ['initiatives', 'assignment', id] as const,
  verify: (code: string) => ['initiatives', 'verify', code] as const,
  record: (id: string) => ['initiatives', 'record', id] as const,
};

const get =
  <T>(path: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    api<T>(`${INITIATIVES}${path}`, { signal });

/** Fields and legal gates: reference data, cached for the session. */
export function useInitiativeReference() {
  return useQuery({
    queryKey: initiativeKeys.reference,
    queryFn: get<Reference>('/reference'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useOpenCampaigns(enabled = true) {
  return useQuery({
    queryKey: initiativeKeys.openCampaigns,
    queryFn: get<{ items: Campaign[] }>('/campaigns?state=open'),
    enabled,
  });
}

export function useCampaign(id: string | undefined) {
  return useQuery({
    queryKey: initiativeKeys.campaign(id ?? ''),
    queryFn: get<Campaign>(`/campaigns/${enc(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useMySubmissions() {
  return useQuery({
    queryKey: initiativeKeys.mySubmissions,
    queryFn: get<{ items: SubmissionSummary[] }>('/my/submissions'),
  });
}

export function useSubmission(id: string | undefined) {
  return useQuery({
    queryKey: initiativeKeys.submission(id ?? ''),
    queryFn: get<Submission>(`/submissions/${enc(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useMyCouncils() {
  return useQuery({ queryKey: initiativeKeys.myCouncils, queryFn: get<MyCouncils>('/my/councils') });
}

/** What waits for screening: submitted (not yet looked at) and screening (gates partly answered). */
export function useScreeningQueue(campaignId: string) {
  return useQuery({
    queryKey: initiativeKeys.screening(campaignId),
    queryFn: get<{ items: SubmissionSummary[] }>(`/campaigns/${enc(campaignId)}/submissions`),
    select: (list) => ({ items: list.items.filter((s) => s.state === 'submitted' || s.state === 'screening') }),
  });
}

export function useSimilarRecords(submissionId: string) {
  return useQuery({
    queryKey: initiativeKeys.similar(submissionId),
    queryFn: get<SimilarRecords>(`/submissions/${enc(submissionId)}/similar`),
    retry: false,
  });
}

export function useAssignmentBoard(campaignId: string) {
  return useQuery({
    queryKey: initiativeKeys.board(campaignId),
    queryFn: get<AssignmentBoard>(`/campaigns/${enc(campaignId)}/assignments`),
  });
}

export function useResults(campaignId: string) {
  return useQuery({
    queryKey: initiativeKeys.results(campaignId),
    queryFn: get<CampaignResults>(`/campaigns/${enc(campaignId)}/results`),
  });
}

export function useMyAssignments() {
  return useQuery({
    queryKey: initiativeKeys.myAssignments,
    queryFn: get<MyAssignmentList>('/my/assignments'),
  });
}

export function useBlindAssignment(id: string) {
  return useQuery({
    queryKey: initiativeKeys.assignment(id),
    queryFn: get<AssignmentDetail>(`/assignments/${enc(id)}`),
  });
}

/** Public: a certificate's authenticity; an unknown code is an answer, not an error. */
export function useVerification(code: string) {
  return useQuery({
    queryKey: initiativeKeys.verify(code),
    queryFn: get<Verification>(`/verify/${enc(code)}`),
    enabled: code.length > 0,
  });
}

/** The campaign's decisions (initial and appeal, drafts included), for its staff. */
export function useDecisions(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: initiativeKeys.decisions(campaignId),
    queryFn: get<DecisionList>(`/campaigns/${enc(campaignId)}/decision`),
    enabled,
  });
}

export function useRepositoryRecord(id: string) {
  return useQuery({ queryKey: initiativeKeys.record(id), queryFn: get<RepositoryRecord>(`/repository/${enc(id)}`) });
}

/** A POST/PUT/PATCH to the service, then the module's caches are stale. */
function useInitiativeMutation<V, R = unknown>(request: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => client.invalidateQueries({ queryKey: initiativeKeys.all }),
  });
}

const send = <R>(method: string, path: string, json: unknown = {}) => api<R>(`${INITIATIVES}${path}`, { method, json });

/** Creates (POST) or changes (PATCH, without the campaign) a draft, then submits it when asked. */
export function useSaveSubmission() {
  return useInitiativeMutation(
    async ({ id, input, submit }: { id?: string | undefined; input: SubmissionInput; submit: boolean }) => {
      const { campaignId: _campaign, ...changes } = input;
      const saved = id
        ? await send<Submission>('PATCH', `/submissions/${enc(id)}`, changes)
        : await send<Submission>('POST', '/submissions', input);
      if (submit) return send<Submission>('POST', `/submissions/${enc(saved.id)}/submit`);
      return saved;
    },
  );
}

export function useSubmitSubmission() {
  return useInitiativeMutation((id: string) => send<Submission>('POST', `/submissions/${enc(id)}/submit`));
}

export function useWithdrawSubmission() {
  return useInitiativeMutation((id: string) => send<Submission>('POST', `/submissions/${enc(id)}/withdraw`));
}

export function useAppeal() {
  return useInitiativeMutation(({ id, reason }: { id: string; reason: string }) =>
    send<Submission>('POST', `/submissions/${enc(id)}/appeal`, { reason }),
  );
}

export function useSaveCampaign() {
  return useInitiativeMutation(({ id, body }: { id?: string; body: unknown }) =>
    id ? send<Campaign>('PATCH', `/campaigns/${enc(id)}`, body) : send<Campaign>('POST', '/campaigns', body),
  );
}

export function useSaveRubric() {
  return useInitiativeMutation(({ id, rubric }: { id: string; rubric: RubricRevisionInput }) =>
    send<Campaign>('PUT', `/campaigns/${enc(id)}/rubric`, rubric),
  );
}

export function useSaveCouncil() {
  return useInitiativeMutation(({ id, members }: { id: string; members: CouncilMemberInput[] }) =>
    send<Campaign>('PUT', `/campaigns/${enc(id)}/council`, { members }),
  );
}

export function useOpenCampaign() {
  return useInitiativeMutation((id: string) => send<Campaign>('POST', `/campaigns/${enc(id)}/open`));
}

export function useSaveGates() {
  return useInitiativeMutation(({ id, answers }: { id: string; answers: GateAnswersInput['answers'] }) =>
    send<Submission>('PUT', `/submissions/${enc(id)}/gates`, { answers }),
  );
}

export function useScreeningOutcome() {
  return useInitiativeMutation(({ id, decision }: { id: string; decision: ScreeningDecision }) =>
    send<Submission>('POST', `/submissions/${enc(id)}/screening`, decision),
  );
}

export function useAutoAssign() {
  return useInitiativeMutation((campaignId: string) =>
    send<AutoAssignResultView>('POST', `/campaigns/${enc(campaignId)}/assignments/auto`),
  );
}

export function useManualAssign() {
  return useInitiativeMutation(({ campaignId, body }: { campaignId: string; body: ManualAssignmentInput }) =>
    send<AssignmentBoard>('POST', `/campaigns/${enc(campaignId)}/assignments`, body),
  );
}

export function useRemindReviewers() {
  return useInitiativeMutation((campaignId: string) =>
    send<{ reminded: number }>('POST', `/campaigns/${enc(campaignId)}/assignments/remind`),
  );
}

/** Saves the sheet as a draft, or submits it as final (then it counts and can no longer change). */
export function useSaveSheet() {
  return useInitiativeMutation(({ id, sheet, final }: { id: string; sheet: SheetInput; final: boolean }) =>
    final
      ? send<AssignmentDetail>('POST', `/assignments/${enc(id)}/submit`, sheet)
      : send<AssignmentDetail>('PUT', `/assignments/${enc(id)}/sheet`, sheet),
  );
}

export function useDeclareConflict() {
  return useInitiativeMutation(({ id, reason }: { id: string; reason: string }) =>
    send<{ declared: true; reassigned: boolean }>('POST', `/assignments/${enc(id)}/conflict`, { reason }),
  );
}

export function useCloseRound() {
  return useInitiativeMutation((campaignId: string) =>
    send<CampaignResults>('POST', `/campaigns/${enc(campaignId)}/round/close`),
  );
}

export function useReopenScoring() {
  return useInitiativeMutation(({ submissionId, reason }: { submissionId: string; reason: string }) =>
    send<unknown>('POST', `/submissions/${enc(submissionId)}/scoring/reopen`, { reason }),
  );
}

export function useDraftDecision() {
  return useInitiativeMutation(({ campaignId, draft }: { campaignId: string; draft: DecisionDraftInput }) =>
    send<DecisionView>('POST', `/campaigns/${enc(campaignId)}/decision`, draft),
  );
}

export function useApproveDecision() {
  return useInitiativeMutation((campaignId: string) =>
    send<DecisionView>('POST', `/campaigns/${enc(campaignId)}/decision/approve`),
  );
}

/** The certificate PDF as a download (it needs the bearer token, so a plain link cannot fetch it). */
/** Fetches a file the caller may read (with the bearer token) and hands it to the browser as a download. */
async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = currentToken();
  const res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  // the server's name (neutral for blind reviewers), from Content-Disposition's filename*
  const named = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('Content-Disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = named ? decodeURIComponent(named) : fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCertificate(code: string): Promise<void> {
  return downloadFile(`${INITIATIVES}/certificates/${enc(code)}.pdf`, `giay-chung-nhan-${code}.pdf`);
}

export function downloadSubmissionFile(submissionId: string, attachmentId: string, fileName: string): Promise<void> {
  return downloadFile(`${INITIATIVES}/submissions/${enc(submissionId)}/attachments/${enc(attachmentId)}`, fileName);
}

/** A reviewer's download goes through the assignment; in a blind campaign the name is neutral. */
export function downloadAssignedFile(assignmentId: string, attachmentId: string, number: number): Promise<void> {
  return downloadFile(
    `${INITIATIVES}/assignments/${enc(assignmentId)}/attachments/${enc(attachmentId)}`,
    `tai-lieu-${number}`,
  );
}

export function removeSubmissionFile(submissionId: string, attachmentId: string): Promise<void> {
  return api<void>(`${INITIATIVES}/submissions/${enc(submissionId)}/attachments/${enc(attachmentId)}`, {
    method: 'DELETE',
  });
}

export function attachmentUploadUrl(submissionId: string): string {
  return `${INITIATIVES}/submissions/${enc(submissionId)}/attachments`;
}
