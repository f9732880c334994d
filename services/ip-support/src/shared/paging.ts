// Cursor paging for every list endpoint: the cursor is an opaque base64url token of the sort key
// of the last item returned, so pages stay stable while new rows arrive.
import { problem } from '@sti/platform';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Anything that is not a cursor we issued answers 400 (field `cursor`). */
export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === length && parsed.every((part) => typeof part === 'string'))
      return parsed as string[];
  } catch {
    // falls through to the problem below
  }
  throw problem('validation_failed', {
    errors: [
      {
        field: 'cursor',
        code: 'invalid_cursor',
        message: { vi: 'Con trỏ trang không hợp lệ.', en: 'Invalid page cursor.' },
      },
    ],
  });
}

/** Repositories fetch limit + 1 rows; the extra one only tells whether another page exists. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => readonly string[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
