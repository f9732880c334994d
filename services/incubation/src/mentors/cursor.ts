// Opaque keyset cursors for the list endpoints (a sort key and the id that breaks ties).
export interface CursorKey {
  at: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.at, key.id]), 'utf8').toString('base64url');
}

/** A cursor that does not decode is treated as no cursor (first page), never as an error path into SQL. */
export function decodeCursor(cursor: string | undefined): CursorKey | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      const [at, id] = value as [string, string];
      if (/^[0-9a-f-]{36}$/i.test(id) && at.length <= 40) return { at, id };
    }
  } catch {
    // fall through
  }
  return null;
}

/** Splits a page fetched with limit + 1 rows into the page and the next cursor. */
export function page<T>(
  rows: T[],
  limit: number,
  key: (row: T) => CursorKey,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
