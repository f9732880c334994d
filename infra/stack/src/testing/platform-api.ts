// The platform's HTTP API as the portal calls it: through the gateway, with a bearer token.
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

export async function call<T = unknown>(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T };
}

/** A valid technology offer whose title and summary carry `word` (unique per test run). */
export function offerBody(word: string, n: number): Record<string, unknown> {
  return {
    kind: 'technology',
    title: `Máy sấy nông sản năng lượng mặt trời ${word} số ${n}`,
    summary: `Máy sấy kết hợp bộ thu nhiệt mặt trời, tiết kiệm 40–60% điện năng khi sấy xoài và lúa (${word}).`,
    description: 'Buồng sấy inox 304, công suất 300–500 kg/mẻ.',
    sectorCode: 'agri-processing',
    keywords: ['máy sấy', 'năng lượng mặt trời'],
    trl: 8,
    ipStatus: 'utility_solution',
    transferModes: ['licence', 'turnkey'],
    price: { amountVnd: '185000000' },
    locality: { provinceCode: '87', communeCode: '30223' },
    contact: { name: 'Nguyễn Văn An', email: 'an@songhau.example.vn', phone: '0277 3861 245' },
  };
}

interface Offer {
  id: string;
  status: string;
}

function expectStatus(response: ApiResponse, status: number, what: string): void {
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** Business creates and submits, officer publishes: the offer's whole way to the public. */
export async function publishOffer(
  gatewayUrl: string,
  tokens: { business: string; officer: string },
  word: string,
  n: number,
): Promise<string> {
  const created = await call<Offer>(gatewayUrl, 'POST', '/api/techmart/v1/offers', {
    token: tokens.business,
    body: offerBody(word, n),
  });
  expectStatus(created, 201, 'create offer');
  const id = created.body.id;
  expectStatus(
    await call(gatewayUrl, 'POST', `/api/techmart/v1/offers/${id}/submit`, { token: tokens.business }),
    200,
    'submit offer',
  );
  expectStatus(
    await call(gatewayUrl, 'POST', `/api/techmart/v1/offers/${id}/publish`, { token: tokens.officer }),
    200,
    'publish offer',
  );
  return id;
}

export interface SearchHits {
  total: number;
  hits: { id: string; title: string; type: string }[];
}

/** Every hit of a query (page after page of 100). */
export async function search(base: string, q: string): Promise<SearchHits> {
  const hits: SearchHits['hits'] = [];
  for (let page = 1; ; page++) {
    const response = await call<SearchHits>(
      base,
      'GET',
      `/api/search/v1/search?${new URLSearchParams({ q, limit: '100', page: String(page), sort: 'newest' })}`,
    );
    expectStatus(response, 200, `search ${q}`);
    hits.push(...response.body.hits);
    if (response.body.hits.length < 100 || hits.length >= response.body.total) {
      return { total: response.body.total, hits };
    }
  }
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await sleep(250);
  }
  throw new Error(
    `timed out after ${timeoutMs / 1000}s waiting for ${what}; last: ${JSON.stringify(last)} ${lastError ?? ''}`,
  );
}

/** The search projector's event types (the ones it writes an inbox row for). */
export const PROJECTED_EVENT_TYPES = [
  'sti.techmart.v1.OfferPublished',
  'sti.techmart.v1.OfferArchived',
  'sti.techmart.v1.NeedPublished',
  'sti.techmart.v1.NeedArchived',
  'sti.techmart.v1.ExpertPublished',
  'sti.techmart.v1.ExpertArchived',
];

/** Techmart's outbox rows the search projector must apply, for the given offers. */
export async function projectedEvents(
  techmartDb: pg.Pool,
  offerIds: string[],
): Promise<{ id: string; type: string; published: boolean }[]> {
  const { rows } = await techmartDb.query<{ id: string; type: string; published: boolean }>(
    `SELECT id::text, type, published_at IS NOT NULL AS published FROM outbox
      WHERE aggregate_id = ANY($1::text[]) AND type = ANY($2::text[]) ORDER BY position`,
    [offerIds, PROJECTED_EVENT_TYPES],
  );
  return rows;
}

/**
 * What the search projector did for each of these events, from its effect log
 * (`search_projection_log`, written in the projection's transaction, no uniqueness on the event id):
 * event id → outcomes in order. An event applied twice shows two outcomes.
 */
export async function projectionEffects(searchDb: pg.Pool, eventIds: string[]): Promise<Map<string, string[]>> {
  const { rows } = await searchDb.query<{ event_id: string; outcome: string }>(
    `SELECT event_id::text, outcome FROM search_projection_log WHERE event_id = ANY($1::uuid[]) ORDER BY seq`,
    [eventIds],
  );
  const effects = new Map<string, string[]>();
  for (const row of rows) effects.set(row.event_id, [...(effects.get(row.event_id) ?? []), row.outcome]);
  return effects;
}

/** true when every event has exactly one effect, and it is `outcome`. */
export function appliedOnce(effects: Map<string, string[]>, outcome = 'upserted'): boolean {
  return [...effects.values()].every((outcomes) => outcomes.length === 1 && outcomes[0] === outcome);
}

/** A counter's value from a Prometheus text page (0 when the series is absent). */
export function metricValue(page: string, name: string, labels: Record<string, string>): number {
  for (const line of page.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const close = line.lastIndexOf('}');
    const labelText = line.slice(name.length + 1, close);
    const found = Object.fromEntries(
      [...labelText.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(line.slice(close + 1).trim());
  }
  return 0;
}

export async function metricsPage(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  return response.text();
}
