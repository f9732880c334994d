// /api/initiatives/v1/campaigns — campaign setup (owning organisation's officers, admins), reading
// (signed-in users), and /my/councils for council members.
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import {
  campaignListQuerySchema,
  campaignListSchema,
  campaignViewSchema,
  councilInputSchema,
  createCampaignSchema,
  myCouncilSchema,
  rubricRevisionSchema,
  updateCampaignSchema,
} from './campaign.schema.js';
import { CampaignService } from './campaign.service.js';

export class CreateCampaignDto extends createZodDto(createCampaignSchema) {}
export class UpdateCampaignDto extends createZodDto(updateCampaignSchema) {}
export class RubricRevisionDto extends createZodDto(rubricRevisionSchema) {}
export class CouncilInputDto extends createZodDto(councilInputSchema) {}
export class CampaignListQueryDto extends createZodDto(campaignListQuerySchema) {}
export class CampaignViewDto extends createZodDto(campaignViewSchema) {}
export class CampaignListDto extends createZodDto(campaignListSchema) {}
export class MyCouncilDto extends createZodDto(myCouncilSchema) {}

@ApiTags('campaigns')
@Controller('v1')
export class CampaignController {
  constructor(private readonly campaigns: CampaignService) {}

  @Get('campaigns')
  @ApiOperation({ summary: 'Campaigns: open ones for authors; drafts only for their managers and council' })
  @ZodResponse({ type: CampaignListDto })
  list(@CurrentUser() user: Principal, @Query() query: CampaignListQueryDto) {
    return this.campaigns.list(toActor(user), query);
  }

  @Post('campaigns')
  @ApiOperation({ summary: 'Create a draft campaign (officer of the owning organisation, or admin)' })
  @ZodResponse({ status: 201, type: CampaignViewDto })
  create(@CurrentUser() user: Principal, @Body() body: CreateCampaignDto) {
    return this.campaigns.create(toActor(user), body);
  }

  @Get('campaigns/:id')
  @ZodResponse({ type: CampaignViewDto })
  get(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.campaigns.get(toActor(user), id);
  }

  @Patch('campaigns/:id')
  @ZodResponse({ type: CampaignViewDto })
  update(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: UpdateCampaignDto) {
    return this.campaigns.update(toActor(user), id, body);
  }

  @Put('campaigns/:id/rubric')
  @ApiOperation({ summary: 'Revise the rubric (new version) while the campaign is a draft' })
  @ZodResponse({ type: CampaignViewDto })
  rubric(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: RubricRevisionDto) {
    return this.campaigns.reviseRubric(toActor(user), id, body);
  }

  @Put('campaigns/:id/council')
  @ApiOperation({ summary: 'Appoint the council: one chair, secretaries, reviewers' })
  @ZodResponse({ type: CampaignViewDto })
  council(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: CouncilInputDto) {
    return this.campaigns.appointCouncil(toActor(user), id, body);
  }

  @Post('campaigns/:id/open')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open the campaign for submissions; its rubric version is fixed from here on' })
  @ZodResponse({ type: CampaignViewDto })
  open(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.campaigns.open(toActor(user), id);
  }

  @Get('my/councils')
  @ApiOperation({ summary: 'Campaigns where I am chair, secretary or reviewer' })
  @ZodResponse({ type: MyCouncilDto })
  myCouncils(@CurrentUser() user: Principal) {
    return this.campaigns.myCouncils(toActor(user));
  }
}
