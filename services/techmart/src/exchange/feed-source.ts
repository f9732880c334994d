// Where an import's records come from: a feed file (one page, an array of pages, or `{ items }`) or
// a feed URL polled page by page from a cursor until it has no more.

import { readFile } from 'node:fs/promises';

export interface FeedBatch {
  items: unknown[];
  /** the feed's cursor after this batch (URL sources), to resume from next time */
  cursor?: string;
}

/** The records of a feed file, in order. */
export async function readFeedFile(path: string): Promise<unknown[]> {
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  const pages = Array.isArray(parsed) ? parsed : [parsed];
  return pages.flatMap((page) => {
    const items = (page as { items?: unknown }).items;
    if (!Array.isArray(items)) throw new Error(`${path}: expected a feed page ({ items: [...] }) or an array of pages`);
    return items;
  });
}

/** Polls `url` (the feed endpoint) from `since`, one page per batch. */
export async function* pollFeed(
  url: string,
  options: { since?: string | undefined; limit?: number; fetch?: typeof fetch } = {},
): AsyncGenerator<FeedBatch> {
  const get = options.fetch ?? fetch;
  let cursor = options.since;
  for (;;) {
    const page = new URL(url);
    page.searchParams.set('limit', String(options.limit ?? 500));
    if (cursor) page.searchParams.set('since', cursor);
    const response = await get(page, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${page}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
    const body = (await response.json()) as { items?: unknown[]; cursor?: string; hasMore?: boolean };
    if (!Array.isArray(body.items) || typeof body.cursor !== 'string') throw new Error(`${page}: not a feed page`);
    cursor = body.cursor;
    yield { items: body.items, cursor };
    if (!body.hasMore) return;
  }
}
