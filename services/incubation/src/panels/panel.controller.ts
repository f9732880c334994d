// Panels: /v1/rounds/:id/jury and /v1/programmes/:id/panel (officers: members, assignment runs) and
// /v1/jury/assignments (a juror's own assignments, the scoring form, conflict declarations).
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { UuidPipe } from '../shared/http.js';
import {
  assignInputSchema,
  assignmentRunSchema,
  conflictInputSchema,
  juryAssignmentDetailSchema,
  juryAssignmentListSchema,
  panelInputSchema,
  panelViewSchema,
  scoreSheetInputSchema,
} from './panel.schema.js';
import { PanelService } from './panel.service.js';

class PanelInputDto extends createZodDto(panelInputSchema) {}
class AssignInputDto extends createZodDto(assignInputSchema) {}
class ScoreSheetInputDto extends createZodDto(scoreSheetInputSchema) {}
class ConflictInputDto extends createZodDto(conflictInputSchema) {}
class PanelViewDto extends createZodDto(panelViewSchema) {}
class AssignmentRunDto extends createZodDto(assignmentRunSchema) {}
class JuryAssignmentListDto extends createZodDto(juryAssignmentListSchema) {}
class JuryAssignmentDetailDto extends createZodDto(juryAssignmentDetailSchema) {}

@ApiTags('jury')
@Controller('v1')
@Authenticated()
export class PanelController {
  constructor(private readonly panels: PanelService) {}

  @Get('rounds/:id/jury')
  @ZodResponse({ type: PanelViewDto })
  roundJury(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.panels.viewFor(user, 'contest_round', id);
  }

  @Put('rounds/:id/jury')
  @ApiOperation({ summary: 'Appoint the round’s jury (≥ 3 jurors) and the jurors per application' })
  @ZodResponse({ type: PanelViewDto })
  setRoundJury(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: PanelInputDto) {
    return this.panels.setMembers(user, 'contest_round', id, body);
  }

  @Post('rounds/:id/assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Randomised balanced assignment without conflicts (shared review engine)' })
  @ZodResponse({ type: AssignmentRunDto })
  assignRound(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: AssignInputDto) {
    return this.panels.assign(user, 'contest_round', id, body?.seed);
  }

  @Get('programmes/:id/panel')
  @ZodResponse({ type: PanelViewDto })
  programmePanel(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.panels.viewFor(user, 'programme', id);
  }

  @Put('programmes/:id/panel')
  @ZodResponse({ type: PanelViewDto })
  setProgrammePanel(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: PanelInputDto) {
    return this.panels.setMembers(user, 'programme', id, body);
  }

  @Post('programmes/:id/assign')
  @HttpCode(200)
  @ZodResponse({ type: AssignmentRunDto })
  assignProgramme(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: AssignInputDto) {
    return this.panels.assign(user, 'programme', id, body?.seed);
  }

  @Get('jury/assignments')
  @ApiOperation({ summary: 'The caller’s own assignments (contest rounds and programme selection)' })
  @ZodResponse({ type: JuryAssignmentListDto })
  mine(@CurrentUser() user: Principal) {
    return this.panels.myAssignments(user);
  }

  @Get('jury/assignments/:id')
  @ZodResponse({ type: JuryAssignmentDetailDto })
  detail(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.panels.detail(user, id);
  }

  @Put('jury/assignments/:id/sheet')
  @ApiOperation({ summary: 'Save a draft or submit the final sheet (every criterion, written feedback)' })
  @ZodResponse({ type: JuryAssignmentDetailDto })
  sheet(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: ScoreSheetInputDto) {
    return this.panels.saveSheet(user, id, body);
  }

  @Post('jury/assignments/:id/conflict')
  @HttpCode(204)
  @ApiOperation({ summary: 'Declare a conflict of interest: the application goes to another juror' })
  async conflict(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: ConflictInputDto) {
    await this.panels.declareConflict(user, id, body.reason);
  }
}
