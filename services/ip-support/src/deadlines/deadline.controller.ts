// /api/ip-support/v1/deadlines, /deadline-rules, /holidays, /deadline-reminders, /calendar-feed and
// the public (token-addressed) /calendar/<token>.ics.
import {
  Body,
  Controller,
  Inject,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal, problem } from '@sti/platform';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { HolidayService } from '../holidays/holiday.service.js';
import { IdPipe, toActor } from '../shared/http.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { DeadlineRuleService } from './deadline-rule.service.js';
import {
  calendarFeedStatusSchema,
  calendarFeedTokenSchema,
  deadlineListSchema,
  deadlineRuleInputSchema,
  deadlineRuleListSchema,
  dueSoonQuerySchema,
  holidayOverviewSchema,
  holidayProposalSchema,
  holidayVersionsSchema,
  organisationDeadlinesQuerySchema,
  organisationQuerySchema,
  publishedHolidayTableSchema,
  publishedRuleSchema,
  publishHolidayTableSchema,
  recomputationSchema,
  reminderSettingsSchema,
  updateReminderSettingsSchema,
} from './deadline.schema.js';
import { DeadlineService } from './deadline.service.js';
import { assertAdmin } from './deadline-access.js';
import { ReminderService } from './reminder.service.js';

export class DeadlineListDto extends createZodDto(deadlineListSchema) {}
export class DueSoonQueryDto extends createZodDto(dueSoonQuerySchema) {}
export class OrganisationDeadlinesQueryDto extends createZodDto(organisationDeadlinesQuerySchema) {}
export class DeadlineRuleInputDto extends createZodDto(deadlineRuleInputSchema) {}
export class DeadlineRuleListDto extends createZodDto(deadlineRuleListSchema) {}
export class PublishedRuleDto extends createZodDto(publishedRuleSchema) {}
export class RecomputationDto extends createZodDto(recomputationSchema) {}
export class HolidayOverviewDto extends createZodDto(holidayOverviewSchema) {}
export class HolidayVersionsDto extends createZodDto(holidayVersionsSchema) {}
export class HolidayProposalDto extends createZodDto(holidayProposalSchema) {}
export class PublishHolidayTableDto extends createZodDto(publishHolidayTableSchema) {}
export class PublishedHolidayTableDto extends createZodDto(publishedHolidayTableSchema) {}
export class ReminderSettingsDto extends createZodDto(reminderSettingsSchema) {}
export class UpdateReminderSettingsDto extends createZodDto(updateReminderSettingsSchema) {}
export class OrganisationQueryDto extends createZodDto(organisationQuerySchema) {}
export class CalendarFeedStatusDto extends createZodDto(calendarFeedStatusSchema) {}
export class CalendarFeedTokenDto extends createZodDto(calendarFeedTokenSchema) {}

const iso = <T extends { createdAt: Date }>(x: T) => ({ ...x, createdAt: x.createdAt.toISOString() });
const YEAR = new ParseIntPipe({ exceptionFactory: () => problem('not_found') });

@ApiTags('deadlines')
@Authenticated()
@Controller('v1')
export class DeadlineController {
  constructor(
    @Inject(DeadlineService) private readonly deadlines: DeadlineService,
    @Inject(DeadlineRuleService) private readonly rules: DeadlineRuleService,
    @Inject(HolidayService) private readonly holidays: HolidayService,
    @Inject(ReminderService) private readonly reminders: ReminderService,
    @Inject(CalendarFeedService) private readonly feeds: CalendarFeedService,
  ) {}

  @Get('deadlines/due-soon')
  @ApiOperation({ summary: 'Officers: open deadlines due in the next N days (default 30) across organisations' })
  @ZodResponse({ type: DeadlineListDto })
  dueSoon(@CurrentUser() user: Principal, @Query() query: DueSoonQueryDto) {
    return this.deadlines.dueSoon(toActor(user), query);
  }

  @Get('deadlines')
  @ApiOperation({ summary: "An organisation's deadlines (a business: its own; officers: any organisationId)" })
  @ZodResponse({ type: DeadlineListDto })
  list(@CurrentUser() user: Principal, @Query() query: OrganisationDeadlinesQueryDto) {
    return this.deadlines.forOrganisation(toActor(user), query);
  }

  @Get('deadlines/by-filing/:filingId')
  @ApiOperation({ summary: 'Every deadline of one filing (its organisation, officers)' })
  @ZodResponse({ type: DeadlineListDto })
  byFiling(@CurrentUser() user: Principal, @Param('filingId', IdPipe) filingId: string) {
    return this.deadlines.forFiling(toActor(user), filingId);
  }

