import { describe, expect, it } from 'vitest';
import type { MatchDocumentData } from './match-document.js';
import { MatchEngine } from './match-engine.js';

const base: Omit<MatchDocumentData, 'id' | 'kind' | 'title' | 'body' | 'keywords' | 'sectorCodes'> = {
  trl: 7,
  priceVnd: 100_000_000n,
  negotiable: false,
  desiredTrl: null,
  budgetMinVnd: null,
  budgetMaxVnd: null,
  provinceCode: '87',
  communeCode: null,
  transferModes: ['turnkey'],
  ownerOrganisationId: 'supplier',
  ownerName: 'Viện',
  publishedAt: new Date('2026-01-01T00:00:00Z'),
};

const doc = (
  id: string,
  kind: MatchDocumentData['kind'],
  title: string,
  body: string,
  sector: string,
  extra: Partial<MatchDocumentData> = {},
) => ({ ...base, id, kind, title, body, keywords: [], sectorCodes: [sector], ...extra }) as MatchDocumentData;

describe('MatchEngine', () => {
  const need = doc(
    'n1',
    'need',
    'Cần máy sấy xoài',
    'Hợp tác xã cần máy sấy xoài sấy dẻo công suất 500 kg mẻ',
    'agri-processing',
    {
      ownerOrganisationId: 'htx',
      desiredTrl: 6,
    },
  );
  const dryer = doc(
    'o1',
    'technology',
    'Máy sấy nông sản năng lượng mặt trời',
    'Sấy xoài, sấy lúa, tiết kiệm điện',
    'agri-processing',
  );
  const fish = doc('o2', 'technology', 'Quy trình nuôi cá tra', 'Nuôi cá tra thâm canh tuần hoàn', 'aquaculture');
  const dryerFolded = doc('o3', 'technology', 'May say xoai deo', 'May say xoai cho hop tac xa', 'agri-processing', {
    trl: 4,
  });

  it('ranks by explained fit, finds accent-less text, and leaves unrelated suppliers out', () => {
    const engine = new MatchEngine();
    for (const d of [need, dryer, fish, dryerFolded]) engine.upsert(d);
    const ranked = engine.rankForNeed(need, 'technology', 5);
    expect(ranked.map((r) => r.doc.id).sort()).toEqual(['o1', 'o3']);
    const trl = (id: string) => ranked.find((r) => r.doc.id === id)?.score.factors.find((f) => f.factor === 'trl');
    expect(trl('o1')?.points).toBe(trl('o1')?.maxPoints);
    expect(trl('o1')?.params).toEqual({ offered: 7, desired: 6 });
    expect(trl('o3')).toMatchObject({ points: 0, params: { offered: 4, desired: 6 } });
  });

  it('puts the mature twin of an offer above the immature one', () => {
    const engine = new MatchEngine();
    const immature = { ...dryer, id: 'o4', trl: 3 };
    for (const d of [need, dryer, immature]) engine.upsert(d);
    expect(engine.rankForNeed(need, 'technology', 5).map((r) => r.doc.id)).toEqual(['o1', 'o4']);
  });

  it('scores a supplier for a need the same way in both directions', () => {
    const engine = new MatchEngine();
    for (const d of [need, dryer, fish, dryerFolded]) engine.upsert(d);
    const forward = engine.rankForNeed(need, 'technology', 5).find((r) => r.doc.id === 'o1');
    const reverse = engine.needsFor(dryer).find((r) => r.need.id === 'n1');
    expect(reverse?.score.points).toBe(forward?.score.points);
  });

  it('forgets a removed supplier', () => {
    const engine = new MatchEngine();
    for (const d of [need, dryer]) engine.upsert(d);
    engine.remove('o1');
    expect(engine.rankForNeed(need, 'technology', 5)).toEqual([]);
  });
});
