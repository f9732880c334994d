// Techmart and Search server state: query keys, fetchers and the mutations that invalidate them.
// Pages use these hooks; nothing else talks to the Techmart API.
import {
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, SEARCH, TECHMART } from '../../shared/api/client.ts';
import type { Expert, ListingStatus, Need, Offer, Page, QueueItem, SearchResponse } from './techmart-types.ts';

export type Collection = 'offers' | 'needs' | 'experts';
export type QueueType = 'offer' | 'need' | 'expert';
export const COLLECTION_OF: Record<QueueType, Collection> = { offer: 'offers', need: 'needs', expert: 'experts' };

export const techmartKeys = {
  all: ['techmart'] as const,
  my: ['techmart', 'my'] as const,
  myList: (type: Collection, status: ListingStatus | '') => ['techmart', 'my', type, 'list', status] as const,
  myRecent: (type: Collection) => ['techmart', 'my', type, 'recent'] as const,
  listing: (type: Collection, id: string) => ['techmart', 'listing', type, id] as const,
  queue: ['techmart', 'queue'] as const,
  queueOf: (type: QueueType) => ['techmart', 'queue', type] as const,
  search: (query: string) => ['search', query] as const,
};

const enc = encodeURIComponent;

export function fetchListing<T>(type: Collection, id: string, signal?: AbortSignal): Promise<T> {
  return api<T>(`${TECHMART}/${type}/${enc(id)}`, { signal: signal ?? null });
}

/** One listing (offer, need or expert profile); `id` null: nothing to load (a new form). */
export function useListing<T extends Offer | Need | Expert>(type: Collection, id: string | null | undefined) {
  return useQuery({
    queryKey: techmartKeys.listing(type, id ?? ''),
    queryFn: ({ signal }) => fetchListing<T>(type, id ?? '', signal),
    enabled: Boolean(id),
  });
}

const MY_PAGE = 50;

/** The signed-in owner's listings of one type, cursor-paged ("load more"). */
export function useMyListings<T extends Offer | Need | Expert>(type: Collection, status: ListingStatus | '') {
  return useInfiniteQuery({
    queryKey: techmartKeys.myList(type, status),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<Page<T>>(
        `${TECHMART}/my/${type}?limit=${MY_PAGE}${status ? `&status=${status}` : ''}${pageParam ? `&cursor=${enc(pageParam)}` : ''}`,
        { signal },
      ),
    getNextPageParam: (last) => last?.nextCursor ?? null,
  });
}

/** The first page of the owner's listings, newest activity first: the notifications' source. */
export function myRecentQuery<T>(type: Collection, enabled: boolean) {
  return {
    queryKey: techmartKeys.myRecent(type),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      api<Page<T>>(`${TECHMART}/my/${type}?limit=${MY_PAGE}`, { signal }),
    enabled,
    staleTime: 60_000,
    refetchInterval: 120_000,
  };
}

/** The officer's moderation queue of one listing type, cursor-paged. */
export function useModerationQueue(type: QueueType) {
  return useInfiniteQuery({
    queryKey: techmartKeys.queueOf(type),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<Page<QueueItem>>(
        `${TECHMART}/moderation/queue?type=${type}&limit=50${pageParam ? `&cursor=${enc(pageParam)}` : ''}`,
        { signal },
      ),
    getNextPageParam: (last) => last?.nextCursor ?? null,
  });
}

/**
 * Search results. `keepWhile(previousQuery)` says whether the previous answer stays on screen while
 * the next loads (another page or filter of the same tab), or a loading state shows (another tab).
 */
export function useSearchResults(apiQuery: string, keepWhile: (previousQuery: string) => boolean) {
  return useQuery({
    queryKey: techmartKeys.search(apiQuery),
    queryFn: ({ signal }) => api<SearchResponse>(`${SEARCH}/search?${apiQuery}`, { signal }),
    placeholderData: (previous, previousQuery) =>
      previousQuery && keepWhile(String(previousQuery.queryKey[1])) ? previous : undefined,
  });
}

/** Facet counts of searches without one facet's own filter (OR within a facet keeps its values visible). */
export function useFacetCounts(queries: { facet: string; apiQuery: string }[]) {
  return useQueries({
    queries: queries.map(({ apiQuery }) => ({
      queryKey: techmartKeys.search(apiQuery),
      queryFn: ({ signal }: { signal: AbortSignal }) => api<SearchResponse>(`${SEARCH}/search?${apiQuery}`, { signal }),
      staleTime: 60_000,
    })),
    combine: (results) =>
      Object.fromEntries(
        queries.map(({ facet }, i) => [facet, results[i]?.data?.facets[facet] as Record<string, number> | undefined]),
      ),
  });
}

/** After any change to a listing: the owner's lists, the queue, the listing and search are stale. */
export function invalidateListing(client: QueryClient, type: Collection, id?: string): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: techmartKeys.my }),
    client.invalidateQueries({ queryKey: techmartKeys.queue }),
    client.invalidateQueries({ queryKey: ['search'] }),
    id ? client.invalidateQueries({ queryKey: techmartKeys.listing(type, id) }) : Promise.resolve(),
  ]).then(() => undefined);
}

/** Submits a draft or returned listing for moderation. */
export function useSubmitListing(type: Collection) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`${TECHMART}/${type}/${enc(id)}/submit`, { method: 'POST', json: {} }),
    onSuccess: (_data, id) => invalidateListing(client, type, id),
  });
}

/** Publishes or returns (with a reason) a listing in the queue. */
export function useModerationDecision(type: QueueType) {
  const client = useQueryClient();
  const collection = COLLECTION_OF[type];
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: 'publish' | 'return'; reason?: string }) =>
      api(`${TECHMART}/${collection}/${enc(id)}/${action}`, {
        method: 'POST',
        json: action === 'return' ? { reason } : {},
      }),
    onSuccess: (_data, { id }) => invalidateListing(client, collection, id),
  });
}

/** Saves (creates or updates) a listing, then optionally submits it; caches are invalidated after. */
export function useSaveListing<T extends { id: string; status?: ListingStatus; title?: string }>(type: Collection) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      body,
      submit,
      path,
    }: {
      id?: string;
      body: unknown;
      submit: boolean;
      /** a create endpoint other than POST /{type} (the officer's intake) */
      path?: string;
    }) => {
      const saved = id
        ? await api<T>(`${TECHMART}/${type}/${enc(id)}`, { method: 'PUT', json: body })
        : await api<T>(path ?? `${TECHMART}/${type}`, { method: 'POST', json: body });
      const savedId = saved?.id ?? id;
      if (submit && savedId && saved?.status !== 'submitted')
        await api(`${TECHMART}/${type}/${enc(savedId)}/submit`, { method: 'POST', json: {} });
      return saved;
    },
    onSettled: (saved, _e, { id }) => invalidateListing(client, type, saved?.id ?? id),
  });
}
