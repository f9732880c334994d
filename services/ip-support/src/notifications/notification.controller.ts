// /api/ip-support/v1/notifications — the signed-in user's in-app notifications from this service
// (deadline reminders, weekly digests), over @sti/notifications' shared tables.
import { Controller, Inject, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { NotificationCenter } from '@sti/notifications';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { IdPipe } from '../shared/http.js';
import { notificationPageSchema, unreadCountSchema } from './notification.schema.js';

const listQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  unreadOnly: z.enum(['true', 'false']).optional(),
});
export class NotificationListQueryDto extends createZodDto(listQuerySchema) {}
export class NotificationPageDto extends createZodDto(notificationPageSchema) {}
export class UnreadCountDto extends createZodDto(unreadCountSchema) {}

const audience = (user: Principal) => ({ userId: user.userId, organisationId: user.organisationId ?? null });

@ApiTags('notifications')
@Authenticated()
@Controller('v1/notifications')
export class NotificationController {
  constructor(@Inject(NotificationCenter) private readonly center: NotificationCenter) {}

  @Get()
  @ZodResponse({ type: NotificationPageDto })
  async list(@CurrentUser() user: Principal, @Query() query: NotificationListQueryDto) {
    const page = await this.center.list(audience(user), {
      limit: query.limit,
      cursor: query.cursor,
      unreadOnly: query.unreadOnly === 'true',
    });
    return {
      ...page,
      items: page.items.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
    };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ZodResponse({ type: UnreadCountDto })
  read(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.center.markRead(audience(user), id);
  }

  @Post('read-all')
  @HttpCode(200)
  @ZodResponse({ type: UnreadCountDto })
  readAll(@CurrentUser() user: Principal) {
    return this.center.markAllRead(audience(user));
  }
}
