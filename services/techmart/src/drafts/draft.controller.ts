// /api/techmart/v1/drafts… — half-filled new listings of the signed-in user's organisation.

import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ListingIdPipe, toActor } from '../shared/http.js';
import { pageSchema } from '../shared/schema-primitives.js';
import {
  draftCreateSchema,
  draftListQuerySchema,
  draftUpdateSchema,
  draftViewSchema,
  submittedDraftSchema,
} from './draft.schema.js';
import { DraftService } from './draft.service.js';

export class DraftCreateDto extends createZodDto(draftCreateSchema) {}
export class DraftUpdateDto extends createZodDto(draftUpdateSchema) {}
export class DraftListQueryDto extends createZodDto(draftListQuerySchema) {}
export class DraftDto extends createZodDto(draftViewSchema) {}
export class DraftPageDto extends createZodDto(pageSchema(draftViewSchema).meta({ id: 'DraftPage' })) {}
export class SubmittedDraftDto extends createZodDto(submittedDraftSchema) {}

@ApiTags('drafts')
@Controller('v1')
export class DraftController {
  constructor(private readonly drafts: DraftService) {}

  @Get('my/drafts')
  @ApiOperation({ summary: "The organisation's half-filled new listings, newest first" })
  @ZodResponse({ type: DraftPageDto })
  list(@CurrentUser() user: Principal, @Query() query: DraftListQueryDto) {
    return this.drafts.list(toActor(user), query);
  }

  @Post('drafts')
  @ApiOperation({ summary: 'Save a new listing as far as it is filled in (no completeness check)' })
  @ZodResponse({ status: 201, type: DraftDto })
  create(@CurrentUser() user: Principal, @Body() body: DraftCreateDto) {
    return this.drafts.create(toActor(user), body);
  }

  @Get('drafts/:id')
  @ZodResponse({ type: DraftDto })
  get(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.drafts.get(toActor(user), id);
  }

  @Put('drafts/:id')
  @ApiOperation({ summary: 'Save the draft again with whatever is filled in' })
  @ZodResponse({ type: DraftDto })
  update(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: DraftUpdateDto) {
    return this.drafts.update(toActor(user), id, body);
  }

  @Delete('drafts/:id')
  @HttpCode(204)
  async delete(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    await this.drafts.delete(toActor(user), id);
  }

  @Post('drafts/:id/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Validate the whole input (field errors, vi/en), create the listing and send it to moderation',
  })
  @ZodResponse({ type: SubmittedDraftDto })
  submit(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.drafts.submit(toActor(user), id);
  }
}
