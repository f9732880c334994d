// A small service used by the platform's own tests: one of each kind of endpoint.
import { Body, Controller, Get, HttpCode, Inject, Module, NotFoundException, Param, Post } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { problem } from '../../http/problem/problem-catalogue.js';
import { currentTraceId } from '../../logging/trace-context.js';
import { ReadinessRegistry } from '../../observability/readiness.registry.js';
import { CurrentUser, Roles } from '../auth/auth.guard.js';
import type { Principal } from '../auth/principal.js';

export const widgetInputSchema = z
  .object({
    title: z.string().min(5).max(200),
    trl: z.number().int().min(1).max(9),
    contact: z.object({ email: z.email() }),
    kind: z.enum(['technology', 'equipment']),
    keywords: z.array(z.string()).max(3).default([]),
  })
  .meta({ id: 'WidgetInput' });

export class WidgetInputDto extends createZodDto(widgetInputSchema) {}

export const readinessState = { failDatabase: false };

@Controller('v1/widgets')
class WidgetController {
  constructor(@Inject(ReadinessRegistry) readiness: ReadinessRegistry) {
    readiness.register('database', () => {
      if (readinessState.failDatabase) throw new Error('connection refused');
    });
    readiness.register('transport', () => true);
  }

  @Post()
  create(@Body() input: WidgetInputDto) {
    return { ...input, traceId: currentTraceId() };
  }

  /** an action endpoint: no body expected */
  @Post(':id/submit')
  @HttpCode(200)
  submit(@Param('id') id: string, @Body() body: unknown) {
    return { id, submitted: true, body: body ?? null };
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internal detail: password=hunter2');
  }

  @Get('missing/:id')
  missing(@Param('id') id: string): never {
    throw new NotFoundException(`widget ${id}`);
  }

  @Get('stale')
  stale(): never {
    throw problem('stale_revision', { extensions: { currentRevision: 4 } });
  }

  @Get('me')
  me(@CurrentUser() user: Principal) {
    return user;
  }

  @Get('officers-only')
  @Roles('officer', 'admin')
  officersOnly(@CurrentUser() user: Principal) {
    return { userId: user.userId };
  }

  @Get('public')
  publicRead(@CurrentUser({ optional: true }) user: Principal | undefined) {
    return { anonymous: user === undefined };
  }
}

@Module({ controllers: [WidgetController] })
export class DemoModule {}
