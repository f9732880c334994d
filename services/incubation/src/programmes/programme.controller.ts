// /api/incubation/v1/programmes, /v1/programme-applications, /v1/cohorts — the call, applications,
// selection into a cohort (officers), a team's applications and cohorts.
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { UuidPipe } from '../shared/http.js';
import {
  cohortInputSchema,
  cohortListSchema,
  cohortViewSchema,
  programmeApplicationInputSchema,
  programmeApplicationListSchema,
  programmeApplicationViewSchema,
  programmeInputSchema,
  programmeListSchema,
  programmeViewSchema,
} from './programme.schema.js';
import { ProgrammeService } from './programme.service.js';

class ProgrammeInputDto extends createZodDto(programmeInputSchema) {}
class ProgrammeApplicationInputDto extends createZodDto(programmeApplicationInputSchema) {}
class CohortInputDto extends createZodDto(cohortInputSchema) {}
class ProgrammeViewDto extends createZodDto(programmeViewSchema) {}
class ProgrammeListDto extends createZodDto(programmeListSchema) {}
class ProgrammeApplicationViewDto extends createZodDto(programmeApplicationViewSchema) {}
class ProgrammeApplicationListDto extends createZodDto(programmeApplicationListSchema) {}
class CohortViewDto extends createZodDto(cohortViewSchema) {}
class CohortListDto extends createZodDto(cohortListSchema) {}

@ApiTags('programmes')
@Controller('v1')
export class ProgrammeController {
  constructor(private readonly programmes: ProgrammeService) {}

  @Get('programmes')
  @ZodResponse({ type: ProgrammeListDto })
  list(@CurrentUser({ optional: true }) user: Principal | undefined) {
    return this.programmes.list(user);
  }

  @Post('programmes')
  @Authenticated()
  @ZodResponse({ status: 201, type: ProgrammeViewDto })
  create(@CurrentUser() user: Principal, @Body() body: ProgrammeInputDto) {
    return this.programmes.create(user, body);
  }

  @Get('programmes/:id')
  @ZodResponse({ type: ProgrammeViewDto })
  get(@CurrentUser({ optional: true }) user: Principal | undefined, @Param('id', UuidPipe) id: string) {
    return this.programmes.get(user, id);
  }

  @Post('programmes/:id/open-call')
  @Authenticated()
  @HttpCode(200)
  @ZodResponse({ type: ProgrammeViewDto })
  openCall(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.programmes.transition(user, id, 'open_call');
  }

  @Post('programmes/:id/start-selection')
  @Authenticated()
  @HttpCode(200)
  @ZodResponse({ type: ProgrammeViewDto })
  startSelection(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.programmes.transition(user, id, 'start_selection');
  }

  @Post('programmes/:id/close')
  @Authenticated()
  @HttpCode(200)
  @ZodResponse({ type: ProgrammeViewDto })
  close(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.programmes.transition(user, id, 'close');
  }

  @Post('programmes/:id/applications')
  @Authenticated()
  @ZodResponse({ status: 201, type: ProgrammeApplicationViewDto })
  apply(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: ProgrammeApplicationInputDto) {
    return this.programmes.apply(user, id, body);
  }

  @Get('programmes/:id/applications')
  @Authenticated()
  @ApiOperation({ summary: 'Applications with the panel’s live ranking (officers)' })
  @ZodResponse({ type: ProgrammeApplicationListDto })
  applications(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.programmes.applications(user, id);
  }

  @Get('programme-applications/mine')
  @Authenticated()
  @ZodResponse({ type: ProgrammeApplicationListDto })
  mine(@CurrentUser() user: Principal) {
    return this.programmes.mine(user);
  }

  @Get('programme-applications/:id')
  @Authenticated()
  @ZodResponse({ type: ProgrammeApplicationViewDto })
  application(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.programmes.applicationView(user, id);
  }

  @Post('programmes/:id/cohorts')
  @Authenticated()
  @ApiOperation({ summary: 'Form the cohort from the selection (others: not selected); the programme starts' })
  @ZodResponse({ status: 201, type: CohortViewDto })
  formCohort(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: CohortInputDto) {
    return this.programmes.formCohort(user, id, body);
  }

  @Get('cohorts/mine')
  @Authenticated()
  @ZodResponse({ type: CohortListDto })
  myCohorts(@CurrentUser() user: Principal) {
    return this.programmes.myCohorts(user);
  }

  @Get('cohorts/:id')
  @Authenticated()
  @ZodResponse({ type: CohortViewDto })
  cohort(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.programmes.cohort(user, id);
  }
}
