import { describe, expect, it } from 'vitest';
import { screeningVerdict, toGateAnswers } from './gates.ts';

const gate = (code: string) => ({ code, redirectsToIp: code === 'not_ip_protected' });
const GATES = [gate('new_in_unit'), gate('applied'), gate('benefit'), gate('public_order'), gate('not_ip_protected')];
const yes = { passed: true, reason: '' };
const all = (over: Record<string, { passed: boolean | null; reason: string }> = {}) =>
  Object.fromEntries(GATES.map((g) => [g.code, over[g.code] ?? yes]));

describe('screening gates', () => {
  it('sends to review only when every gate is answered yes', () => {
    expect(screeningVerdict(GATES, all())).toEqual({ kind: 'pass' });
  });

  it('is incomplete while a gate is unanswered or a "no" has no reason', () => {
    expect(
      screeningVerdict(GATES, all({ applied: { passed: null, reason: '' }, benefit: { passed: false, reason: ' ' } })),
    ).toEqual({ kind: 'incomplete', unanswered: [1], missingReason: [2] });
  });

  it('refuses when a legal condition fails, and redirects to IP support when only the IP gate fails', () => {
    expect(screeningVerdict(GATES, all({ benefit: { passed: false, reason: 'Chưa chứng minh lợi ích' } }))).toEqual({
      kind: 'fail',
      failed: ['benefit'],
      ip: false,
    });
    expect(
      screeningVerdict(
        GATES,
        all({ not_ip_protected: { passed: false, reason: 'Đã được cấp bằng độc quyền sáng chế' } }),
      ),
    ).toEqual({ kind: 'fail', failed: ['not_ip_protected'], ip: true });
  });

  it('sends the answered gates with trimmed reasons', () => {
    expect(
      toGateAnswers(GATES.slice(0, 2), { new_in_unit: yes, applied: { passed: false, reason: ' chưa áp dụng ' } }),
    ).toEqual([
      { gateCode: 'new_in_unit', passed: true, reason: '' },
      { gateCode: 'applied', passed: false, reason: 'chưa áp dụng' },
    ]);
  });
});
