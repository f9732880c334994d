// The moderation queue's filters as URL parameters (so a reload, a link or "back" keeps them) and as
// the API's query, plus the age badge's urgency. Pure.

import { QUEUE_TYPES, type QueueType } from '@sti/techmart/api';

export interface QueueFilters {
  type?: QueueType;
  communeCode?: string;
  olderThanDays?: number;
  resubmitted?: boolean;
  q?: string;
}

/** The age choices offered in the filter (days since submission). */
export const AGE_CHOICES = [3, 7, 14, 30] as const;

export function filtersFromParams(params: URLSearchParams): QueueFilters {
  const filters: QueueFilters = {};
  const type = params.get('type');
  if (type && (QUEUE_TYPES as readonly string[]).includes(type)) filters.type = type as QueueType;
  const commune = params.get('commune')?.trim();
  if (commune && /^[A-Za-z0-9_-]{1,40}$/.test(commune)) filters.communeCode = commune;
  const age = Number(params.get('age'));
  if (Number.isInteger(age) && age > 0 && age <= 3650) filters.olderThanDays = age;
  if (params.get('resubmitted') === '1') filters.resubmitted = true;
  const q = params.get('q')?.trim();
  if (q) filters.q = q.slice(0, 200);
  return filters;
}

/** The portal's own URL parameters (short names). */
export function filtersToParams(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type) params.set('type', filters.type);
  if (filters.communeCode) params.set('commune', filters.communeCode);
  if (filters.olderThanDays) params.set('age', String(filters.olderThanDays));
  if (filters.resubmitted) params.set('resubmitted', '1');
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  return params;
}

/** The query string for GET /moderation/queue (docs/contracts-draft.md). */
export function queueApiQuery(filters: QueueFilters, cursor?: string | null, limit = 20): string {
  const params = new URLSearchParams();
  if (filters.type) params.set('type', filters.type);
  if (filters.communeCode) params.set('communeCode', filters.communeCode);
  if (filters.olderThanDays) params.set('olderThanDays', String(filters.olderThanDays));
  if (filters.resubmitted) params.set('resubmitted', 'true');
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

export function activeFilterCount(filters: QueueFilters): number {
  return [filters.type, filters.communeCode, filters.olderThanDays, filters.resubmitted, filters.q].filter(
    (v) => v !== undefined && v !== '' && v !== false,
  ).length;
}

export type AgeTone = 'fresh' | 'due' | 'late';

/** Submissions wait at most a working week: older ones stand out. */
export function ageTone(ageDays: number): AgeTone {
  if (ageDays >= 7) return 'late';
  if (ageDays >= 3) return 'due';
  return 'fresh';
}
