// /api/ip-support/v1/subjects — the caller's organisation's Techmart offers and recognised initiatives
// (officers: everyone's), as this service learnt them from events; the request form links one by id.
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { toActor } from '../shared/http.js';
import { subjectListQuerySchema, subjectListSchema } from './subject.schema.js';
import { SubjectService } from './subject.service.js';

export class SubjectListQueryDto extends createZodDto(subjectListQuerySchema) {}
export class SubjectListDto extends createZodDto(subjectListSchema) {}

@ApiTags('subjects')
@Authenticated()
@Controller('v1/subjects')
export class SubjectController {
  constructor(private readonly subjects: SubjectService) {}

  @Get()
  @ApiOperation({ summary: 'Platform items a request can link to (own organisation; officers all)' })
  @ZodResponse({ type: SubjectListDto })
  list(@CurrentUser() user: Principal, @Query() query: SubjectListQueryDto) {
    return this.subjects.list(toActor(user), query);
  }
}
