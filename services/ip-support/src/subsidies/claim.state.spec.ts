import { describe, expect, it } from 'vitest';
import { actionsBy, transition } from './claim.state.js';

describe('claim transitions', () => {
  it('follows the journey open → submitted → approved → paid', () => {
    expect(transition('open', 'submit')).toBe('submitted');
    expect(transition('submitted', 'approve')).toBe('approved');
    expect(transition('approved', 'record_payment')).toBe('paid');
  });

  it('sends a claim back for information and takes it again', () => {
    expect(transition('submitted', 'request_info')).toBe('needs_info');
    expect(transition('needs_info', 'submit')).toBe('submitted');
  });

  it('queues an approval without money and releases it later', () => {
    expect(transition('submitted', 'queue')).toBe('queued');
    expect(transition('queued', 'release')).toBe('approved');
    expect(transition('queued', 'reject')).toBe('rejected');
  });

  it('refuses what makes no sense: paying twice, approving an unsubmitted claim, reopening a decision', () => {
    expect(transition('paid', 'record_payment')).toBeNull();
    expect(transition('open', 'approve')).toBeNull();
    expect(transition('needs_info', 'approve')).toBeNull();
    expect(transition('rejected', 'submit')).toBeNull();
    expect(transition('approved', 'withdraw')).toBeNull();
    expect(transition('approved', 'reject')).toBeNull();
    expect(transition('queued', 'approve')).toBeNull();
  });

  it('offers each party only its own next steps', () => {
    expect(actionsBy('business', 'open')).toEqual(['submit', 'withdraw']);
    expect(actionsBy('officer', 'submitted')).toEqual(['request_info', 'approve', 'reject']);
    expect(actionsBy('officer', 'approved')).toEqual(['record_payment']);
    expect(actionsBy('business', 'approved')).toEqual([]);
    expect(actionsBy('officer', 'paid')).toEqual([]);
  });
});
