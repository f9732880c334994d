import type { Problem } from './problem.ts';

export const TECHMART = '/api/techmart/v1';
export const SEARCH = '/api/search/v1';

/** A failed HTTP call, with the server's problem+json when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

type TokenSource = () => string | null;
let tokenSource: TokenSource = () => null;
let onUnauthorized: () => void = () => {};

export function setTokenSource(source: TokenSource, unauthorized: () => void): void {
  tokenSource = source;
  onUnauthorized = unauthorized;
}

/** The current access token, for requests `api` cannot make (uploads with progress, image blobs). */
export function currentToken(): string | null {
  return tokenSource();
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  const token = tokenSource();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(init.json);
  }
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers, body });
  } catch {
    throw new ApiError(0, null);
  }
  if (res.status === 401 && token) onUnauthorized();
  if (!res.ok) {
    let problem: Problem | null = null;
    const type = res.headers.get('Content-Type') ?? '';
    if (type.includes('json')) {
      try {
        problem = (await res.json()) as Problem;
      } catch {
        problem = null;
      }
    }
    throw new ApiError(res.status, problem ?? { status: res.status });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The localised message of an error, for display (as text). */
export function errorMessage(err: unknown, lang: 'vi' | 'en', fallback: string, network: string): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return network;
    const msg = err.problem?.message?.[lang];
    if (msg) return msg;
    if (err.problem?.detail) return err.problem.detail;
  }
  return fallback;
}
