// Assignment routes: the secretary's automatic and manual assignment, the progress board and
// reminders; the reviewer's conflict declaration.
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { conflictDeclarationSchema, conflictResultSchema } from '../reviews/review.schema.js';
import { IdPipe, toActor } from '../shared/http.js';
import {
  assignmentBoardSchema,
  autoAssignResultSchema,
  manualAssignmentSchema,
  reminderResultSchema,
} from './assignment.schema.js';
import { AssignmentService } from './assignment.service.js';

export class ManualAssignmentDto extends createZodDto(manualAssignmentSchema) {}
export class AssignmentBoardDto extends createZodDto(assignmentBoardSchema) {}
export class AutoAssignResultDto extends createZodDto(autoAssignResultSchema) {}
export class ReminderResultDto extends createZodDto(reminderResultSchema) {}
export class ConflictDeclarationDto extends createZodDto(conflictDeclarationSchema) {}
export class ConflictResultDto extends createZodDto(conflictResultSchema) {}

@ApiTags('assignments')
@Controller('v1')
export class AssignmentController {
  constructor(private readonly assignments: AssignmentService) {}

  @Post('campaigns/:id/assignments/auto')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign reviewers automatically: balanced, randomised, conflict-free' })
  @ZodResponse({ type: AutoAssignResultDto })
  auto(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.assignments.autoAssign(toActor(user), id);
  }

  @Post('campaigns/:id/assignments')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign one reviewer by hand (refused on a conflict of interest)' })
  @ZodResponse({ type: AssignmentBoardDto })
  manual(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: ManualAssignmentDto) {
    return this.assignments.assignManually(toActor(user), id, body);
  }

  @Get('campaigns/:id/assignments')
  @ApiOperation({ summary: 'The progress board: per submission and per reviewer, with due dates' })
  @ZodResponse({ type: AssignmentBoardDto })
  board(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.assignments.board(toActor(user), id);
  }

  @Post('campaigns/:id/assignments/remind')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remind reviewers whose sheets are due soon (in-app notifications)' })
  @ZodResponse({ type: ReminderResultDto })
  remind(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.assignments.remind(toActor(user), id);
  }

  @Post('assignments/:id/conflict')
  @HttpCode(200)
  @ApiOperation({ summary: 'Declare a conflict of interest: the assignment goes to another reviewer' })
  @ZodResponse({ type: ConflictResultDto })
  declareConflict(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Body() body: ConflictDeclarationDto,
  ) {
    return this.assignments.declareConflict(toActor(user), id, body.reason);
  }
}