  @Post('deadlines/recompute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Admins: recompute every filing’s deadlines now' })
  @ZodResponse({ type: RecomputationDto })
  recompute(@CurrentUser() user: Principal) {
    assertAdmin(toActor(user));
    return this.deadlines.recomputeAll('requested by an admin');
  }

  @Get('deadline-rules')
  @ApiOperation({ summary: 'The statutory deadline rules, every version' })
  @ZodResponse({ type: DeadlineRuleListDto })
  async listRules() {
    return { items: (await this.rules.list()).map(iso) };
  }

  @Post('deadline-rules')
  @ApiOperation({ summary: 'Admins: a new version of a rule (or a new rule), in force from its date' })
  @ZodResponse({ status: 201, type: PublishedRuleDto })
  async publishRule(@CurrentUser() user: Principal, @Body() body: DeadlineRuleInputDto) {
    const { rule, recomputation } = await this.rules.publish(toActor(user), body);
    return { rule: iso(rule), recomputation };
  }

  @Get('holidays')
  @ApiOperation({ summary: 'The public-holiday tables in force per year, and versions scheduled for later' })
  @ZodResponse({ type: HolidayOverviewDto })
  async holidayOverview() {
    const { inForce, scheduled } = await this.holidays.overview();
    return { inForce: inForce.map(iso), scheduled: scheduled.map(iso) };
  }

  @Get('holidays/:year')
  @ZodResponse({ type: HolidayVersionsDto })
  async holidayVersions(@Param('year', YEAR) year: number) {
    return { items: (await this.holidays.versions(year)).map(iso) };
  }

  @Get('holidays/:year/proposal')
  @ApiOperation({ summary: 'The days the Labour Code’s rules give for a year (lunar dates computed), to start from' })
  @ZodResponse({ type: HolidayProposalDto })
  holidayProposal(@Param('year', YEAR) year: number) {
    if (year < 2000 || year > 2100) throw problem('not_found');
    return { ...this.holidays.proposal(year), source: 'generated' as const };
  }

  @Post('holidays')
  @ApiOperation({ summary: 'Admins: a new version of a year’s table; deadlines move when it is in force' })
  @ZodResponse({ status: 201, type: PublishedHolidayTableDto })
  async publishHolidays(@CurrentUser() user: Principal, @Body() body: PublishHolidayTableDto) {
    const { table, recomputation } = await this.holidays.publish(toActor(user), body);
    return { table: iso(table), recomputation };
  }

  @Get('deadline-reminders/settings')
  @ZodResponse({ type: ReminderSettingsDto })
  reminderSettings(@CurrentUser() user: Principal, @Query() query: OrganisationQueryDto) {
    return this.reminders.settings(toActor(user), query.organisationId);
  }

  @Put('deadline-reminders/settings')
  @ApiOperation({ summary: 'Reminder offsets (days before) and e-mail of an organisation; admins: the default (*)' })
  @ZodResponse({ type: ReminderSettingsDto })
  updateReminderSettings(@CurrentUser() user: Principal, @Body() body: UpdateReminderSettingsDto) {
    return this.reminders.updateSettings(toActor(user), body);
  }

  @Get('calendar-feed')
  @ZodResponse({ type: CalendarFeedStatusDto })
  feedStatus(@CurrentUser() user: Principal, @Query() query: OrganisationQueryDto) {
    return this.feeds.status(toActor(user), query.organisationId);
  }

  @Post('calendar-feed')
  @ApiOperation({ summary: 'A new secret feed address (the old one stops working); shown once' })
  @ZodResponse({ status: 201, type: CalendarFeedTokenDto })
  rotateFeed(@CurrentUser() user: Principal, @Query() query: OrganisationQueryDto) {
    return this.feeds.rotate(toActor(user), query.organisationId);
  }

  @Delete('calendar-feed')
  @HttpCode(204)
  async revokeFeed(@CurrentUser() user: Principal, @Query() query: OrganisationQueryDto) {
    await this.feeds.revoke(toActor(user), query.organisationId);
  }
}

/** The feed itself: no sign-in (calendar apps cannot), the unguessable token is the key. */
@ApiTags('deadlines')
@Controller('v1/calendar')
export class CalendarFeedController {
  constructor(@Inject(CalendarFeedService) private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  @ApiOperation({ summary: 'An organisation’s deadlines as iCalendar (`<token>.ics`)' })
  async feed(@Param('file') file: string, @Res() reply: FastifyReply) {
    if (!file.endsWith('.ics')) throw problem('not_found');
    const body = await this.feeds.render(file.slice(0, -4));
    return reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', 'inline; filename="thoi-han-shtt.ics"')
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, max-age=300')
      .header('Referrer-Policy', 'no-referrer')
      .send(body);
  }
}
