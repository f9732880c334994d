// How well a supplier (technology offer, equipment, expert) fits a technology need: text relevance
// plus structured fit, each factor reported with its contribution so an officer can see why a
// suggestion ranks where it does. Pure: every input is passed in, nothing is read.

import { foldVietnamese } from '../shared/vietnamese-fold.js';
import type { CandidateType, MatchFactor, MatchFactorName, TransferModeCode } from './matching.schema.js';

export interface MatchNeed {
  id: string;
  sectorCode: string;
  desiredTrl: number | null;
  budgetMinVnd: bigint | null;
  budgetMaxVnd: bigint | null;
  provinceCode: string;
  communeCode: string | null;
  /** transfer modes the need's text asks for (see `wantedTransferModes`) */
  wantedModes: readonly TransferModeCode[];
  ownerOrganisationId: string;
}

export interface MatchCandidate {
  id: string;
  type: CandidateType;
  /** an offer's sector, or an expert's fields */
  sectorCodes: readonly string[];
  /** null: used equipment or an expert (no readiness level) */
  trl: number | null;
  /** null with `negotiable`: price by agreement; null otherwise: no price (experts) */
  priceVnd: bigint | null;
  negotiable: boolean;
  provinceCode: string;
  communeCode: string | null;
  transferModes: readonly TransferModeCode[];
  ownerOrganisationId: string;
  /** contracts this supplier organisation signed through Techmart before */
  signedDeals: number;
}

/** The text side, computed by the index: BM25 and the query's norm (Σ idf of its terms). */
export interface TextRelevance {
  bm25: number;
  queryNorm: number;
  matched: readonly string[];
}

/**
 * Weights of the factors (sum 1). Text leads: an officer calls a supplier relevant first when it
 * solves the stated problem; sector and readiness follow; price, place, mode and record break ties.
 */
export const FACTOR_WEIGHTS: Record<MatchFactorName, number> = {
  text: 0.42,
  sector: 0.16,
  trl: 0.1,
  budget: 0.1,
  locality: 0.08,
  transfer: 0.06,
  track_record: 0.08,
};

/** A BM25 reaching this share of the query's norm counts as a full text match. */
export const TEXT_SATURATION = 0.3;
/** The share of the structured factors' weight a supplier keeps when its text matches nothing. */
export const RELEVANCE_FLOOR = 0.3;
/** Suggestions below this score (of 1,000) are not shown: noise more than help. */
export const MIN_SUGGESTION_POINTS = 250;

/** Sectors close enough that a supplier from one often serves a need in the other. */
const RELATED_SECTORS: Record<string, readonly string[]> = {
  'agri-processing': ['ocop-food', 'crop-production', 'mechanical', 'energy'],
  'ocop-food': ['agri-processing', 'biotech', 'health'],
  'crop-production': ['agri-processing', 'biotech', 'irrigation'],
  aquaculture: ['biotech', 'environment', 'irrigation', 'livestock'],
  livestock: ['biotech', 'environment', 'aquaculture'],
  irrigation: ['automation-iot', 'crop-production', 'environment'],
  'it-digital': ['automation-iot'],
  'automation-iot': ['it-digital', 'mechanical', 'irrigation', 'energy'],
  materials: ['mechanical', 'environment'],
  energy: ['environment', 'mechanical', 'automation-iot'],
  environment: ['energy', 'aquaculture', 'livestock', 'materials'],
  health: ['biotech', 'ocop-food'],
  biotech: ['health', 'crop-production', 'livestock', 'aquaculture', 'ocop-food'],
  mechanical: ['automation-iot', 'agri-processing', 'materials', 'energy'],
};

/** Mekong Delta provinces (after the 2025 merger): a supplier here is a day's drive away. */
const REGIONS: readonly (readonly string[])[] = [
  ['87', '92', '86', '91', '96', '80', '82', '83', '84', '89', '93', '94', '95'],
  ['79', '74', '75', '77', '70', '72'],
  ['01', '22', '24', '25', '26', '27', '30', '31', '33', '34', '35', '36', '37'],
];

