// Who may do what with a mentor booking, and when. Plain functions over facts the service loads.

export type BookingStatus = 'booked' | 'cancelled';

export interface BookingFacts {
  mentorUserId: string | null;
  startupId: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
}

export interface ViewerFacts {
  userId: string;
  isOfficer: boolean;
  /** startups whose team the viewer belongs to */
  startupIds: readonly string[];
}

export const isMentorOf = (b: Pick<BookingFacts, 'mentorUserId'>, v: ViewerFacts) =>
  b.mentorUserId !== null && b.mentorUserId === v.userId;

export const isTeamOf = (b: Pick<BookingFacts, 'startupId'>, v: ViewerFacts) => v.startupIds.includes(b.startupId);

/** A booking is seen by its mentor, its startup's team and programme officers; nobody else. */
export function canSeeBooking(b: BookingFacts, v: ViewerFacts): boolean {
  return isMentorOf(b, v) || isTeamOf(b, v) || v.isOfficer;
}

/**
 * Meeting notes are shared between the mentor who wrote them and the startup they met: not other
 * startups, other mentors, nor officers (what a team tells its mentor stays between them).
 */
export function canReadNotes(b: BookingFacts, v: ViewerFacts): boolean {
  return isMentorOf(b, v) || isTeamOf(b, v);
}

export function canWriteNotes(
  b: BookingFacts,
  v: ViewerFacts,
  now: Date,
): 'ok' | 'forbidden' | 'not_started' | 'cancelled' {
  if (!isMentorOf(b, v)) return 'forbidden';
  if (b.status === 'cancelled') return 'cancelled';
  if (now < b.startsAt) return 'not_started';
  return 'ok';
}

/** Either side (or an officer) may cancel a live booking until it starts. */
export function canCancel(
  b: BookingFacts,
  v: ViewerFacts,
  now: Date,
): 'ok' | 'forbidden' | 'already_cancelled' | 'started' {
  if (!canSeeBooking(b, v)) return 'forbidden';
  if (b.status === 'cancelled') return 'already_cancelled';
  if (now >= b.startsAt) return 'started';
  return 'ok';
}

export const CANCEL_REASON_MAX = 500;
export const NOTES_MAX = 10_000;
