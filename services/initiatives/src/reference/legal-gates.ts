// Screening against the legal gates, as a pure rule: which gates are in force on a date, and what
// the secretary's answers mean. Every gate in force must be answered; one "no" on a gate that
// redirects to IP support wins over plain rejections, because the author then has somewhere to go.

export interface LegalGate {
  code: string;
  titleVi: string;
  titleEn: string;
  redirectsToIp: boolean;
  validFrom: string;
  validTo: string | null;
}

export interface GateAnswerInput {
  gateCode: string;
  passed: boolean;
  reason: string;
}

export type ScreeningVerdict =
  | { outcome: 'incomplete'; missing: string[] }
  | { outcome: 'pass' }
  | { outcome: 'fail'; failed: string[] }
  | { outcome: 'redirect_ip'; failed: string[] };

/** Gates in force on `day` (YYYY-MM-DD): validFrom ≤ day and (no validTo or day ≤ validTo). */
export function gatesInForce<G extends Pick<LegalGate, 'validFrom' | 'validTo'>>(
  gates: readonly G[],
  day: string,
): G[] {
  return gates.filter((g) => g.validFrom <= day && (g.validTo === null || day <= g.validTo));
}

export function screeningVerdict(gates: readonly LegalGate[], answers: readonly GateAnswerInput[]): ScreeningVerdict {
  const byCode = new Map(answers.map((a) => [a.gateCode, a]));
  const missing = gates.filter((g) => !byCode.has(g.code)).map((g) => g.code);
  if (missing.length > 0) return { outcome: 'incomplete', missing };
  const failed = gates.filter((g) => byCode.get(g.code)?.passed === false);
  if (failed.length === 0) return { outcome: 'pass' };
  const codes = failed.map((g) => g.code);
  return failed.some((g) => g.redirectsToIp)
    ? { outcome: 'redirect_ip', failed: codes }
    : { outcome: 'fail', failed: codes };
}

/** Answers must be about gates in force, each once, and a "no" must say why. */
export function answerProblems(gates: readonly LegalGate[], answers: readonly GateAnswerInput[]): string[] {
  const known = new Set(gates.map((g) => g.code));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const a of answers) {
    if (!known.has(a.gateCode)) problems.push(`unknown_gate:${a.gateCode}`);
    else if (seen.has(a.gateCode)) problems.push(`duplicate_gate:${a.gateCode}`);
    else if (!a.passed && a.reason.trim() === '') problems.push(`reason_required:${a.gateCode}`);
    seen.add(a.gateCode);
  }
  return problems;
}
