import { describe, expect, it } from 'vitest';
import { localToUtc } from './availability.rules.js';
import { calendarFeed, FEED_TOKEN, feedTokenHash, newFeedToken } from './calendar-feed.js';

const now = new Date('2026-12-01T00:00:00Z');

describe('iCalendar feed', () => {
  const feed = calendarFeed(
    'Lịch cố vấn — Nguyễn Thị Lan',
    [
      {
        id: '0190a0a0-0000-7000-8000-000000000001',
        startsAt: localToUtc('2026-12-11', '23:30'),
        endsAt: localToUtc('2026-12-12', '00:30'),
        status: 'booked',
        summary: 'Cố vấn: Nông Sản Xanh',
        description: 'Gọi vốn vòng hạt giống',
        location: null,
      },
      {
        id: '0190a0a0-0000-7000-8000-000000000002',
        startsAt: localToUtc('2026-12-08', '19:00'),
        endsAt: localToUtc('2026-12-08', '20:00'),
        status: 'cancelled',
        summary: 'Cố vấn: Cá Sạch',
        description: '',
        location: 'Sở KH&CN',
      },
    ],
    now,
  );

  it('is a VCALENDAR with one VEVENT per booking, times in UTC', () => {
    expect(feed.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(feed).toContain('DTSTART:20261211T163000Z');
    expect(feed).toContain('DTEND:20261211T173000Z');
    expect(feed).toContain('X-WR-TIMEZONE:Asia/Ho_Chi_Minh');
  });

  it('marks cancelled meetings so calendar apps remove them', () => {
    expect(feed).toContain('STATUS:CANCELLED');
    expect(feed).toContain('STATUS:CONFIRMED');
  });

  it('keeps Vietnamese text', () => {
    expect(feed).toContain('Cố vấn: Nông Sản Xanh');
  });
});

describe('feed tokens', () => {
  it('are random, url-safe, and stored only as a hash', () => {
    const a = newFeedToken();
    const b = newFeedToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(FEED_TOKEN);
    expect(a.hash).toBe(feedTokenHash(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});
