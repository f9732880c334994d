// Decision routes: the secretary drafts, the chair approves; the campaign's staff read them.
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import { decisionDraftSchema, decisionListSchema, decisionViewSchema } from './decision.schema.js';
import { DecisionService } from './decision.service.js';

export class DecisionDraftDto extends createZodDto(decisionDraftSchema) {}
export class DecisionViewDto extends createZodDto(decisionViewSchema) {}
export class DecisionListDto extends createZodDto(decisionListSchema) {}

@ApiTags('decisions')
@Controller('v1/campaigns/:id/decision')
export class DecisionController {
  constructor(private readonly decisions: DecisionService) {}

  @Get()
  @ApiOperation({ summary: 'The campaign’s decisions (initial and appeal), drafts included, for its staff' })
  @ZodResponse({ type: DecisionListDto })
  list(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.decisions.list(toActor(user), id);
  }

  @Post()
  @ApiOperation({ summary: 'Draft the decision from the aggregated scores (secretary; round closed)' })
  @ZodResponse({ status: 201, type: DecisionViewDto })
  draft(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: DecisionDraftDto) {
    return this.decisions.draft(toActor(user), id, body);
  }

  @Post('approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve the draft (chair): certificates issued, repository records published' })
  @ZodResponse({ type: DecisionViewDto })
  approve(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.decisions.approve(toActor(user), id);
  }
}
