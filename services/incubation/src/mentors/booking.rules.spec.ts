import { describe, expect, it } from 'vitest';
import {
  type BookingFacts,
  canCancel,
  canReadNotes,
  canSeeBooking,
  canWriteNotes,
  type ViewerFacts,
} from './booking.rules.js';

const booking: BookingFacts = {
  mentorUserId: 'mentor-lan',
  startupId: 'startup-a',
  status: 'booked',
  startsAt: new Date('2026-12-08T12:00:00Z'),
  endsAt: new Date('2026-12-08T13:00:00Z'),
};
const viewer = (v: Partial<ViewerFacts>): ViewerFacts => ({ userId: 'u', isOfficer: false, startupIds: [], ...v });
const mentor = viewer({ userId: 'mentor-lan' });
const otherMentor = viewer({ userId: 'mentor-minh' });
const team = viewer({ userId: 'founder-a', startupIds: ['startup-a'] });
const otherTeam = viewer({ userId: 'founder-b', startupIds: ['startup-b'] });
const officer = viewer({ userId: 'officer', isOfficer: true });
const before = new Date('2026-12-08T11:00:00Z');
const after = new Date('2026-12-08T13:30:00Z');

describe('who sees a booking and its notes', () => {
  it.each([
    ['its mentor', mentor, true, true],
    ['its startup', team, true, true],
    ['an officer (booking, not the notes)', officer, true, false],
    ['another mentor', otherMentor, false, false],
    ['another startup', otherTeam, false, false],
  ])('%s', (_label, v, sees, readsNotes) => {
    expect(canSeeBooking(booking, v)).toBe(sees);
    expect(canReadNotes(booking, v)).toBe(readsNotes);
  });

  it('lets only the mentor write notes, once the meeting has begun', () => {
    expect(canWriteNotes(booking, mentor, after)).toBe('ok');
    expect(canWriteNotes(booking, mentor, before)).toBe('not_started');
    expect(canWriteNotes(booking, team, after)).toBe('forbidden');
    expect(canWriteNotes({ ...booking, status: 'cancelled' }, mentor, after)).toBe('cancelled');
  });
});

describe('cancellation', () => {
  it('is open to either side and officers until the meeting starts', () => {
    expect(canCancel(booking, team, before)).toBe('ok');
    expect(canCancel(booking, mentor, before)).toBe('ok');
    expect(canCancel(booking, officer, before)).toBe('ok');
    expect(canCancel(booking, otherTeam, before)).toBe('forbidden');
    expect(canCancel(booking, team, after)).toBe('started');
    expect(canCancel({ ...booking, status: 'cancelled' }, team, before)).toBe('already_cancelled');
  });
});
