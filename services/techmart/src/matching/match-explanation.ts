// A suggestion's factors as sentences, in Vietnamese and English ("cùng lĩnh vực", "TRL 7 ≥ 5 yêu cầu",
// "giá trong ngân sách"…). The server stores the factors as data; the portal and e-mails render them
// here, so the two languages read the same everywhere. Portal-safe.

import type { MatchFactor } from './matching.schema.js';

export type Tone = 'good' | 'partial' | 'bad';
export interface ExplainedFactor {
  factor: MatchFactor['factor'];
  points: number;
  tone: Tone;
  vi: string;
  en: string;
}

/** 230000000 → 230.000.000 (the Vietnamese grouping; English readers get the same digits). */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const MODE_NAMES: Record<string, { vi: string; en: string }> = {
  licence: { vi: 'li-xăng', en: 'licence' },
  assignment: { vi: 'chuyển nhượng', en: 'assignment' },
  turnkey: { vi: 'trọn gói', en: 'turnkey' },
  joint_venture: { vi: 'liên doanh', en: 'joint venture' },
  consulting_training: { vi: 'tư vấn, đào tạo', en: 'consulting and training' },
};

function tone(factor: MatchFactor): Tone {
  if (factor.maxPoints === 0 || factor.points >= factor.maxPoints) return 'good';
  return factor.points === 0 ? 'bad' : 'partial';
}

export function explainFactor(factor: MatchFactor): ExplainedFactor {
  const p = factor.params;
  const base = { factor: factor.factor, points: factor.points, tone: tone(factor) };
  switch (factor.factor) {
    case 'text':
      return p.terms
        ? { ...base, vi: `nội dung khớp: ${p.terms}`, en: `text matches: ${p.terms}` }
        : { ...base, vi: 'nội dung ít liên quan', en: 'little text in common' };
    case 'sector':
      if (p.relation === 'same') return { ...base, vi: 'cùng lĩnh vực', en: 'same sector' };
      if (p.relation === 'related') return { ...base, vi: 'lĩnh vực liên quan', en: 'related sector' };
      return { ...base, vi: 'khác lĩnh vực', en: 'different sector' };
    case 'trl': {
      const offered = Number(p.offered ?? 0);
      if (offered === 0) return { ...base, vi: 'chưa rõ mức TRL', en: 'TRL not stated' };
      if (p.desired === undefined) return { ...base, vi: `TRL ${offered}`, en: `TRL ${offered}` };
      const desired = Number(p.desired);
      return offered >= desired
        ? { ...base, vi: `TRL ${offered} ≥ ${desired} yêu cầu`, en: `TRL ${offered} ≥ ${desired} required` }
        : { ...base, vi: `TRL ${offered} < ${desired} yêu cầu`, en: `TRL ${offered} < ${desired} required` };
    }
    case 'budget':
      if (p.verdict === 'negotiable') return { ...base, vi: 'giá thỏa thuận', en: 'price negotiable' };
      if (p.verdict === 'within') return { ...base, vi: 'giá trong ngân sách', en: 'price within budget' };
      return {
        ...base,
        vi: `giá vượt ngân sách ${p.overPercent}% (${grouped(String(p.priceVnd))} đ)`,
        en: `price ${p.overPercent}% over budget (${grouped(String(p.priceVnd))} VND)`,
      };
    case 'locality':
      switch (p.proximity) {
        case 'commune':
          return { ...base, vi: 'cùng xã/phường', en: 'same commune' };
        case 'province':
          return { ...base, vi: 'cùng tỉnh', en: 'same province' };
        case 'region':
          return { ...base, vi: 'cùng vùng', en: 'same region' };
        default:
          return { ...base, vi: 'ở xa', en: 'far away' };
      }
    case 'transfer': {
      const modes = String(p.modes ?? '')
        .split(',')
        .filter(Boolean)
        .map((m) => MODE_NAMES[m] ?? { vi: m, en: m });
      return p.matched
        ? {
            ...base,
            vi: `hình thức chuyển giao phù hợp: ${modes.map((m) => m.vi).join(', ')}`,
            en: `transfer mode fits: ${modes.map((m) => m.en).join(', ')}`,
          }
        : {
            ...base,
            vi: `không chuyển giao theo hình thức cần: ${modes.map((m) => m.vi).join(', ')}`,
            en: `does not offer the wanted mode: ${modes.map((m) => m.en).join(', ')}`,
          };
    }
    case 'track_record': {
      const deals = Number(p.deals ?? 0);
      return deals > 0
        ? { ...base, vi: `đã ký ${deals} hợp đồng qua sàn`, en: `${deals} deal${deals === 1 ? '' : 's'} signed before` }
        : { ...base, vi: 'chưa có hợp đồng qua sàn', en: 'no earlier deals' };
    }
  }
}

/** The factors, strongest contribution first. */
export function explainSuggestion(factors: readonly MatchFactor[]): ExplainedFactor[] {
  return [...factors].sort((a, b) => b.points - a.points).map(explainFactor);
}
