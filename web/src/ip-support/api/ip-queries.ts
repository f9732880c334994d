// IP-support server state: query keys, fetchers and the mutations that invalidate them. The pages of
// the ip-support module use these hooks; nothing else talks to /api/ip-support/v1.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, currentToken } from '../../shared/api/client.ts';
import type {
  BudgetView,
  CalendarFeedStatus,
  ChecklistVersionView,
  ClaimView,
  CreateRequestInput,
  DeadlineView,
  DossierView,
  FeeTableView,
  FilingView,
  HolidayOverview,
  MessageView,
  OcopProductSummary,
  PlatformSubjectView,
  OcopProductView,
  Page,
  PolicyVersionView,
  RequestSummary,
  RequestView,
  TriageAction,
} from './ip-types.ts';

export const IP_SUPPORT = '/api/ip-support/v1';
const enc = encodeURIComponent;

export const ipKeys = {
  all: ['ip-support'] as const,
  requests: (scope: string) => ['ip-support', 'requests', scope] as const,
  request: (id: string) => ['ip-support', 'request', id] as const,
  messages: (id: string) => ['ip-support', 'request', id, 'messages'] as const,
  dossier: (requestId: string) => ['ip-support', 'request', requestId, 'dossier'] as const,
  filing: (requestId: string) => ['ip-support', 'request', requestId, 'filing'] as const,
  deadlines: (scope: string) => ['ip-support', 'deadlines', scope] as const,
  claims: (scope: string) => ['ip-support', 'claims', scope] as const,
  claim: (id: string) => ['ip-support', 'claim', id] as const,
  budgets: ['ip-support', 'budgets'] as const,
  ocop: ['ip-support', 'ocop'] as const,
  admin: (table: string) => ['ip-support', 'admin', table] as const,
};

const get =
  <T>(path: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    api<T>(`${IP_SUPPORT}${path}`, { signal });

const post = <T>(path: string, json: unknown) => api<T>(`${IP_SUPPORT}${path}`, { method: 'POST', json });

/** The signed-in business's requests, or (officer) every organisation's, newest first. */
export function useRequests(query = '') {
  return useQuery({ queryKey: ipKeys.requests(query), queryFn: get<Page<RequestSummary>>(`/requests${query}`) });
}

export function useRequest(id: string) {
  return useQuery({ queryKey: ipKeys.request(id), queryFn: get<RequestView>(`/requests/${enc(id)}`) });
}

export function useMessages(id: string) {
  return useQuery({ queryKey: ipKeys.messages(id), queryFn: get<Page<MessageView>>(`/requests/${enc(id)}/messages`) });
}

/** The organisation's Techmart offers or recognised initiatives a request can link to. */
export function usePlatformSubjects(kind: string, enabled: boolean) {
  return useQuery({
    queryKey: ['ip-support', 'subjects', kind],
    queryFn: get<Page<PlatformSubjectView>>(`/subjects?kind=${enc(kind)}&limit=100`),
    enabled,
  });
}

/** The request's dossier; 404 until the request is accepted (not an error for the page). */
export function useDossier(requestId: string, enabled: boolean) {
  return useQuery({
    queryKey: ipKeys.dossier(requestId),
    queryFn: get<DossierView>(`/requests/${enc(requestId)}/dossier`),
    enabled,
    retry: false,
  });
}

export function useFiling(requestId: string, enabled: boolean) {
  return useQuery({
    queryKey: ipKeys.filing(requestId),
    queryFn: get<FilingView>(`/requests/${enc(requestId)}/filing`),
    enabled,
    retry: false,
  });
}

/** The organisation's deadlines (`mine`), or every organisation's falling due within 30 days (officers). */
export function useDeadlines(scope: 'mine' | 'due') {
  const path = scope === 'due' ? '/deadlines/due-soon?days=30&limit=100' : '/deadlines?status=open&limit=100';
  return useQuery({ queryKey: ipKeys.deadlines(scope), queryFn: get<Page<DeadlineView>>(path) });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: ipKeys.deadlines('feed'), queryFn: get<CalendarFeedStatus>('/calendar-feed') });
}

