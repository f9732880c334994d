// Mentor requests and views (the portal imports these through @sti/incubation/api).
import { z } from 'zod';

export const MAX_PAGE = 100;
const uuid = z.uuid();
const localDate = z.iso.date();
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:mm');
const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().normalize('NFC').max(max);

export const LANGUAGES = ['vi', 'en', 'fr', 'zh', 'ja', 'ko', 'km'] as const;

export const pageQuerySchema = z.object({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20),
});

export const weeklyPatternSchema = z.object({
  /** ISO weekday: 1 = Monday … 7 = Sunday (Asia/Ho_Chi_Minh) */
  weekday: z.number().int().min(1).max(7),
  startTime: localTime,
  /** '24:00', or a time not after startTime, runs past local midnight */
  endTime: localTime,
  slotMinutes: z.union([z.literal(30), z.literal(45), z.literal(60), z.literal(90), z.literal(120)]),
  validFrom: localDate.nullable().default(null),
  validUntil: localDate.nullable().default(null),
});

export const availabilityExceptionSchema = z
  .object({
    kind: z.enum(['blocked', 'extra']),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    slotMinutes: z.number().int().min(30).max(120).nullable().default(null),
    note: text(300).default(''),
  })
  .refine((e) => new Date(e.startsAt) < new Date(e.endsAt), { path: ['endsAt'], message: 'must end after it starts' })
  .refine((e) => e.kind === 'blocked' || e.slotMinutes !== null, {
    path: ['slotMinutes'],
    message: 'an extra window needs a slot length',
  });

export const mentorInputSchema = z.object({
  name: text(200).min(2),
  headline: text(300).min(2),
  bio: text(5000).default(''),
  expertise: z.array(text(80).min(2)).min(1).max(20),
  languages: z.array(z.enum(LANGUAGES)).min(1).max(7),
  sectorCodes: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  /** the mentor's own account (they then see and annotate their bookings) */
  userId: z.string().trim().min(1).max(100).nullable().default(null),
  active: z.boolean().default(true),
});
export const updateMentorSchema = mentorInputSchema.partial();

export const availabilityInputSchema = z.object({
  patterns: z.array(weeklyPatternSchema).max(50),
  exceptions: z.array(availabilityExceptionSchema).max(200),
});

export const mentorListQuerySchema = pageQuerySchema.extend({
  expertise: z.string().trim().max(80).optional(),
  language: z.enum(LANGUAGES).optional(),
  sector: z.string().trim().max(40).optional(),
});

export const slotQuerySchema = z.object({
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});

export const mentorViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  headline: z.string(),
  bio: z.string(),
  expertise: z.array(z.string()),
  languages: z.array(z.string()),
  sectorCodes: z.array(z.string()),
  active: z.boolean(),
  /** true when the caller is this mentor */
  isMe: z.boolean(),
  revision: z.number().int(),
});
export const mentorListSchema = z.object({ items: z.array(mentorViewSchema), nextCursor: z.string().nullable() });

export const availabilityViewSchema = z.object({
  mentorId: z.string(),
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
  patterns: z.array(weeklyPatternSchema),
  exceptions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['blocked', 'extra']),
      startsAt: z.string(),
      endsAt: z.string(),
      slotMinutes: z.number().int().nullable(),
      note: z.string(),
    }),
  ),
});

export const slotViewSchema = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  /** the slot as read in Asia/Ho_Chi_Minh */
  localDate: z.string(),
  localStartTime: z.string(),
  localEndTime: z.string(),
});
export const slotListSchema = z.object({
  mentorId: z.string(),
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
  from: z.string(),
  to: z.string(),
  items: z.array(slotViewSchema),
});

export const bookingInputSchema = z.object({
  startupId: uuid,
  startsAt: isoDateTime,
  topic: text(300).min(3),
});
export const cancelBookingSchema = z.object({ reason: text(500).default('') });
export const meetingNotesSchema = z.object({ notes: text(10_000).min(1) });

export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;
export const bookingViewSchema = z.object({
  id: z.string(),
  mentor: z.object({ id: z.string(), name: z.string() }),
  startup: z.object({ id: z.string(), name: z.string() }),
  startsAt: z.string(),
  endsAt: z.string(),
  localDate: z.string(),
  localStartTime: z.string(),
  topic: z.string(),
  status: z.enum(BOOKING_STATUSES),
  cancelReason: z.string().nullable(),
  /** only for the mentor and the startup; null for anyone else, and before notes exist */
  notes: z.string().nullable(),
  notesUpdatedAt: z.string().nullable(),
  canCancel: z.boolean(),
  canWriteNotes: z.boolean(),
  createdAt: z.string(),
});
export const bookingListQuerySchema = pageQuerySchema.extend({
  startupId: uuid.optional(),
  mentorId: uuid.optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
});
export const bookingListSchema = z.object({ items: z.array(bookingViewSchema), nextCursor: z.string().nullable() });

export const calendarFeedInputSchema = z.object({
  ownerKind: z.enum(['mentor', 'startup']),
  ownerId: uuid,
});
/** The token is shown once, in this response; only its hash is stored. */
export const calendarFeedViewSchema = z.object({
  ownerKind: z.enum(['mentor', 'startup']),
  ownerId: z.string(),
  /** path under the gateway, e.g. /api/incubation/v1/calendars/<token>.ics */
  path: z.string(),
});

export type WeeklyPatternInput = z.infer<typeof weeklyPatternSchema>;
export type AvailabilityExceptionInput = z.infer<typeof availabilityExceptionSchema>;
export type MentorInput = z.infer<typeof mentorInputSchema>;
export type UpdateMentorInput = z.infer<typeof updateMentorSchema>;
export type AvailabilityInput = z.infer<typeof availabilityInputSchema>;
export type MentorListQuery = z.infer<typeof mentorListQuerySchema>;
export type SlotQuery = z.infer<typeof slotQuerySchema>;
export type MentorView = z.infer<typeof mentorViewSchema>;
export type MentorList = z.infer<typeof mentorListSchema>;
export type AvailabilityView = z.infer<typeof availabilityViewSchema>;
export type SlotView = z.infer<typeof slotViewSchema>;
export type SlotList = z.infer<typeof slotListSchema>;
export type BookingInput = z.infer<typeof bookingInputSchema>;
export type CancelBookingInput = z.infer<typeof cancelBookingSchema>;
export type MeetingNotesInput = z.infer<typeof meetingNotesSchema>;
export type BookingView = z.infer<typeof bookingViewSchema>;
export type BookingListQuery = z.infer<typeof bookingListQuerySchema>;
export type BookingList = z.infer<typeof bookingListSchema>;
export type CalendarFeedInput = z.infer<typeof calendarFeedInputSchema>;
export type CalendarFeedView = z.infer<typeof calendarFeedViewSchema>;
