// Matching and connection server state: keys, fetchers and the mutations that invalidate them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CloseInput,
  ConnectionPage,
  ConnectionView,
  DismissInput,
  MatchingDashboard,
  NeedSuggestionsView,
  NoteInput,
  SignInput,
  SuggestionView,
  WorkbenchPage,
} from '@sti/techmart/api';
import { api, TECHMART } from '../../shared/api/client.ts';

export const matchingKeys = {
  all: ['techmart', 'matching'] as const,
  workbench: (filter: string) => ['techmart', 'matching', 'workbench', filter] as const,
  dashboard: ['techmart', 'matching', 'dashboard'] as const,
  need: (id: string) => ['techmart', 'matching', 'need', id] as const,
  connections: ['techmart', 'connections'] as const,
};

const enc = encodeURIComponent;

export function useWorkbench(filter: { communeCode: string; newOnly: boolean }) {
  const params = new URLSearchParams({ limit: '50' });
  if (filter.communeCode) params.set('communeCode', filter.communeCode);
  if (filter.newOnly) params.set('newOnly', 'true');
  const qs = params.toString();
  return useQuery({
    queryKey: matchingKeys.workbench(qs),
    queryFn: ({ signal }) => api<WorkbenchPage>(`${TECHMART}/matching/workbench?${qs}`, { signal }),
  });
}

export function useDashboard() {
  return useQuery({
    queryKey: matchingKeys.dashboard,
    queryFn: ({ signal }) => api<MatchingDashboard>(`${TECHMART}/matching/dashboard`, { signal }),
  });
}

export function useNeedSuggestions(needId: string) {
  return useQuery({
    queryKey: matchingKeys.need(needId),
    queryFn: ({ signal }) =>
      api<NeedSuggestionsView>(`${TECHMART}/matching/needs/${enc(needId)}/suggestions`, { signal }),
  });
}

export function useMarkSeen() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (needId: string) =>
      api<void>(`${TECHMART}/matching/needs/${enc(needId)}/suggestions/seen`, { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: matchingKeys.all }),
  });
}

export function useSuggestionDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; action: 'shortlist' } | { id: string; action: 'dismiss'; body: DismissInput }) =>
      api<SuggestionView>(`${TECHMART}/matching/suggestions/${enc(input.id)}/${input.action}`, {
        method: 'POST',
        ...(input.action === 'dismiss' ? { json: input.body } : {}),
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: matchingKeys.all }),
  });
}

export function useConnect() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { suggestionId: string; message: string }) =>
      api<ConnectionView>(`${TECHMART}/connections`, { method: 'POST', json: body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: matchingKeys.all });
      void qc.invalidateQueries({ queryKey: matchingKeys.connections });
    },
  });
}

export function useConnections() {
  return useQuery({
    queryKey: matchingKeys.connections,
    queryFn: ({ signal }) => api<ConnectionPage>(`${TECHMART}/connections?limit=100`, { signal }),
  });
}

type ConnectionAction =
  | { action: 'decision'; body: { accept: boolean } }
  | { action: 'notes'; body: Pick<NoteInput, 'kind' | 'text'> }
  | { action: 'sign'; body: SignInput }
  | { action: 'close'; body: CloseInput };

export function useConnectionAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ConnectionAction) =>
      api<ConnectionView>(`${TECHMART}/connections/${enc(id)}/${input.action}`, { method: 'POST', json: input.body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: matchingKeys.connections });
      void qc.invalidateQueries({ queryKey: matchingKeys.all });
    },
  });
}
