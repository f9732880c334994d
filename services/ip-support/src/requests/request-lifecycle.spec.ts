import { describe, expect, it } from 'vitest';
import { allowedActions, transition } from './request-lifecycle.js';

describe('request lifecycle', () => {
  it('lets an officer accept, ask for more or decline a submitted request', () => {
    expect(transition('submitted', 'accept', 'officer')).toEqual({ ok: true, to: 'accepted' });
    expect(transition('submitted', 'ask_info', 'officer', 'Thiếu ảnh mẫu nhãn')).toEqual({
      ok: true,
      to: 'needs_info',
    });
    expect(transition('submitted', 'decline', 'officer', 'Không thuộc phạm vi hỗ trợ')).toEqual({
      ok: true,
      to: 'declined',
    });
    expect(allowedActions('submitted', 'officer')).toEqual(['accept', 'ask_info', 'decline']);
  });

  it('needs the officer’s words to decline or ask for more', () => {
    expect(transition('submitted', 'decline', 'officer', '  ')).toEqual({ ok: false, reason: 'reason_required' });
    expect(transition('submitted', 'ask_info', 'officer')).toEqual({ ok: false, reason: 'reason_required' });
  });

  it('keeps triage with officers and resubmission with the business', () => {
    expect(transition('submitted', 'accept', 'business')).toEqual({ ok: false, reason: 'wrong_side' });
    expect(transition('needs_info', 'resubmit', 'officer')).toEqual({ ok: false, reason: 'wrong_side' });
    expect(transition('needs_info', 'resubmit', 'business')).toEqual({ ok: true, to: 'submitted' });
    expect(allowedActions('needs_info', 'business')).toEqual(['resubmit', 'withdraw']);
  });

  it('refuses steps out of order', () => {
    expect(transition('declined', 'accept', 'officer')).toEqual({ ok: false, reason: 'wrong_state' });
    expect(transition('accepted', 'file', 'officer')).toEqual({ ok: false, reason: 'wrong_state' });
    expect(transition('filed', 'withdraw', 'business')).toEqual({ ok: false, reason: 'wrong_state' });
    expect(transition('granted', 'refuse', 'officer', 'x')).toEqual({ ok: false, reason: 'wrong_state' });
  });

  it('runs the dossier and filing steps through to the certificate', () => {
    expect(transition('accepted', 'complete_dossier', 'system')).toEqual({ ok: true, to: 'dossier_complete' });
    expect(transition('dossier_complete', 'reopen_dossier', 'system')).toEqual({ ok: true, to: 'accepted' });
    expect(transition('dossier_complete', 'file', 'officer')).toEqual({ ok: true, to: 'filed' });
    expect(transition('filed', 'grant', 'officer')).toEqual({ ok: true, to: 'granted' });
    expect(transition('filed', 'refuse', 'officer', 'Thiếu tính mới')).toEqual({ ok: true, to: 'refused' });
  });
});