/** A new secret feed address (the previous one stops working); the service shows it once. */
export const useRotateCalendarFeed = () => useWrite(() => post<{ token: string; path: string }>('/calendar-feed', {}));

/** A business's own claims (`mine`), or every organisation's (officer). */
export function useClaims(mine: boolean, query = '') {
  return useQuery({
    queryKey: ipKeys.claims(`${mine ? 'mine' : 'all'}${query}`),
    queryFn: get<Page<ClaimView>>(`/subsidies/${mine ? 'my/claims' : 'claims'}${query}`),
  });
}

export function useClaim(id: string) {
  return useQuery({ queryKey: ipKeys.claim(id), queryFn: get<ClaimView>(`/subsidies/claims/${enc(id)}`) });
}

export function useBudgets() {
  return useQuery({ queryKey: ipKeys.budgets, queryFn: get<{ items: BudgetView[] }>('/subsidies/budgets') });
}

export function useOcopProducts() {
  return useQuery({ queryKey: ipKeys.ocop, queryFn: get<Page<OcopProductSummary>>('/ocop/products?limit=100') });
}

export function useOcopProduct(id: string) {
  return useQuery({ queryKey: [...ipKeys.ocop, id], queryFn: get<OcopProductView>(`/ocop/products/${enc(id)}`) });
}

export const useOcopItemStatus = () =>
  useWrite((v: { id: string; code: string; status: string; note?: string }) =>
    api<OcopProductView>(`${IP_SUPPORT}/ocop/products/${enc(v.id)}/items/${enc(v.code)}`, {
      method: 'PATCH',
      json: { status: v.status, ...(v.note ? { note: v.note } : {}) },
    }),
  );

export const useOcopHelp = () =>
  useWrite((v: { id: string; itemCode: string; question: string }) =>
    post<unknown>(`/ocop/products/${enc(v.id)}/help`, { itemCode: v.itemCode, question: v.question }),
  );

export const useAnswerOcopHelp = () =>
  useWrite((v: { helpId: string; answer: string }) =>
    post<unknown>(`/ocop/help/${enc(v.helpId)}/answer`, { answer: v.answer }),
  );

export const ocopUploadUrl = (productId: string, code: string) =>
  `${IP_SUPPORT}/ocop/products/${enc(productId)}/items/${enc(code)}/documents`;

export function useChecklists() {
  return useQuery({ queryKey: ipKeys.admin('checklists'), queryFn: get<Page<ChecklistVersionView>>('/checklists') });
}
export function useFeeTables() {
  return useQuery({ queryKey: ipKeys.admin('fees'), queryFn: get<{ items: FeeTableView[] }>('/fees/tables') });
}
export function usePolicies() {
  return useQuery({
    queryKey: ipKeys.admin('policies'),
    queryFn: get<{ items: PolicyVersionView[] }>('/subsidies/policies'),
  });
}
export function useHolidays() {
  return useQuery({ queryKey: ipKeys.admin('holidays'), queryFn: get<HolidayOverview>('/holidays') });
}

/** Every write refreshes the module's queries: they are few, and the states they show are linked. */
function useWrite<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: ipKeys.all }) });
}

export const useCreateRequest = () => useWrite((input: CreateRequestInput) => post<RequestView>('/requests', input));

export const useTriage = () =>
  useWrite((v: { id: string; action: TriageAction; reason?: string }) =>
    post<RequestView>(
      `/requests/${enc(v.id)}/${v.action === 'ask_info' ? 'ask-info' : v.action}`,
      v.action === 'accept' ? (v.reason ? { note: v.reason } : {}) : { reason: v.reason ?? '' },
    ),
  );

/** The business's own steps: answer a request for more information (resubmit), or withdraw. */
export const useRequesterAction = () =>
  useWrite((v: { id: string; action: 'resubmit' | 'withdraw'; text?: string }) =>
    post<RequestView>(
      `/requests/${enc(v.id)}/${v.action}`,
      v.text ? (v.action === 'resubmit' ? { message: v.text } : { reason: v.text }) : {},
    ),
  );

