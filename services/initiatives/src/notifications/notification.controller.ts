// /api/initiatives/v1/notifications — the signed-in user's in-app notifications.
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { toActor } from '../shared/http.js';
import { notificationListSchema } from './notification.schema.js';
import { NotificationService } from './notification.service.js';

export class NotificationListDto extends createZodDto(notificationListSchema) {}

@ApiTags('notifications')
@Controller('v1/notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ZodResponse({ type: NotificationListDto })
  list(@CurrentUser() user: Principal) {
    return this.notifications.list(toActor(user));
  }

  @Post('read-all')
  @HttpCode(200)
  @ZodResponse({ type: NotificationListDto })
  readAll(@CurrentUser() user: Principal) {
    return this.notifications.markAllRead(toActor(user));
  }
}
