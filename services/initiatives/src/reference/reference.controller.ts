// GET /api/initiatives/v1/reference — public: fields and the legal gates in force.
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { referenceViewSchema } from './reference.schema.js';
import { ReferenceService } from './reference.service.js';

export class ReferenceViewDto extends createZodDto(referenceViewSchema) {}

@ApiTags('reference')
@Controller('v1/reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get()
  @ApiOperation({ summary: 'Fields of application and the legal gates in force (public)' })
  @ZodResponse({ type: ReferenceViewDto })
  view() {
    return this.reference.view();
  }
}
