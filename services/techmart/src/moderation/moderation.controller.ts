// /api/techmart/v1/moderation/queue — officers only.

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { toActor } from '../shared/http.js';
import { moderationQueuePageSchema, moderationQueueQuerySchema } from './moderation.schema.js';
import { ModerationService } from './moderation.service.js';

export class ModerationQueueQueryDto extends createZodDto(moderationQueueQuerySchema) {}
export class ModerationQueuePageDto extends createZodDto(moderationQueuePageSchema) {}

@ApiTags('moderation')
@Controller('v1/moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('queue')
  @ApiOperation({
    summary:
      'Submitted listings, oldest submission first, with a total count; filters: type, communeCode, olderThanDays, resubmitted, q (officer)',
  })
  @ZodResponse({ type: ModerationQueuePageDto })
  queue(@CurrentUser() user: Principal, @Query() query: ModerationQueueQueryDto) {
    return this.moderation.queue(toActor(user), query);
  }
}
