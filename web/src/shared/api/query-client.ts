// Server state in one place: TanStack Query caches answers, retries what may succeed on a second
// try (network failures, 5xx, 429) but never a 4xx, and refetches what a mutation invalidated.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/** Whether a failed call is worth repeating: the network or the server failed, not the request. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && isRetryable(error);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