function region(provinceCode: string): number {
  return REGIONS.findIndex((codes) => codes.includes(provinceCode));
}

// Phrases (folded) that say which transfer a need wants.
const MODE_PHRASES: Record<TransferModeCode, readonly string[]> = {
  turnkey: ['tron goi', 'chia khoa trao tay', 'lap dat', 'day chuyen', 'lap dat va van hanh'],
  consulting_training: ['tu van', 'dao tao', 'huong dan ky thuat', 'tap huan', 'ho tro ky thuat'],
  licence: ['li xang', 'license', 'licence', 'quyen su dung', 'ban quyen'],
  assignment: ['mua dut', 'chuyen nhuong', 'mua lai quyen so huu'],
  joint_venture: ['lien doanh', 'gop von', 'hop tac san xuat', 'lien ket san xuat'],
};

/** The transfer modes a need's text asks for ("chuyển giao trọn gói", "cần đào tạo vận hành", …). */
export function wantedTransferModes(text: string): TransferModeCode[] {
  const folded = foldVietnamese(text);
  return (Object.keys(MODE_PHRASES) as TransferModeCode[]).filter((mode) =>
    MODE_PHRASES[mode].some((phrase) => folded.includes(phrase)),
  );
}

type Fit = { fit: number; applicable: boolean; params: Record<string, string | number | boolean> };

export function textFit(text: TextRelevance): Fit {
  const fit = text.queryNorm <= 0 ? 0 : Math.min(1, text.bm25 / (TEXT_SATURATION * text.queryNorm));
  // Shown as words: the first few matched terms, bigrams first (they read as whole words).
  const shown = [...text.matched]
    .sort((a, b) => Number(b.includes('_')) - Number(a.includes('_')))
    .slice(0, 4)
    .map((t) => t.replace('_', ' '));
  return { fit, applicable: true, params: { terms: shown.join(', ') } };
}

export function sectorFit(need: MatchNeed, candidate: MatchCandidate): Fit {
  if (candidate.sectorCodes.includes(need.sectorCode)) {
    return { fit: 1, applicable: true, params: { relation: 'same', sector: need.sectorCode } };
  }
  const related = RELATED_SECTORS[need.sectorCode] ?? [];
  const close = candidate.sectorCodes.find((code) => related.includes(code));
  if (close) return { fit: 0.5, applicable: true, params: { relation: 'related', sector: close } };
  return { fit: 0, applicable: true, params: { relation: 'other', sector: candidate.sectorCodes[0] ?? '' } };
}

export function trlFit(need: MatchNeed, candidate: MatchCandidate): Fit {
  if (candidate.type === 'expert') return { fit: 0, applicable: false, params: {} };
  if (candidate.trl === null) return { fit: 0.5, applicable: true, params: { offered: 0 } };
  if (need.desiredTrl === null) {
    // No stated level: a proven technology (TRL ≥ 7) is what a local business can use as is.
    return { fit: candidate.trl >= 7 ? 0.8 : 0.5, applicable: true, params: { offered: candidate.trl } };
  }
  const gap = need.desiredTrl - candidate.trl;
  const fit = gap <= 0 ? 1 : gap === 1 ? 0.4 : 0;
  return { fit, applicable: true, params: { offered: candidate.trl, desired: need.desiredTrl } };
}

export function budgetFit(need: MatchNeed, candidate: MatchCandidate): Fit {
  if (candidate.type === 'expert') return { fit: 0, applicable: false, params: {} };
  const max = need.budgetMaxVnd;
  if (max === null && need.budgetMinVnd === null) return { fit: 0, applicable: false, params: {} };
  if (candidate.negotiable || candidate.priceVnd === null) {
    return { fit: 0.6, applicable: true, params: { verdict: 'negotiable' } };
  }
  const price = candidate.priceVnd;
  if (max === null) return { fit: 0.8, applicable: true, params: { verdict: 'within', priceVnd: price.toString() } };
  if (price <= max) return { fit: 1, applicable: true, params: { verdict: 'within', priceVnd: price.toString() } };
  // Over budget: a little over is still worth a conversation (support programmes, instalments).
  const overPercent = Number(((price - max) * 100n) / (max === 0n ? 1n : max));
  const fit = overPercent <= 20 ? 0.5 : overPercent <= 50 ? 0.2 : 0;
  return { fit, applicable: true, params: { verdict: 'over', overPercent, priceVnd: price.toString() } };
}