export const useAssign = () =>
  useWrite((v: { id: string; assigneeId: string; assigneeName: string }) =>
    post<RequestView>(`/requests/${enc(v.id)}/assign`, { assigneeId: v.assigneeId, assigneeName: v.assigneeName }),
  );

export const usePostMessage = () =>
  useWrite((v: { id: string; body: string; internal: boolean }) =>
    post<MessageView>(`/requests/${enc(v.id)}/messages`, { body: v.body, internal: v.internal }),
  );

export const useReviewItem = () =>
  useWrite(
    (v: {
      requestId: string;
      code: string;
      verdict: 'accepted' | 'rejected';
      note?: string;
      acceptFlaggedSignature?: boolean;
    }) =>
      post<DossierView>(`/requests/${enc(v.requestId)}/dossier/items/${enc(v.code)}/review`, {
        verdict: v.verdict,
        ...(v.note ? { note: v.note } : {}),
        ...(v.acceptFlaggedSignature ? { acceptFlaggedSignature: true } : {}),
      }),
  );

export const useRecordFiling = () =>
  useWrite(
    (v: {
      requestId: string;
      applicationNumber: string;
      filingDate: string;
      priorityDate?: string;
      territory: 'domestic' | 'foreign';
    }) =>
      post<FilingView>(`/requests/${enc(v.requestId)}/filing`, {
        applicationNumber: v.applicationNumber,
        filingDate: v.filingDate,
        territory: v.territory,
        ...(v.priorityDate ? { priorityDate: v.priorityDate } : {}),
      }),
  );

export const useRecordMilestone = () =>
  useWrite(
    (v: {
      filingId: string;
      kind: string;
      occurredOn: string;
      responseDueOn?: string;
      note?: string;
      certificateNumber?: string;
      reason?: string;
    }) => {
      const { filingId, ...body } = v;
      return post<FilingView>(`/filings/${enc(filingId)}/milestones`, body);
    },
  );

export const useSubmitClaim = () =>
  useWrite((id: string) => post<ClaimView>(`/subsidies/claims/${enc(id)}/submit`, {}));

export const useUpdateClaim = () =>
  useWrite((v: { id: string; revision: number; documentedCostVnd?: number; note?: string; applicantKind?: string }) => {
    const { id, ...body } = v;
    return api<ClaimView>(`${IP_SUPPORT}/subsidies/claims/${enc(id)}`, { method: 'PATCH', json: body });
  });

export const useDecideClaim = () =>
  useWrite((v: { id: string; approve: boolean; note?: string }) =>
    post<ClaimView>(
      `/subsidies/claims/${enc(v.id)}/${v.approve ? 'approve' : 'reject'}`,
      v.approve ? { note: v.note ?? '' } : { reason: v.note ?? '' },
    ),
  );

export const usePayClaim = () =>
  useWrite((v: { id: string; paidOn: string; reference: string }) =>
    post<ClaimView>(`/subsidies/claims/${enc(v.id)}/payment`, { paidOn: v.paidOn, paymentReference: v.reference }),
  );

export const useAdminAdd = () => useWrite((v: { path: string; body: unknown }) => post<unknown>(v.path, v.body));

/** Upload URLs (multipart, sent by XMLHttpRequest for the progress bar). */
export const itemUploadUrl = (requestId: string, code: string) =>
  `${IP_SUPPORT}/requests/${enc(requestId)}/dossier/items/${enc(code)}/documents`;
export const claimEvidenceUrl = (claimId: string) => `${IP_SUPPORT}/subsidies/claims/${enc(claimId)}/evidence`;
export const documentUrl = (requestId: string, documentId: string) =>
  `${IP_SUPPORT}/requests/${enc(requestId)}/dossier/documents/${enc(documentId)}/content`;
/** The organisation's iCalendar feed (subscribe in a calendar application). */
export const calendarUrl = (organisationId: string) =>
  `${IP_SUPPORT}/organisations/${enc(organisationId)}/deadlines.ics`;

/** Downloads a stored document with the reader's token (a plain link cannot send it). */
export async function downloadDocument(url: string, fileName: string): Promise<void> {
  const token = currentToken();
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const objectUrl = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = objectUrl;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
