// iCalendar feeds (RFC 5545) of a mentor's or a startup's live bookings, read by calendar apps
// through a secret per-owner token. Times go out in UTC with the zone named for display.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import { PROGRAMME_ZONE } from './availability.rules.js';

export interface FeedEntry {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: 'booked' | 'cancelled';
  summary: string;
  description: string;
  location: string | null;
}

export function calendarFeed(name: string, entries: readonly FeedEntry[], now: Date): string {
  // Times stay UTC ('Z'): every calendar app converts them; the zone is named only as the display hint.
  const cal = ical({ name, prodId: { company: 'sti', product: 'incubation', language: 'VI' } });
  cal.method(ICalCalendarMethod.PUBLISH);
  cal.x([{ key: 'X-WR-TIMEZONE', value: PROGRAMME_ZONE }]);
  for (const e of entries) {
    cal.createEvent({
      id: `${e.id}@incubation.sti`,
      start: e.startsAt,
      end: e.endsAt,
      stamp: now,
      summary: e.summary,
      description: e.description,
      location: e.location,
      status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

/** A fresh feed token (shown once) and the hash that is stored. */
export function newFeedToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: feedTokenHash(token) };
}

export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;