export function localityFit(need: MatchNeed, candidate: MatchCandidate): Fit {
  if (need.communeCode !== null && candidate.communeCode === need.communeCode) {
    return { fit: 1, applicable: true, params: { proximity: 'commune' } };
  }
  if (candidate.provinceCode === need.provinceCode)
    return { fit: 0.8, applicable: true, params: { proximity: 'province' } };
  const r = region(need.provinceCode);
  if (r >= 0 && r === region(candidate.provinceCode))
    return { fit: 0.5, applicable: true, params: { proximity: 'region' } };
  return { fit: 0.2, applicable: true, params: { proximity: 'far' } };
}

export function transferFit(need: MatchNeed, candidate: MatchCandidate): Fit {
  if (need.wantedModes.length === 0) return { fit: 0, applicable: false, params: {} };
  const offered = candidate.type === 'expert' ? ['consulting_training'] : candidate.transferModes;
  const shared = need.wantedModes.filter((mode) => offered.includes(mode));
  return {
    fit: shared.length > 0 ? 1 : 0,
    applicable: true,
    params: { modes: (shared.length > 0 ? shared : need.wantedModes).join(','), matched: shared.length > 0 },
  };
}

export function trackRecordFit(candidate: MatchCandidate): Fit {
  const n = candidate.signedDeals;
  const fit = n <= 0 ? 0 : n === 1 ? 0.6 : n === 2 ? 0.8 : 1;
  return { fit, applicable: true, params: { deals: n } };
}

export interface MatchScore {
  /** 0–1,000: the sum of the factors' points */
  points: number;
  factors: MatchFactor[];
}

/**
 * The score and its explanation. Factors that do not apply (no budget stated, no readiness level for
 * an expert) are left out and the others share their weight, so a need that says less is not
 * penalised for it. A candidate's own organisation never matches its need (returns null).
 */
export function scoreMatch(need: MatchNeed, candidate: MatchCandidate, text: TextRelevance): MatchScore | null {
  if (candidate.ownerOrganisationId === need.ownerOrganisationId) return null;
  const fits: [MatchFactorName, Fit][] = [
    ['text', textFit(text)],
    ['sector', sectorFit(need, candidate)],
    ['trl', trlFit(need, candidate)],
    ['budget', budgetFit(need, candidate)],
    ['locality', localityFit(need, candidate)],
    ['transfer', transferFit(need, candidate)],
    ['track_record', trackRecordFit(candidate)],
  ];
  const applicable = fits.filter(([, f]) => f.applicable);
  const totalWeight = applicable.reduce((sum, [name]) => sum + FACTOR_WEIGHTS[name], 0);
  // The structured factors count in proportion to how well the text answers the problem: a supplier
  // of the right sector, readiness and price that does something else is not a good suggestion.
  const textFitValue = fits[0]?.[1].fit ?? 0;
  const gate = RELEVANCE_FLOOR + (1 - RELEVANCE_FLOOR) * textFitValue;
  const factors: MatchFactor[] = applicable.map(([name, f]) => {
    const scale = name === 'text' ? 1 : gate;
    return {
      factor: name,
      points: Math.round((1000 * FACTOR_WEIGHTS[name] * f.fit * scale) / totalWeight),
      maxPoints: Math.round((1000 * FACTOR_WEIGHTS[name] * scale) / totalWeight),
      params: f.params,
    };
  });
  // Nothing in common in text or sector: whatever else fits, it does not solve this problem.
  const textPoints = factors.find((f) => f.factor === 'text')?.points ?? 0;
  const sectorPoints = factors.find((f) => f.factor === 'sector')?.points ?? 0;
  if (textPoints === 0 && sectorPoints === 0) return null;
  return { points: factors.reduce((sum, f) => sum + f.points, 0), factors };
}
