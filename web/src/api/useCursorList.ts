import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from './types.ts';

export interface CursorList<T> {
  items: T[];
  loaded: boolean;
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/** A cursor-paged list (`{ items, nextCursor }`): first page on `key` change, then "load more". */
export function useCursorList<T>(
  key: string,
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
): CursorList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [tick, setTick] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const ctrlRef = useRef<AbortController | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick forces a reload
  useEffect(() => {
    const ctrl = new AbortController();
    ctrlRef.current?.abort();
    ctrlRef.current = ctrl;
    setLoading(true);
    setError(undefined);
    fetchRef.current(null, ctrl.signal).then(
      (page) => {
        if (ctrl.signal.aborted) return;
        setItems(page?.items ?? []);
        setCursor(page?.nextCursor ?? null);
        setLoaded(true);
        setLoading(false);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
  }, [key, tick]);

  const loadMore = useCallback(() => {
    if (!cursor) return;
    const ctrl = new AbortController();
    ctrlRef.current = ctrl;
    setLoading(true);
    fetchRef.current(cursor, ctrl.signal).then(
      (page) => {
        if (ctrl.signal.aborted) return;
        setItems((prev) => [...prev, ...(page?.items ?? [])]);
        setCursor(page?.nextCursor ?? null);
        setLoading(false);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [cursor]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { items, loaded, loading, error, hasMore: cursor !== null, loadMore, reload };
}
