// Deadlines on real PostgreSQL: computed per filing through the workflow hook, moved by a holiday
// table an admin publishes, listed for officers (cursor paged) and per organisation, reminded once
// per band, digested weekly, and published as an iCalendar feed behind a secret token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../shared/db.js';
import { insertFiling, insertMilestone } from '../testing/filing-fixtures.js';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import type { EmailNotifier } from '@sti/notifications';
import type { DeadlineList } from './deadline.schema.js';
import { DeadlineRepository } from './deadline.repository.js';
import { ReminderService } from './reminder.service.js';

const API = '/api/ip-support/v1';
// Monday 7 December 2026, 10:00 in Viet Nam.
const NOW = new Date('2026-12-07T03:00:00Z');

describe('deadlines', () => {
  let t: IpSupportTestApp;
  const biz = principals.business;
  const coop = principals.cooperative;
  const ids: Record<string, string> = {};

  const changed = async (filingId: string) => {
    const { services } = t.handle;
    await inTransaction(services.prisma, async (tx) => {
      await services.hooks.filingChanged?.(tx, { id: filingId } as never);
    });
  };

  beforeAll(async () => {
    t = await startTestIpSupport({ now: NOW });
    const prisma = t.handle.services.prisma;
    const org = (p: typeof biz) => ({
      organisationId: p.organisationId ?? '',
      organisationName: p.organisationName ?? '',
    });
    // Patent filed 20/6/2023: examination request by 20/12/2026, a Sunday → Monday 21/12.
    ids.patent = (
      await insertFiling(prisma, {
        ...org(biz),
        right: 'patent',
        applicationNumber: '1-2023-04567',
        filingDate: '2023-06-20',
      })
    ).id;
    // Utility solution filed 27/12/2023: 36 months → Sunday 27/12/2026 → Monday 28/12.
    ids.us = (
      await insertFiling(prisma, {
        ...org(coop),
        right: 'utility_solution',
        applicationNumber: '2-2023-00321',
        filingDate: '2023-12-27',
      })
    ).id;
    // Collective mark with a formality notice of 30/11/2026: reply by Wednesday 30/12.
    ids.mark = (
      await insertFiling(prisma, {
        ...org(coop),
        right: 'collective_mark',
        applicationNumber: '4-2026-11111',
        filingDate: '2026-09-01',
      })
    ).id;
    ids.action = await insertMilestone(prisma, ids.mark, { kind: 'office_action', occurredOn: '2026-11-30' });
    for (const id of [ids.patent, ids.us, ids.mark]) await changed(id as string);
  });
  afterAll(() => t?.close());

  const dueSoon = (query = '') =>
    t.request<DeadlineList>({ url: `${API}/deadlines/due-soon${query}`, principal: principals.officer });

  it('lists what falls due in the next 30 days across organisations, paged by cursor', async () => {
    const first = await dueSoon('?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((d) => [d.applicationNumber, d.nominalDueDate, d.dueDate, d.daysLeft])).toEqual([
      ['1-2023-04567', '2026-12-20', '2026-12-21', 14],
      ['2-2023-00321', '2026-12-27', '2026-12-28', 21],
    ]);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await dueSoon(`?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((d) => [d.organisationName, d.titleEn, d.dueDate])).toEqual([
      ['Hợp tác xã Xoài Cao Lãnh', 'Response to a formality examination notice', '2026-12-30'],
    ]);
    expect(second.body.nextCursor).toBeNull();
    expect((await dueSoon('?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
  });

  it('keeps the list to officers and each business to its own organisation', async () => {
    expect((await t.request({ url: `${API}/deadlines/due-soon`, principal: biz })).status).toBe(403);
    expect((await t.request({ url: `${API}/deadlines/due-soon` })).status).toBe(401);
    const own = await t.request<DeadlineList>({ url: `${API}/deadlines`, principal: biz });
    expect(own.body.items.map((d) => d.applicationNumber)).toEqual(['1-2023-04567']);
    const other = await t.request({ url: `${API}/deadlines?organisationId=${coop.organisationId}`, principal: biz });
    expect(other.status).toBe(403);
    const byOfficer = await t.request<DeadlineList>({
      url: `${API}/deadlines?organisationId=${coop.organisationId}`,
      principal: principals.officer,
    });
    expect(byOfficer.body.items).toHaveLength(2);
    const filing = await t.request<DeadlineList>({ url: `${API}/deadlines/by-filing/${ids.patent}`, principal: coop });
    expect(filing.body.items).toEqual([]);
  });

  it('moves deadlines when an admin publishes a holiday table in force', async () => {
    const current = await t.request<{ inForce: { year: number; entries: unknown[] }[] }>({
      url: `${API}/holidays`,
      principal: biz,
    });
    const y2026 = current.body.inForce.find((y) => y.year === 2026);
    expect(y2026).toBeDefined();
    const body = {
      year: 2026,
      effectiveFrom: '2026-12-01',
      source: 'official',
      note: 'Thêm ngày nghỉ <b>thử</b>',
      entries: [
        ...(y2026?.entries ?? []),
        { date: '2026-12-21', kind: 'compensatory_day_off', nameVi: 'Nghỉ bù thử', nameEn: 'Test day in lieu' },
      ],
    };
    expect(
      (await t.request({ method: 'POST', url: `${API}/holidays`, principal: principals.officer, body })).status,
    ).toBe(403);
    const bad = await t.request<{ errors: { code: string }[] }>({
      method: 'POST',
      url: `${API}/holidays`,
      principal: principals.admin,
      body: {
        ...body,
        entries: [{ date: '2026-12-23', kind: 'make_up_working_day', nameVi: 'Làm bù', nameEn: 'Make-up' }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.code)).toEqual(['make_up_day_on_weekday']);

    const published = await t.request<{ table: { version: number; note: string }; recomputation: { changed: number } }>(
      {
        method: 'POST',
        url: `${API}/holidays`,
        principal: principals.admin,
        body,
      },
    );
    expect(published.status).toBe(201);
    expect(published.body.table.version).toBe(2);
    expect(published.body.table.note).toBe('Thêm ngày nghỉ <b>thử</b>');
    expect(published.body.recomputation.changed).toBe(1);
    const after = await dueSoon();
    expect(after.body.items[0]?.dueDate).toBe('2026-12-22');
  });

  it('closes a deadline when its office action is answered', async () => {
    await insertMilestone(t.handle.services.prisma, ids.mark as string, {
      kind: 'office_action_response',
      occurredOn: '2026-12-05',
      relatesTo: ids.action as string,
    });
    await changed(ids.mark as string);
    const list = await dueSoon();
    expect(list.body.items.map((d) => d.applicationNumber)).toEqual(['1-2023-04567', '2-2023-00321']);
  });

  it('reminds once per band and sends the weekly digest, in-app', async () => {
    const first = await t.handle.services.rules.reminders.tick();
    expect(first).toMatchObject({ reminders: 2, digests: 2, emailed: 0 });
    const again = await t.handle.services.rules.reminders.tick();
    expect(again).toMatchObject({ reminders: 0, digests: 0 });
    const inbox = await t.request<{ items: { kind: string; title: { vi: string } }[]; unreadCount: number }>({
      url: `${API}/notifications`,
      principal: biz,
    });
    expect(inbox.body.items.map((n) => n.kind).sort()).toEqual(['ip_deadline_digest', 'ip_deadline_reminder']);
    expect(inbox.body.items.find((n) => n.kind === 'ip_deadline_reminder')?.title.vi).toMatch(/^Còn 15 ngày/);
    // A business moves its reminders closer: nothing new until the 7-day band.
    const put = await t.request({
      method: 'PUT',
      url: `${API}/deadline-reminders/settings`,
      principal: biz,
      body: { offsetsDays: [7, 1], emailTo: 'shtt@songhau.example' },
    });
    expect(put.status).toBe(200);
    t.setNow(new Date('2026-12-15T03:00:00Z'));
    // Where SMTP is configured the organisation's address gets the reminder too.
    const sent: { to: string; subject: string }[] = [];
    const email = {
      send: async (m: { to: string; content: { title?: { vi: string } } }) => {
        sent.push({ to: m.to, subject: m.content.title?.vi ?? '' });
        return { messageId: 'x', accepted: [m.to], rejected: [] };
      },
    } as unknown as EmailNotifier;
    const withEmail = new ReminderService({
      prisma: t.handle.services.prisma,
      deadlines: t.handle.services.rules.deadlines,
      repository: new DeadlineRepository(),
      email,
    });
    // 15 December is in the next week: the digests go out again, e-mailed too.
    expect(await withEmail.tick()).toMatchObject({ reminders: 1, emailed: 1, digests: 2 });
    expect(sent.sort((a, b) => a.subject.localeCompare(b.subject))).toEqual([
      { to: 'shtt@songhau.example', subject: 'Còn 7 ngày: Hạn nộp yêu cầu thẩm định nội dung (sáng chế)' },
      { to: 'shtt@songhau.example', subject: 'Tóm tắt tuần: 1 thời hạn trong 30 ngày tới' },
    ]);
  });

  it('publishes the organisation’s deadlines as iCalendar behind a secret token', async () => {
    const created = await t.request<{ token: string; path: string }>({
      method: 'POST',
      url: `${API}/calendar-feed`,
      principal: coop,
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const feed = await t.request({ url: created.body.path });
    expect(feed.status).toBe(200);
    expect(String(feed.headers['content-type'])).toMatch(/^text\/calendar/);
    expect(feed.text).toContain('BEGIN:VCALENDAR');
    expect(feed.text).toContain('DTSTART;VALUE=DATE:20261228');
    expect(feed.text).toContain('2-2023-00321');
    expect(feed.text).not.toContain('1-2023-04567');
    expect((await t.request({ url: `${API}/calendar/${'A'.repeat(43)}.ics` })).status).toBe(404);
    const rotated = await t.request<{ path: string }>({ method: 'POST', url: `${API}/calendar-feed`, principal: coop });
    expect((await t.request({ url: created.body.path })).status).toBe(404);
    expect((await t.request({ url: rotated.body.path })).status).toBe(200);
    const status = await t.request<{ exists: boolean }>({ url: `${API}/calendar-feed`, principal: coop });
    expect(status.body.exists).toBe(true);
  });

  it('applies a new rule version to the filings of its day on', async () => {
    const rule = {
      code: 'patent.examination_request',
      effectiveFrom: '2023-06-01',
      rights: ['patent'],
      kind: 'examination_request',
      anchor: 'earliest_priority_or_filing',
      months: 48,
      titleVi: 'Hạn yêu cầu thẩm định nội dung (thử)',
      titleEn: 'Request for substantive examination (test)',
      legalBasis: 'Thử nghiệm',
    };
    expect((await t.request({ method: 'POST', url: `${API}/deadline-rules`, principal: biz, body: rule })).status).toBe(
      403,
    );
    const res = await t.request<{ rule: { version: number }; recomputation: { filings: number; changed: number } }>({
      method: 'POST',
      url: `${API}/deadline-rules`,
      principal: principals.admin,
      body: rule,
    });
    expect(res.status).toBe(201);
    expect(res.body.rule.version).toBe(2);
    expect(res.body.recomputation).toMatchObject({ filings: 3, changed: 1 });
    const filing = await t.request<DeadlineList>({ url: `${API}/deadlines/by-filing/${ids.patent}`, principal: biz });
    expect(filing.body.items[0]?.nominalDueDate).toBe('2027-06-20');
  });

  it('applies a holiday version scheduled for a later date when that day comes', async () => {
    const y2027 = await t.request<{ inForce: { year: number; entries: unknown[] }[] }>({
      url: `${API}/holidays`,
      principal: principals.admin,
    });
    const entries = y2027.body.inForce.find((y) => y.year === 2027)?.entries ?? [];
    const scheduled = await t.request<{ recomputation: unknown }>({
      method: 'POST',
      url: `${API}/holidays`,
      principal: principals.admin,
      body: {
        year: 2027,
        effectiveFrom: '2026-12-20',
        source: 'official',
        entries: [...entries, { date: '2027-06-21', kind: 'compensatory_day_off', nameVi: 'Nghỉ thử', nameEn: 'Test' }],
      },
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.body.recomputation).toBeNull();
    const dueOf = async () =>
      (await t.request<DeadlineList>({ url: `${API}/deadlines/by-filing/${ids.patent}`, principal: biz })).body.items[0]
        ?.dueDate;
    expect(await dueOf()).toBe('2027-06-21'); // 20/6/2027 is a Sunday
    expect((await t.handle.services.rules.reminders.tick()).recomputed).toBe(false);
    t.setNow(new Date('2026-12-20T03:00:00Z'));
    expect((await t.handle.services.rules.reminders.tick()).recomputed).toBe(true);
    expect(await dueOf()).toBe('2027-06-22');
    const overview = await t.request<{ scheduled: unknown[] }>({ url: `${API}/holidays`, principal: biz });
    expect(overview.body.scheduled).toEqual([]);
  });
});
