// /api/ip-support/v1/checklists — the per-right checklists (read: signed-in users; publish: admins).
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { toActor } from '../shared/http.js';
import {
  checklistCurrentQuerySchema,
  checklistListQuerySchema,
  checklistListSchema,
  checklistViewSchema,
  publishChecklistSchema,
} from './checklist.schema.js';
import { ChecklistService } from './checklist.service.js';

export class PublishChecklistDto extends createZodDto(publishChecklistSchema) {}
export class ChecklistListQueryDto extends createZodDto(checklistListQuerySchema) {}
export class ChecklistCurrentQueryDto extends createZodDto(checklistCurrentQuerySchema) {}
export class ChecklistViewDto extends createZodDto(checklistViewSchema) {}
export class ChecklistListDto extends createZodDto(checklistListSchema) {}

@ApiTags('checklists')
@Authenticated()
@Controller('v1/checklists')
export class ChecklistController {
  constructor(private readonly checklists: ChecklistService) {}

  @Get()
  @ApiOperation({ summary: 'Every checklist version (optionally of one right), newest first' })
  @ZodResponse({ type: ChecklistListDto })
  async list(@Query() query: ChecklistListQueryDto) {
    return { items: await this.checklists.list(query.right) };
  }

  @Get('current')
  @ApiOperation({ summary: 'The checklist version in force on a day (default today)' })
  @ZodResponse({ type: ChecklistViewDto })
  current(@Query() query: ChecklistCurrentQueryDto) {
    return this.checklists.inForce(query.right, query.on);
  }

  @Post()
  @ApiOperation({ summary: 'Publish a new checklist version with its effective date (administrators)' })
  @ZodResponse({ status: 201, type: ChecklistViewDto })
  publish(@CurrentUser() user: Principal, @Body() body: PublishChecklistDto) {
    return this.checklists.publish(toActor(user), body);
  }
}
