import { describe, expect, it } from 'vitest';
import {
  budgetFit,
  localityFit,
  type MatchCandidate,
  type MatchNeed,
  scoreMatch,
  sectorFit,
  textFit,
  trackRecordFit,
  transferFit,
  trlFit,
  wantedTransferModes,
} from './match-score.js';

const need: MatchNeed = {
  id: 'n1',
  sectorCode: 'agri-processing',
  desiredTrl: 5,
  budgetMinVnd: null,
  budgetMaxVnd: 200_000_000n,
  provinceCode: '87',
  communeCode: '30268',
  wantedModes: ['turnkey'],
  ownerOrganisationId: 'requester',
};

const offer: MatchCandidate = {
  id: 'o1',
  type: 'technology',
  sectorCodes: ['agri-processing'],
  trl: 7,
  priceVnd: 150_000_000n,
  negotiable: false,
  provinceCode: '87',
  communeCode: '30223',
  transferModes: ['turnkey', 'licence'],
  ownerOrganisationId: 'supplier',
  signedDeals: 0,
};

const text = { bm25: 6, queryNorm: 20, matched: ['may_say', 'say', 'xoai'] };

describe('score factors', () => {
  it('text: saturates at 30% of the query norm and shows matched words, pairs first', () => {
    expect(textFit(text).fit).toBe(1);
    expect(textFit({ ...text, bm25: 3 }).fit).toBeCloseTo(0.5);
    expect(textFit({ bm25: 0, queryNorm: 20, matched: [] }).fit).toBe(0);
    expect(textFit(text).params.terms).toBe('may say, say, xoai');
  });

  it('sector: same 1, related ½, other 0', () => {
    expect(sectorFit(need, offer)).toMatchObject({ fit: 1, params: { relation: 'same' } });
    expect(sectorFit(need, { ...offer, sectorCodes: ['ocop-food'] })).toMatchObject({
      fit: 0.5,
      params: { relation: 'related' },
    });
    expect(sectorFit(need, { ...offer, sectorCodes: ['health'] })).toMatchObject({
      fit: 0,
      params: { relation: 'other' },
    });
  });

  it('TRL: the offer at or above the desired level fits, one below partly, further below not', () => {
    expect(trlFit(need, offer)).toMatchObject({ fit: 1, params: { offered: 7, desired: 5 } });
    expect(trlFit(need, { ...offer, trl: 4 }).fit).toBe(0.4);
    expect(trlFit(need, { ...offer, trl: 3 }).fit).toBe(0);
    expect(trlFit({ ...need, desiredTrl: null }, offer).fit).toBe(0.8);
    expect(trlFit(need, { ...offer, type: 'expert', trl: null }).applicable).toBe(false);
  });

  it('budget: within, negotiable, a little over, far over, no budget stated', () => {
    expect(budgetFit(need, offer)).toMatchObject({ fit: 1, params: { verdict: 'within' } });
    expect(budgetFit(need, { ...offer, priceVnd: null, negotiable: true })).toMatchObject({
      fit: 0.6,
      params: { verdict: 'negotiable' },
    });
    expect(budgetFit(need, { ...offer, priceVnd: 230_000_000n })).toMatchObject({
      fit: 0.5,
      params: { verdict: 'over', overPercent: 15 },
    });
    expect(budgetFit(need, { ...offer, priceVnd: 500_000_000n }).fit).toBe(0);
    expect(budgetFit({ ...need, budgetMaxVnd: null }, offer).applicable).toBe(false);
  });

  it('locality: same commune, same province, same region, far', () => {
    expect(localityFit(need, { ...offer, communeCode: '30268' }).params.proximity).toBe('commune');
    expect(localityFit(need, offer)).toMatchObject({ fit: 0.8, params: { proximity: 'province' } });
    expect(localityFit(need, { ...offer, provinceCode: '92', communeCode: null }).params.proximity).toBe('region');
    expect(localityFit(need, { ...offer, provinceCode: '01', communeCode: null })).toMatchObject({
      fit: 0.2,
      params: { proximity: 'far' },
    });
  });

  it('transfer mode: read from the need text; offered or not; not applicable when the need says nothing', () => {
    expect(wantedTransferModes('Cần chuyển giao trọn gói và đào tạo vận hành')).toEqual([
      'turnkey',
      'consulting_training',
    ]);
    expect(transferFit(need, offer)).toMatchObject({ fit: 1, params: { matched: true, modes: 'turnkey' } });
    expect(transferFit(need, { ...offer, transferModes: ['licence'] })).toMatchObject({
      fit: 0,
      params: { matched: false },
    });
    expect(transferFit({ ...need, wantedModes: [] }, offer).applicable).toBe(false);
    expect(transferFit({ ...need, wantedModes: ['consulting_training'] }, { ...offer, type: 'expert' }).fit).toBe(1);
  });

  it('track record: more signed deals, more trust, capped', () => {
    expect([0, 1, 2, 5].map((n) => trackRecordFit({ ...offer, signedDeals: n }).fit)).toEqual([0, 0.6, 0.8, 1]);
  });
});

describe('scoreMatch', () => {
  it('adds the factors’ points to the score, which is at most 1,000', () => {
    const score = scoreMatch(need, { ...offer, communeCode: '30268', signedDeals: 3 }, text);
    expect(score?.points).toBe(score?.factors.reduce((sum, f) => sum + f.points, 0));
    expect(score?.points).toBeGreaterThanOrEqual(995);
    expect(score?.points).toBeLessThanOrEqual(1000);
  });

  it('leaves out factors that do not apply and shares their weight among the others', () => {
    const expert = { ...offer, type: 'expert' as const, trl: null, priceVnd: null, negotiable: true };
    const score = scoreMatch({ ...need, wantedModes: [] }, expert, text);
    expect(score?.factors.map((f) => f.factor)).toEqual(['text', 'sector', 'locality', 'track_record']);
    expect(score?.factors.reduce((sum, f) => sum + f.maxPoints, 0)).toBeGreaterThanOrEqual(999);
  });

  it('ranks a fitting offer above one that is too immature and too expensive', () => {
    const good = scoreMatch(need, offer, text);
    const poor = scoreMatch(need, { ...offer, trl: 3, priceVnd: 900_000_000n }, text);
    expect(good && poor && good.points > poor.points).toBe(true);
  });

  it('lets the structured factors count in proportion to the text relevance', () => {
    const full = scoreMatch(need, offer, text);
    const none = scoreMatch(need, offer, { bm25: 0, queryNorm: 20, matched: [] });
    const sector = (s: typeof full) => s?.factors.find((f) => f.factor === 'sector');
    expect(sector(none)?.points).toBe(Math.round((sector(full)?.points ?? 0) * 0.3));
    expect(none?.factors.find((f) => f.factor === 'text')?.points).toBe(0);
  });

  it('never suggests a requester its own offer, nor a supplier sharing neither text nor sector', () => {
    expect(scoreMatch(need, { ...offer, ownerOrganisationId: 'requester' }, text)).toBeNull();
    expect(scoreMatch(need, { ...offer, sectorCodes: ['health'] }, { bm25: 0, queryNorm: 20, matched: [] })).toBeNull();
  });
});
