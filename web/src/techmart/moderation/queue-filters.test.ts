import { describe, expect, it } from 'vitest';
import { activeFilterCount, ageTone, filtersFromParams, filtersToParams, queueApiQuery } from './queue-filters.ts';

describe('queue filters', () => {
  it('survive a round trip through the address bar', () => {
    const filters = {
      type: 'equipment' as const,
      communeCode: '26734',
      olderThanDays: 7,
      resubmitted: true,
      q: 'máy sấy',
    };
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  });

  it('ignore parameters a user could not have chosen', () => {
    expect(filtersFromParams(new URLSearchParams('type=banana&age=-3&resubmitted=yes&commune=<x>'))).toEqual({});
  });

  it('become the API query with its own parameter names', () => {
    const query = new URLSearchParams(
      queueApiQuery({ type: 'need', communeCode: '26734', olderThanDays: 3, resubmitted: true, q: 'lúa' }, 'c1'),
    );
    expect(Object.fromEntries(query)).toEqual({
      type: 'need',
      communeCode: '26734',
      olderThanDays: '3',
      resubmitted: 'true',
      q: 'lúa',
      limit: '20',
      cursor: 'c1',
    });
    expect(queueApiQuery({})).toBe('limit=20');
  });

  it('count the active filters for the "clear filters" control', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ type: 'offer', q: 'x' })).toBe(2);
  });
});

describe('ageTone', () => {
  it('marks submissions waiting a week or more as late', () => {
    expect(ageTone(0)).toBe('fresh');
    expect(ageTone(3)).toBe('due');
    expect(ageTone(7)).toBe('late');
  });
});
