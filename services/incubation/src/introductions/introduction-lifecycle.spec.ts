import { describe, expect, it } from 'vitest';
import {
  availableActions,
  disclosedContact,
  type IntroductionAction,
  type IntroductionParty,
  type IntroductionState,
  transition,
} from './introduction-lifecycle.js';

describe('introduction lifecycle', () => {
  it.each<[IntroductionState, IntroductionAction, IntroductionParty[], string | null, string]>([
    ['requested', 'forward', ['officer'], null, 'forwarded'],
    ['forwarded', 'accept', ['investor'], null, 'accepted'],
    ['forwarded', 'accept', ['officer'], null, 'accepted'],
    ['forwarded', 'decline', ['investor'], 'Ngoài lĩnh vực đầu tư', 'declined'],
    ['requested', 'decline', ['officer'], 'Chưa đủ hồ sơ', 'declined'],
    ['requested', 'withdraw', ['startup'], null, 'withdrawn'],
    ['forwarded', 'withdraw', ['startup'], null, 'withdrawn'],
  ])('%s --%s by %j--> %s', (from, action, by, reason, to) => {
    expect(transition(from, action, by, reason)).toEqual({ ok: true, to });
  });

  it.each<[IntroductionState, IntroductionAction, IntroductionParty[], string | null, string]>([
    ['requested', 'forward', ['startup'], null, 'forbidden'],
    ['requested', 'accept', ['officer'], null, 'wrong_state'],
    ['requested', 'decline', ['investor'], 'x', 'wrong_state'],
    ['forwarded', 'decline', ['investor'], '  ', 'reason_required'],
    ['forwarded', 'accept', ['startup'], null, 'forbidden'],
    ['accepted', 'withdraw', ['startup'], null, 'wrong_state'],
    ['declined', 'forward', ['officer'], null, 'wrong_state'],
    ['withdrawn', 'accept', ['investor'], null, 'wrong_state'],
  ])('refuses %s --%s by %j (%s)', (from, action, by, reason, problem) => {
    expect(transition(from, action, by, reason)).toEqual({ ok: false, problem });
  });

  it('offers each party only its next steps', () => {
    expect(availableActions('requested', ['officer'])).toEqual(['forward', 'decline']);
    expect(availableActions('forwarded', ['investor'])).toEqual(['accept', 'decline']);
    expect(availableActions('forwarded', ['startup'])).toEqual(['withdraw']);
    expect(availableActions('accepted', ['officer', 'startup', 'investor'])).toEqual([]);
  });
});

describe('contact disclosure', () => {
  const contact = { name: 'Trần Văn Hùng', email: 'hung@quy.vn', phone: '0901234567' };
  it.each<[IntroductionState, boolean]>([
    ['requested', false],
    ['forwarded', false],
    ['declined', false],
    ['withdrawn', false],
    ['accepted', true],
  ])('in state %s: disclosed=%s', (state, shown) => {
    expect(disclosedContact(state, contact)).toEqual(shown ? contact : null);
  });
});
