// /api/ip-support/v1/reference — rights and subject kinds (signed-in users; nothing here is public).
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { RIGHTS, SUBJECT_KINDS } from './rights.data.js';
import { referenceSchema } from './reference.schema.js';

export class ReferenceDto extends createZodDto(referenceSchema) {}

@ApiTags('reference')
@Authenticated()
@Controller('v1/reference')
export class ReferenceController {
  @Get()
  @ApiOperation({ summary: 'Rights and subject kinds, Vietnamese and English names' })
  @ZodResponse({ type: ReferenceDto })
  get() {
    return { rights: [...RIGHTS], subjectKinds: [...SUBJECT_KINDS] };
  }
}
