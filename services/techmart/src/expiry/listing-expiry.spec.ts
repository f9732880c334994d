import { describe, expect, it } from 'vitest';
import { addMonths, DEFAULT_EXPIRY_POLICY, expiryDue, renewalRefusal } from './listing-expiry.js';

const policy = { months: 12, reminderDays: 30 };
const live = {
  status: 'published' as const,
  publishedSnapshot: { id: 'x' },
  expiresAt: new Date('2027-06-30T00:00:00Z'),
  expiredAt: null,
  expiryRemindedAt: null,
};

describe('addMonths', () => {
  it('adds calendar months in UTC, clamping to the end of a shorter month', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2028-01-31T10:00:00Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonths(new Date('2026-12-04T19:00:00Z'), 12).toISOString()).toBe('2027-12-04T19:00:00.000Z');
    expect(DEFAULT_EXPIRY_POLICY.months).toBeGreaterThan(0);
  });
});

describe('expiryDue', () => {
  it('reminds once within the reminder window and expires at the date', () => {
    expect(expiryDue(live, new Date('2027-05-30T23:59:59Z'), policy)).toBeNull();
    expect(expiryDue(live, new Date('2027-05-31T00:00:00Z'), policy)).toBe('remind');
    expect(
      expiryDue(
        { ...live, expiryRemindedAt: new Date('2027-05-31T00:00:00Z') },
        new Date('2027-06-10T00:00:00Z'),
        policy,
      ),
    ).toBeNull();
    expect(expiryDue({ ...live, expiryRemindedAt: new Date() }, new Date('2027-06-30T00:00:00Z'), policy)).toBe(
      'expire',
    );
  });

  it('leaves alone what is archived, already lapsed, never published, imported or without a date', () => {
    const late = new Date('2028-01-01T00:00:00Z');
    expect(expiryDue({ ...live, status: 'archived' }, late, policy)).toBeNull();
    expect(expiryDue({ ...live, expiredAt: new Date('2027-06-30T00:00:00Z') }, late, policy)).toBeNull();
    expect(expiryDue({ ...live, publishedSnapshot: null, status: 'draft' }, late, policy)).toBeNull();
    expect(expiryDue({ ...live, provenance: { sourceCode: 'vinatech' } }, late, policy)).toBeNull();
    expect(expiryDue({ ...live, expiresAt: null }, late, policy)).toBeNull();
  });

  it('also lapses a published version whose edit waits in moderation', () => {
    expect(expiryDue({ ...live, status: 'submitted' }, new Date('2027-07-01T00:00:00Z'), policy)).toBe('expire');
  });
});

describe('renewalRefusal', () => {
  it('allows live and lapsed public listings, refuses the rest with a reason', () => {
    expect(renewalRefusal(live)).toBeNull();
    expect(renewalRefusal({ ...live, expiredAt: new Date() })).toBeNull();
    expect(renewalRefusal({ ...live, status: 'archived' })).toBe('archived');
    expect(renewalRefusal({ ...live, status: 'draft', publishedSnapshot: null })).toBe('not_published');
    expect(renewalRefusal({ ...live, provenance: { sourceCode: 'x' } })).toBe('imported');
  });
});
