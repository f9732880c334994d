// /api/techmart/v1/notifications — the signed-in user's organisation's notifications.

import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ListingIdPipe, toActor } from '../shared/http.js';
import { notificationListQuerySchema, notificationPageSchema, unreadCountSchema } from './notification.schema.js';
import { NotificationService } from './notification.service.js';

export class NotificationListQueryDto extends createZodDto(notificationListQuerySchema) {}
export class NotificationPageDto extends createZodDto(notificationPageSchema) {}
export class UnreadCountDto extends createZodDto(unreadCountSchema) {}

@ApiTags('notifications')
@Controller('v1/notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOperation({ summary: "The user's organisation's notifications, newest first, with the user's unread count" })
  @ZodResponse({ type: NotificationPageDto })
  list(@CurrentUser() user: Principal, @Query() query: NotificationListQueryDto) {
    return this.notifications.list(toActor(user), query);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every notification read (for this user)' })
  @ZodResponse({ type: UnreadCountDto })
  markAllRead(@CurrentUser() user: Principal) {
    return this.notifications.markAllRead(toActor(user));
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification read (for this user); answers the new unread count' })
  @ZodResponse({ type: UnreadCountDto })
  markRead(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.notifications.markRead(toActor(user), id);
  }
}
