// /api/incubation/v1 — mentors, their availability and free slots, bookings, meeting notes, and
// the token-authenticated iCalendar feeds.
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal, problem } from '@sti/platform';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { UuidPipe } from '../shared/http.js';
import {
  availabilityInputSchema,
  availabilityViewSchema,
  bookingInputSchema,
  bookingListQuerySchema,
  bookingListSchema,
  bookingViewSchema,
  calendarFeedInputSchema,
  calendarFeedViewSchema,
  cancelBookingSchema,
  meetingNotesSchema,
  mentorInputSchema,
  mentorListQuerySchema,
  mentorListSchema,
  mentorViewSchema,
  slotListSchema,
  slotQuerySchema,
  updateMentorSchema,
} from './mentor.schema.js';
import { MentorService } from './mentor.service.js';

class MentorInputDto extends createZodDto(mentorInputSchema) {}
class UpdateMentorDto extends createZodDto(updateMentorSchema) {}
class MentorListQueryDto extends createZodDto(mentorListQuerySchema) {}
class MentorViewDto extends createZodDto(mentorViewSchema) {}
class MentorListDto extends createZodDto(mentorListSchema) {}
class MyMentorDto extends createZodDto(z.object({ mentor: mentorViewSchema.nullable() })) {}
class AvailabilityInputDto extends createZodDto(availabilityInputSchema) {}
class AvailabilityViewDto extends createZodDto(availabilityViewSchema) {}
class SlotQueryDto extends createZodDto(slotQuerySchema) {}
class SlotListDto extends createZodDto(slotListSchema) {}
class BookingInputDto extends createZodDto(bookingInputSchema) {}
class BookingViewDto extends createZodDto(bookingViewSchema) {}
class BookingListQueryDto extends createZodDto(bookingListQuerySchema) {}
class BookingListDto extends createZodDto(bookingListSchema) {}
class CancelBookingDto extends createZodDto(cancelBookingSchema) {}
class MeetingNotesDto extends createZodDto(meetingNotesSchema) {}
class CalendarFeedInputDto extends createZodDto(calendarFeedInputSchema) {}
class CalendarFeedViewDto extends createZodDto(calendarFeedViewSchema) {}

@ApiTags('mentors')
@Controller('v1')
export class MentorController {
  constructor(private readonly mentors: MentorService) {}

  @Get('mentors')
  @ApiOperation({ summary: 'Mentors (active ones; officers see all), filtered by expertise, language, sector' })
  @ZodResponse({ type: MentorListDto })
  list(@CurrentUser() user: Principal, @Query() query: MentorListQueryDto) {
    return this.mentors.list(user, query);
  }

  @Post('mentors')
  @ApiOperation({ summary: 'Add a mentor (programme officers)' })
  @ZodResponse({ status: 201, type: MentorViewDto })
  create(@CurrentUser() user: Principal, @Body() body: MentorInputDto) {
    return this.mentors.create(user, body);
  }

  @Get('mentors/me')
  @ApiOperation({ summary: 'The mentor profile linked to my account, if any' })
  @ZodResponse({ type: MyMentorDto })
  async me(@CurrentUser() user: Principal) {
    return { mentor: await this.mentors.me(user) };
  }

  @Get('mentors/:id')
  @ZodResponse({ type: MentorViewDto })
  get(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.mentors.get(user, id);
  }

  @Patch('mentors/:id')
  @ApiOperation({ summary: 'Edit a mentor profile (officers, or the mentor themself)' })
  @ZodResponse({ type: MentorViewDto })
  update(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: UpdateMentorDto) {
    return this.mentors.update(user, id, body);
  }

  @Get('mentors/:id/availability')
  @ApiOperation({ summary: 'Weekly patterns (local Asia/Ho_Chi_Minh times) and exceptions (UTC)' })
  @ZodResponse({ type: AvailabilityViewDto })
  availability(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.mentors.availability(user, id);
  }

  @Put('mentors/:id/availability')
  @ApiOperation({ summary: 'Replace the weekly patterns and exceptions (officers, or the mentor)' })
  @ZodResponse({ type: AvailabilityViewDto })
  setAvailability(
    @CurrentUser() user: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: AvailabilityInputDto,
  ) {
    return this.mentors.setAvailability(user, id, body);
  }

  @Get('mentors/:id/slots')
  @ApiOperation({ summary: 'Free slots between from and to (default: the next 28 days; at most 92)' })
  @ZodResponse({ type: SlotListDto })
  slots(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Query() query: SlotQueryDto) {
    return this.mentors.slots(user, id, query);
  }

  @Post('mentors/:id/bookings')
  @ApiOperation({ summary: 'Book a free slot for my startup (409 slot_taken when someone was faster)' })
  @ZodResponse({ status: 201, type: BookingViewDto })
  book(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: BookingInputDto) {
    return this.mentors.book(user, id, body);
  }

  @Get('mentor-bookings')
  @ApiOperation({ summary: 'Bookings I may see: a mentor their own, a team its startups’, officers all' })
  @ZodResponse({ type: BookingListDto })
  bookings(@CurrentUser() user: Principal, @Query() query: BookingListQueryDto) {
    return this.mentors.listBookings(user, query);
  }

  @Get('mentor-bookings/:id')
  @ZodResponse({ type: BookingViewDto })
  booking(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.mentors.getBooking(user, id);
  }

  @Post('mentor-bookings/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel before the session starts (either side, or an officer)' })
  @ZodResponse({ type: BookingViewDto })
  cancel(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: CancelBookingDto) {
    return this.mentors.cancel(user, id, body.reason);
  }

  @Put('mentor-bookings/:id/notes')
  @ApiOperation({ summary: 'The mentor’s meeting notes, shared with the startup only' })
  @ZodResponse({ type: BookingViewDto })
  notes(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: MeetingNotesDto) {
    return this.mentors.writeNotes(user, id, body.notes);
  }

  @Post('calendar-feeds')
  @ApiOperation({
    summary: 'A new secret iCalendar address for my mentor calendar or my startup’s (replaces the old one)',
  })
  @ZodResponse({ status: 201, type: CalendarFeedViewDto })
  createFeed(@CurrentUser() user: Principal, @Body() body: CalendarFeedInputDto) {
    return this.mentors.createFeed(user, body);
  }

  @Get('calendars/:file')
  @ApiOperation({ summary: 'iCalendar feed; the token in the address is the credential (no sign-in)' })
  async calendar(@Param('file') file: string, @Res() reply: FastifyReply) {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    if (!token) throw problem('not_found');
    const body = await this.mentors.feed(token);
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .send(body);
  }
}
