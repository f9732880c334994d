// TanStack Query hooks over /api/insights/v1, and authenticated file downloads.
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, currentToken } from '../../shared/api/client.ts';
import type { CommuneTable, Grain, IndicatorView, LocalityView, Overview, Series } from './insights-types.ts';

export const INSIGHTS = '/api/insights/v1';

const qs = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return search.toString();
};

export function useOverview(period: string, commune?: string) {
  return useQuery({
    queryKey: ['insights', 'overview', period, commune ?? ''],
    queryFn: () => api<Overview>(`${INSIGHTS}/overview?${qs({ period, commune })}`),
  });
}

export function usePublicOverview(period: string) {
  return useQuery({
    queryKey: ['insights', 'public', period],
    queryFn: () => api<Overview>(`${INSIGHTS}/public/overview?${qs({ period })}`),
  });
}

export function useCommuneTable(code: string, period: string) {
  return useQuery({
    queryKey: ['insights', 'communes', code, period],
    queryFn: () => api<CommuneTable>(`${INSIGHTS}/indicators/${encodeURIComponent(code)}/communes?${qs({ period })}`),
  });
}

export function useSeries(code: string, from: string, to: string, grain: Grain, commune?: string) {
  return useQuery({
    queryKey: ['insights', 'series', code, from, to, grain, commune ?? ''],
    queryFn: () =>
      api<Series>(`${INSIGHTS}/indicators/${encodeURIComponent(code)}/series?${qs({ from, to, grain, commune })}`),
  });
}

export function useIndicator(code: string) {
  return useQuery({
    queryKey: ['insights', 'indicator', code],
    queryFn: () => api<IndicatorView>(`${INSIGHTS}/indicators/${encodeURIComponent(code)}`),
  });
}

export function useLocalities() {
  return useQuery({
    queryKey: ['insights', 'localities'],
    queryFn: () => api<LocalityView>(`${INSIGHTS}/localities`),
    staleTime: 5 * 60_000,
  });
}

export const exportUrl = (period: string, format: 'xlsx' | 'pdf' = 'xlsx') =>
  `${INSIGHTS}/export.${format}?${qs({ period })}`;
export const communeCsvUrl = (code: string, period: string) =>
  `${INSIGHTS}/indicators/${encodeURIComponent(code)}/communes.csv?${qs({ period })}`;
export const publicCsvUrl = (period: string) => `${INSIGHTS}/public/overview.csv?${qs({ period })}`;

/** Fetches a file with the user's token and hands it to the browser as a download. */
export async function downloadFile(url: string, fileName: string): Promise<void> {
  const token = currentToken();
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new ApiError(res.status, null);
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
