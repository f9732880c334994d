import { describe, expect, it } from 'vitest';
import { answerProblems, gatesInForce, type LegalGate, screeningVerdict } from './legal-gates.js';
import { LEGAL_GATES } from './legal-gates.data.js';

const shipped: LegalGate[] = LEGAL_GATES.map((g) => ({
  code: g.code,
  titleVi: g.titleVi,
  titleEn: g.titleEn,
  redirectsToIp: g.redirectsToIp ?? false,
  validFrom: g.validFrom,
  validTo: g.validTo ?? null,
}));
const allPass = shipped.map((g) => ({ gateCode: g.code, passed: true, reason: '' }));
const failing = (code: string) =>
  allPass.map((a) => (a.gateCode === code ? { ...a, passed: false, reason: 'lý do cụ thể' } : a));

describe('legal gates (Decree 13/2012/NĐ-CP)', () => {
  it('ships the five conditions, one of them redirecting to IP support', () => {
    expect(shipped).toHaveLength(5);
    expect(shipped.filter((g) => g.redirectsToIp).map((g) => g.code)).toEqual(['d13-not-ip-protected']);
  });

  it('passes only when every gate in force is answered yes', () => {
    expect(screeningVerdict(shipped, allPass)).toEqual({ outcome: 'pass' });
    expect(screeningVerdict(shipped, failing('d13-benefit'))).toEqual({ outcome: 'fail', failed: ['d13-benefit'] });
  });

  it('asks for every gate before deciding', () => {
    expect(screeningVerdict(shipped, allPass.slice(1))).toEqual({
      outcome: 'incomplete',
      missing: ['d13-new-in-unit'],
    });
  });

  it('redirects to IP support when the solution is already protected, even if other gates fail too', () => {
    const answers = failing('d13-not-ip-protected').map((a) =>
      a.gateCode === 'd13-applied' ? { ...a, passed: false, reason: 'chưa áp dụng' } : a,
    );
    expect(screeningVerdict(shipped, answers)).toEqual({
      outcome: 'redirect_ip',
      failed: ['d13-applied', 'd13-not-ip-protected'],
    });
  });

  it('applies the gates in force on the day: a later regulation replaces them without code', () => {
    const replaced = shipped.map((g) => ({ ...g, validTo: '2027-06-30' }));
    const next = { ...shipped[0], code: 'new-reg-novelty', validFrom: '2027-07-01', validTo: null } as LegalGate;
    const all = [...replaced, next];
    expect(gatesInForce(all, '2027-06-30').map((g) => g.code)).toEqual(shipped.map((g) => g.code));
    expect(gatesInForce(all, '2027-07-01').map((g) => g.code)).toEqual(['new-reg-novelty']);
  });

  it('requires a reason for a "no" and refuses unknown or repeated gates', () => {
    expect(
      answerProblems(shipped, [
        { gateCode: 'd13-benefit', passed: false, reason: ' ' },
        { gateCode: 'nope', passed: true, reason: '' },
        { gateCode: 'd13-applied', passed: true, reason: '' },
        { gateCode: 'd13-applied', passed: true, reason: '' },
      ]),
    ).toEqual(['reason_required:d13-benefit', 'unknown_gate:nope', 'duplicate_gate:d13-applied']);
  });
});
