// The secretary's answers to the legal gates (Decree 13/2012/NĐ-CP, as data with effective dates): every
// gate answered yes/no with a reason for a "no"; only a submission passing every gate goes to reviewers,
// one already protected as IP is pointed to IP support instead.
import type { GateAnswersInput, LegalGate } from '../api/initiatives-types.ts';

export interface GateDraft {
  passed: boolean | null;
  reason: string;
}

export type Verdict =
  /** some gate is unanswered, or a "no" lacks its reason (0-based gate indexes) */
  | { kind: 'incomplete'; unanswered: number[]; missingReason: number[] }
  | { kind: 'pass' }
  /** failed gates; `ip` when the only failure is the IP-protection gate (redirect, not refuse) */
  | { kind: 'fail'; failed: string[]; ip: boolean };

type Gate = Pick<LegalGate, 'code' | 'redirectsToIp'>;

export function screeningVerdict(gates: readonly Gate[], drafts: Record<string, GateDraft>): Verdict {
  const unanswered: number[] = [];
  const missingReason: number[] = [];
  gates.forEach((g, i) => {
    const d = drafts[g.code];
    if (!d || d.passed === null) unanswered.push(i);
    else if (!d.passed && d.reason.trim().length < 5) missingReason.push(i);
  });
  if (unanswered.length || missingReason.length) return { kind: 'incomplete', unanswered, missingReason };
  const failed = gates.filter((g) => drafts[g.code]?.passed === false);
  if (failed.length === 0) return { kind: 'pass' };
  return { kind: 'fail', failed: failed.map((g) => g.code), ip: failed.every((g) => g.redirectsToIp) };
}

export function toGateAnswers(gates: readonly Gate[], drafts: Record<string, GateDraft>): GateAnswersInput['answers'] {
  return gates
    .filter((g) => drafts[g.code]?.passed != null)
    .map((g) => ({
      gateCode: g.code,
      passed: drafts[g.code]?.passed === true,
      reason: drafts[g.code]?.reason.trim() ?? '',
    }));
}
