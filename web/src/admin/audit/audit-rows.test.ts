import { describe, expect, it } from 'vitest';
import { auditCsv, filterAudit, mergeAudit, NO_FILTER, vietnamDay } from './audit-rows.ts';

const accounts = [
  {
    at: '2026-12-04T16:00:00.000Z',
    actor: { id: 'u1', username: 'quantri' },
    action: 'account.created',
    target: { id: 'u9', username: 'nguyenvana' },
    detail: { roles: ['business'] },
    ip: '127.0.0.1',
  },
  {
    at: '2026-12-03T10:00:00.000Z',
    actor: { id: 'u2', username: 'canbo' },
    action: 'account.verified',
    target: { id: 'u8', username: 'htx' },
  },
];
const techmart = [
  {
    id: 't1',
    at: '2026-12-04T01:00:00.000Z',
    actor: { userId: 'u1', displayName: 'Quản trị viên', roles: ['admin'] },
    action: 'organisation.merge',
    entityType: 'organisation',
    entityId: 'o1',
    before: { name: 'HTX Tân Phú' },
    after: { name: 'HTX Tân Phú', movedListings: 2 },
  },
];

describe('audit rows', () => {
  it('merges both logs newest first', () => {
    const rows = mergeAudit(accounts, techmart);
    expect(rows.map((r) => r.action)).toEqual(['account.created', 'organisation.merge', 'account.verified']);
    expect(rows[1]?.target).toBe('organisation HTX Tân Phú');
  });

  it('filters by actor and action without accents, and by Vietnam day', () => {
    const rows = mergeAudit(accounts, techmart);
    expect(filterAudit(rows, { ...NO_FILTER, actor: 'quan tri' }).map((r) => r.action)).toEqual(['organisation.merge']);
    expect(filterAudit(rows, { ...NO_FILTER, action: 'VERIFIED' })).toHaveLength(1);
    // 16:00 UTC on the 4th is 23:00 in Vietnam, still the 4th; 01:00 UTC is 08:00 on the 4th
    expect(filterAudit(rows, { ...NO_FILTER, from: '2026-12-04', to: '2026-12-04' })).toHaveLength(2);
    expect(filterAudit(rows, { ...NO_FILTER, to: '2026-12-03' }).map((r) => r.actor)).toEqual(['canbo']);
  });

  it('counts the day in Vietnam, not in UTC', () => {
    expect(vietnamDay('2026-12-04T18:30:00.000Z')).toBe('2026-12-05');
  });

  it('exports CSV that quotes commas and defuses formulas', () => {
    const csv = auditCsv([
      {
        key: 'k',
        at: '2026-12-04T16:00:00.000Z',
        actor: '=HYPERLINK("x")',
        action: 'account.updated',
        target: 'Công ty A, chi nhánh B',
        detail: '',
        ip: '',
        source: 'accounts',
      },
    ]);
    expect(csv.startsWith('\uFEFFat,actor,action,target,detail,ip,source\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"Công ty A, chi nhánh B"');
  });
});
