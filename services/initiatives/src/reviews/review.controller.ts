// Reviewer routes (blind: every response is serialised through the reviewer-facing schemas) and the
// council's results, round closing and re-opening.
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import {
  assignmentDetailSchema,
  campaignResultsSchema,
  myAssignmentListSchema,
  reopenSchema,
  sheetInputSchema,
} from './review.schema.js';
import { ReviewService } from './review.service.js';

export class AssignmentDetailDto extends createZodDto(assignmentDetailSchema) {}
export class MyAssignmentListDto extends createZodDto(myAssignmentListSchema) {}
export class SheetInputDto extends createZodDto(sheetInputSchema) {}
export class CampaignResultsDto extends createZodDto(campaignResultsSchema) {}
export class ReopenDto extends createZodDto(reopenSchema) {}

@ApiTags('reviews')
@Controller('v1')
export class ReviewController {
  constructor(private readonly reviews: ReviewService) {}

  @Get('my/assignments')
  @ApiOperation({ summary: 'My assignments with due dates (titles redacted in blind campaigns)' })
  @ZodResponse({ type: MyAssignmentListDto })
  mine(@CurrentUser() user: Principal) {
    return this.reviews.myAssignments(toActor(user));
  }

  @Get('assignments/:id')
  @ApiOperation({ summary: 'The blind view of the submission, the rubric with its bands, and my sheet' })
  @ZodResponse({ type: AssignmentDetailDto })
  detail(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.reviews.detail(toActor(user), id);
  }

  @Put('assignments/:id/sheet')
  @ApiOperation({ summary: 'Save my score sheet as a draft' })
  @ZodResponse({ type: AssignmentDetailDto })
  saveDraft(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: SheetInputDto) {
    return this.reviews.saveSheet(toActor(user), id, body, false);
  }

  @Post('assignments/:id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit my score sheet as final (every criterion, within the rubric’s ranges)' })
  @ZodResponse({ type: AssignmentDetailDto })
  submit(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: SheetInputDto) {
    return this.reviews.saveSheet(toActor(user), id, body, true);
  }

  @Get('campaigns/:id/results')
  @ApiOperation({ summary: 'Aggregated results (secretary/chair; reviewers once the round is closed)' })
  @ZodResponse({ type: CampaignResultsDto })
  results(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.reviews.results(toActor(user), id);
  }

  @Post('campaigns/:id/round/close')
  @HttpCode(200)
  @ZodResponse({ type: CampaignResultsDto })
  close(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.reviews.closeRound(toActor(user), id);
  }

  @Post('submissions/:id/scoring/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-open one submission’s scoring (its final sheets become drafts)' })
  @ZodResponse({ type: CampaignResultsDto })
  reopen(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: ReopenDto) {
    return this.reviews.reopen(toActor(user), id, body.reason);
  }
}
