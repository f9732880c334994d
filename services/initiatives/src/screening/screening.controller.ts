// Screening routes (the campaign's secretary): gate answers, then the screening decision.
import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import { SubmissionViewDto } from '../submissions/submission.controller.js';
import { gateAnswersInputSchema, screeningDecisionSchema } from './screening.schema.js';
import { ScreeningService } from './screening.service.js';

export class GateAnswersDto extends createZodDto(gateAnswersInputSchema) {}
export class ScreeningDecisionDto extends createZodDto(screeningDecisionSchema) {}

@ApiTags('screening')
@Controller('v1/submissions')
export class ScreeningController {
  constructor(private readonly screening: ScreeningService) {}

  @Put(':id/gates')
  @ApiOperation({ summary: 'Answer the legal gates (yes/no with a reason); starts screening' })
  @ZodResponse({ type: SubmissionViewDto })
  gates(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: GateAnswersDto) {
    return this.screening.answerGates(toActor(user), id, body);
  }

  @Post(':id/screening')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide the screening: to review (all gates pass), reject, or redirect to IP support' })
  @ZodResponse({ type: SubmissionViewDto })
  decide(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: ScreeningDecisionDto) {
    return this.screening.decide(toActor(user), id, body);
  }
}
