import { describe, expect, it } from 'vitest';
import { meilisearchFilter, meilisearchSettings, meilisearchSynonyms } from './meilisearch.search-engine.js';

describe('Meilisearch adapter mapping', () => {
  it('builds AND-across, OR-within filters and always hides tombstones', () => {
    expect(
      meilisearchFilter({ filters: { type: ['offer', 'need'], trl: ['7', 9, 'x'], sector: ['A"B'], ipStatus: [] } }),
    ).toEqual(['deleted = false', 'type IN ["offer", "need"]', 'sector.code IN ["A\\"B"]', 'trl IN [7, 9]']);
    expect(meilisearchFilter({})).toEqual(['deleted = false']);
  });

  it('confines to the scope and filters initiative years as numbers', () => {
    expect(
      meilisearchFilter({
        scope: ['initiative'],
        filters: { year: ['2025', 2024, 'gần đây'], field: ['y-te'], origin: ['import'] },
      }),
    ).toEqual([
      'deleted = false',
      'type IN ["initiative"]',
      'initiative.field.code IN ["y-te"]',
      'initiative.year IN [2025, 2024]',
      'initiative.origin IN ["import"]',
    ]);
    expect(meilisearchFilter({ scope: [] })).toEqual(['deleted = false', 'id IN []']);
  });

  it('lists every other member of a group as a synonym', () => {
    expect(meilisearchSynonyms([['CNTT', 'công nghệ thông tin', 'IT']])).toEqual({
      cntt: ['công nghệ thông tin', 'it'],
      'công nghệ thông tin': ['cntt', 'it'],
      it: ['cntt', 'công nghệ thông tin'],
    });
  });

  it('configures one typo from five letters and the facet attributes', () => {
    const settings = meilisearchSettings();
    expect(settings.typoTolerance?.minWordSizeForTypos?.oneTypo).toBe(5);
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        'deleted',
        'type',
        'sector.code',
        'trl',
        'locality.provinceCode',
        'transferModes',
        'condition',
      ]),
    );
    // stop words stay indexed: Meilisearch's stopWords would make `cho` unsearchable (see README)
    expect(settings.stopWords).toBeUndefined();
    expect(settings.sortableAttributes).toEqual(['publishedAtMs']);
    expect(settings.searchableAttributes?.[0]).toBe('title');
    expect(Object.keys(settings.synonyms ?? {})).toContain('kh&cn');
  });
});
