// /api/incubation/v1/startups — a team's own startup (members), every startup (officers), and the
// public directory of published profiles (/v1/public/startups, anonymous).
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { UuidPipe } from '../shared/http.js';
import {
  noteInputSchema,
  noteListSchema,
  noteViewSchema,
  publicStartupPageSchema,
  publicStartupQuerySchema,
  publicStartupSchema,
  publishInputSchema,
  startupInputSchema,
  startupLinkListSchema,
  startupListQuerySchema,
  startupListSchema,
  startupPageSchema,
  startupPatchSchema,
  startupViewSchema,
} from './startup.schema.js';
import { StartupService } from './startup.service.js';

class StartupInputDto extends createZodDto(startupInputSchema) {}
class StartupPatchDto extends createZodDto(startupPatchSchema) {}
class StartupListQueryDto extends createZodDto(startupListQuerySchema) {}
class PublicStartupQueryDto extends createZodDto(publicStartupQuerySchema) {}
class PublishInputDto extends createZodDto(publishInputSchema) {}
class NoteInputDto extends createZodDto(noteInputSchema) {}
class StartupViewDto extends createZodDto(startupViewSchema) {}
class StartupListDto extends createZodDto(startupListSchema) {}
class StartupPageDto extends createZodDto(startupPageSchema) {}
class PublicStartupDto extends createZodDto(publicStartupSchema) {}
class PublicStartupPageDto extends createZodDto(publicStartupPageSchema) {}
class NoteViewDto extends createZodDto(noteViewSchema) {}
class NoteListDto extends createZodDto(noteListSchema) {}
class StartupLinkListDto extends createZodDto(startupLinkListSchema) {}

@ApiTags('startups')
@Controller('v1')
export class StartupController {
  constructor(private readonly startups: StartupService) {}

  @Post('startups')
  @Authenticated()
  @ApiOperation({ summary: 'Register a startup (the caller becomes its owner)' })
  @ZodResponse({ status: 201, type: StartupViewDto })
  create(@CurrentUser() user: Principal, @Body() body: StartupInputDto) {
    return this.startups.create(user, body);
  }

  @Get('startups/mine')
  @Authenticated()
  @ZodResponse({ type: StartupListDto })
  mine(@CurrentUser() user: Principal) {
    return this.startups.mine(user);
  }

  @Get('startups')
  @Authenticated()
  @ApiOperation({ summary: 'Every startup (officers), by stage, sector, commune' })
  @ZodResponse({ type: StartupPageDto })
  list(@CurrentUser() user: Principal, @Query() query: StartupListQueryDto) {
    return this.startups.list(user, query);
  }

  @Get('startups/:id')
  @Authenticated()
  @ZodResponse({ type: StartupViewDto })
  get(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.startups.get(user, id);
  }

  @Patch('startups/:id')
  @Authenticated()
  @ZodResponse({ type: StartupViewDto })
  update(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: StartupPatchDto) {
    return this.startups.update(user, id, body);
  }

  @Post('startups/:id/publish')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the public profile (the directory and search show it)' })
  @ZodResponse({ type: StartupViewDto })
  publish(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: PublishInputDto) {
    return this.startups.publish(user, id, body.publicSummary);
  }

  @Post('startups/:id/unpublish')
  @Authenticated()
  @HttpCode(200)
  @ZodResponse({ type: StartupViewDto })
  unpublish(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.startups.unpublish(user, id);
  }

  @Get('startups/:id/notes')
  @Authenticated()
  @ZodResponse({ type: NoteListDto })
  notes(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.startups.notes(user, id);
  }

  @Post('startups/:id/notes')
  @Authenticated()
  @ZodResponse({ status: 201, type: NoteViewDto })
  addNote(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: NoteInputDto) {
    return this.startups.addNote(user, id, body.body);
  }

  @Get('startups/:id/links')
  @Authenticated()
  @ApiOperation({ summary: 'Techmart offers, IP requests and initiatives linked to the startup (from events)' })
  @ZodResponse({ type: StartupLinkListDto })
  links(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.startups.links(user, id);
  }

  @Get('public/startups')
  @ApiOperation({ summary: 'The public startup directory (published profiles)' })
  @ZodResponse({ type: PublicStartupPageDto })
  publicList(@Query() query: PublicStartupQueryDto) {
    return this.startups.publicList(query);
  }

  @Get('public/startups/:id')
  @ZodResponse({ type: PublicStartupDto })
  publicGet(@Param('id', UuidPipe) id: string) {
    return this.startups.publicGet(id);
  }
}
