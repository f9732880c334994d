// /api/incubation/v1/contests, /v1/rounds/:id/…, /v1/contest-applications — idea contests: setup and
// round steps (officers), applications (startup teams), rankings (officers; public once published).
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { UuidPipe } from '../shared/http.js';
import {
  applicationInputSchema,
  applicationListSchema,
  applicationViewSchema,
  carryOverInputSchema,
  contestInputSchema,
  contestListSchema,
  contestViewSchema,
  rankingSchema,
  roundApplicationListSchema,
  roundViewSchema,
} from './contest.schema.js';
import { ContestService } from './contest.service.js';

class ContestInputDto extends createZodDto(contestInputSchema) {}
class ApplicationInputDto extends createZodDto(applicationInputSchema) {}
class CarryOverInputDto extends createZodDto(carryOverInputSchema) {}
class ContestViewDto extends createZodDto(contestViewSchema) {}
class ContestListDto extends createZodDto(contestListSchema) {}
class RoundViewDto extends createZodDto(roundViewSchema) {}
class ApplicationViewDto extends createZodDto(applicationViewSchema) {}
class ApplicationListDto extends createZodDto(applicationListSchema) {}
class RoundApplicationListDto extends createZodDto(roundApplicationListSchema) {}
class RankingDto extends createZodDto(rankingSchema) {}

@ApiTags('contests')
@Controller('v1')
export class ContestController {
  constructor(private readonly contests: ContestService) {}

  @Get('contests')
  @ZodResponse({ type: ContestListDto })
  list(@CurrentUser({ optional: true }) user: Principal | undefined) {
    return this.contests.list(user);
  }

  @Post('contests')
  @Authenticated()
  @ApiOperation({ summary: 'Set up a contest with its form, eligibility, rubric, awards and rounds (officers)' })
  @ZodResponse({ status: 201, type: ContestViewDto })
  create(@CurrentUser() user: Principal, @Body() body: ContestInputDto) {
    return this.contests.create(user, body);
  }

  @Get('contests/:id')
  @ZodResponse({ type: ContestViewDto })
  get(@CurrentUser({ optional: true }) user: Principal | undefined, @Param('id', UuidPipe) id: string) {
    return this.contests.get(user, id);
  }

  @Post('rounds/:id/open')
  @Authenticated()
  @HttpCode(200)
  @ZodResponse({ type: RoundViewDto })
  open(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.contests.transition(user, id, 'open');
  }

  @Post('rounds/:id/start-judging')
  @Authenticated()
  @HttpCode(200)
  @ZodResponse({ type: RoundViewDto })
  startJudging(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.contests.transition(user, id, 'start_judging');
  }

  @Post('rounds/:id/publish-results')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Rank, award and publish; refused while a sheet is open (every applicant gets feedback)' })
  @ZodResponse({ type: RoundViewDto })
  publish(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.contests.transition(user, id, 'publish_results');
  }

  @Get('rounds/:id/applications')
  @Authenticated()
  @ZodResponse({ type: RoundApplicationListDto })
  roundApplications(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.contests.roundApplications(user, id);
  }

  @Get('rounds/:id/ranking')
  @ApiOperation({ summary: 'The ranking with its tie-break rule (officers while judging; everyone once published)' })
  @ZodResponse({ type: RankingDto })
  ranking(@CurrentUser({ optional: true }) user: Principal | undefined, @Param('id', UuidPipe) id: string) {
    return this.contests.ranking(user, id);
  }

  @Post('rounds/:id/applications')
  @Authenticated()
  @ApiOperation({ summary: 'Apply with a startup the caller acts for; eligibility is checked at once' })
  @ZodResponse({ status: 201, type: ApplicationViewDto })
  apply(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: ApplicationInputDto) {
    return this.contests.apply(user, id, body);
  }

  @Get('contest-applications/mine')
  @Authenticated()
  @ZodResponse({ type: ApplicationListDto })
  mine(@CurrentUser() user: Principal) {
    return this.contests.mine(user);
  }

  @Get('contest-applications/:id')
  @Authenticated()
  @ZodResponse({ type: ApplicationViewDto })
  application(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.contests.applicationView(user, id);
  }

  @Post('contest-applications/:id/carry-over')
  @Authenticated()
  @ApiOperation({ summary: 'Carry a commune-round application on to the province round (top entries)' })
  @ZodResponse({ status: 201, type: ApplicationViewDto })
  carryOver(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: CarryOverInputDto) {
    return this.contests.carryOver(user, id, body.roundId);
  }
}
