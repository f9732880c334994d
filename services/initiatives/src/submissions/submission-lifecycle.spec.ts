import { describe, expect, it } from 'vitest';
import {
  appealOpen,
  InvalidTransitionError,
  nextState,
  SUBMISSION_ACTIONS,
  SUBMISSION_STATES,
  type SubmissionAction,
  type SubmissionState,
} from './submission-lifecycle.js';

// Every (state, action) pair: the allowed ones with their target, everything else refused.
const ALLOWED: [SubmissionState, SubmissionAction, SubmissionState][] = [
  ['draft', 'submit', 'submitted'],
  ['draft', 'withdraw', 'withdrawn'],
  ['submitted', 'withdraw', 'withdrawn'],
  ['screening', 'withdraw', 'withdrawn'],
  ['submitted', 'start_screening', 'screening'],
  ['screening', 'send_to_review', 'under_review'],
  ['screening', 'reject', 'not_recognised'],
  ['screening', 'redirect_ip', 'redirected_ip'],
  ['under_review', 'recognise', 'recognised'],
  ['under_review', 'not_recognise', 'not_recognised'],
  ['not_recognised', 'appeal', 'appealed'],
  ['appealed', 'recognise', 'recognised'],
  ['appealed', 'not_recognise', 'not_recognised'],
];

describe('submission lifecycle', () => {
  it.each(ALLOWED)('%s —%s→ %s', (from, action, to) => {
    expect(nextState(from, action)).toBe(to);
  });

  const allowed = new Set(ALLOWED.map(([from, action]) => `${from}/${action}`));
  const refused = SUBMISSION_STATES.flatMap((from) =>
    SUBMISSION_ACTIONS.filter((action) => !allowed.has(`${from}/${action}`)).map((action) => [from, action] as const),
  );

  it.each(refused)('refuses %s —%s', (from, action) => {
    expect(() => nextState(from, action)).toThrow(InvalidTransitionError);
  });

  it('never lets a submission under review or decided be withdrawn', () => {
    for (const state of ['under_review', 'recognised', 'not_recognised', 'appealed'] as const) {
      expect(() => nextState(state, 'withdraw')).toThrow(InvalidTransitionError);
    }
  });

  describe('appeal window', () => {
    const decidedAt = new Date('2026-03-01T08:00:00Z');
    it('is open within the campaign’s appeal days after the decision', () => {
      expect(appealOpen('not_recognised', decidedAt, 30, new Date('2026-03-31T08:00:00Z'))).toBe(true);
    });
    it('closes once the appeal days have passed', () => {
      expect(appealOpen('not_recognised', decidedAt, 30, new Date('2026-03-31T08:00:01Z'))).toBe(false);
    });
    it('is closed for recognised submissions and for campaigns without appeals', () => {
      expect(appealOpen('recognised', decidedAt, 30, decidedAt)).toBe(false);
      expect(appealOpen('not_recognised', decidedAt, 0, decidedAt)).toBe(false);
    });
  });
});
