// /api/initiatives/v1/submissions — authors' own submissions; the campaign's staff read them all.
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import {
  appealSchema,
  campaignSubmissionsQuerySchema,
  createSubmissionSchema,
  submissionListSchema,
  submissionViewSchema,
  updateSubmissionSchema,
  withdrawSchema,
} from './submission.schema.js';
import { SubmissionService } from './submission.service.js';

export class CreateSubmissionDto extends createZodDto(createSubmissionSchema) {}
export class UpdateSubmissionDto extends createZodDto(updateSubmissionSchema) {}
export class WithdrawDto extends createZodDto(withdrawSchema) {}
export class AppealDto extends createZodDto(appealSchema) {}
export class SubmissionViewDto extends createZodDto(submissionViewSchema) {}
export class SubmissionListDto extends createZodDto(submissionListSchema) {}
export class CampaignSubmissionsQueryDto extends createZodDto(campaignSubmissionsQuerySchema) {}

@ApiTags('submissions')
@Controller('v1')
export class SubmissionController {
  constructor(private readonly submissions: SubmissionService) {}

  @Post('submissions')
  @ApiOperation({ summary: 'Start a submission (a draft) in an open campaign' })
  @ZodResponse({ status: 201, type: SubmissionViewDto })
  create(@CurrentUser() user: Principal, @Body() body: CreateSubmissionDto) {
    return this.submissions.create(toActor(user), body);
  }

  @Get('my/submissions')
  @ApiOperation({ summary: 'The submissions I own or co-author' })
  @ZodResponse({ type: SubmissionListDto })
  mine(@CurrentUser() user: Principal) {
    return this.submissions.listMine(toActor(user));
  }

  @Get('submissions/:id')
  @ApiOperation({ summary: 'One submission: for its authors and the campaign’s secretary, chair and managers' })
  @ZodResponse({ type: SubmissionViewDto })
  get(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.submissions.get(toActor(user), id);
  }

  @Patch('submissions/:id')
  @ZodResponse({ type: SubmissionViewDto })
  update(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: UpdateSubmissionDto) {
    return this.submissions.update(toActor(user), id, body);
  }

  @Post('submissions/:id/submit')
  @HttpCode(200)
  @ZodResponse({ type: SubmissionViewDto })
  submit(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.submissions.submit(toActor(user), id);
  }

  @Post('submissions/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw before review' })
  @ZodResponse({ type: SubmissionViewDto })
  withdraw(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: WithdrawDto) {
    return this.submissions.withdraw(toActor(user), id, body.reason);
  }

  @Post('submissions/:id/appeal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Appeal a "not recognised" decision within the campaign’s appeal days' })
  @ZodResponse({ type: SubmissionViewDto })
  appeal(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: AppealDto) {
    return this.submissions.appeal(toActor(user), id, body.reason);
  }

  @Get('campaigns/:id/submissions')
  @ApiOperation({ summary: 'The campaign’s submissions (secretary, chair, managers), optionally by state' })
  @ZodResponse({ type: SubmissionListDto })
  forCampaign(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Query() query: CampaignSubmissionsQueryDto,
  ) {
    return this.submissions.listForCampaign(toActor(user), id, query.state);
  }
}
