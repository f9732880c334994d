// /api/techmart/v1/reference/… — public reference data for forms and filters.

import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { provinceViewSchema, sectorViewSchema } from './reference.schema.js';
import { ReferenceService } from './reference.service.js';

export class SectorListDto extends createZodDto(z.array(sectorViewSchema)) {}
export class LocalityListDto extends createZodDto(z.array(provinceViewSchema)) {}

@ApiTags('reference')
@Controller('v1/reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('sectors')
  @Header('Cache-Control', 'public, max-age=3600')
  @ZodResponse({ type: SectorListDto })
  sectors() {
    return this.reference.sectors();
  }

  @Get('localities')
  @Header('Cache-Control', 'public, max-age=3600')
  @ZodResponse({ type: LocalityListDto })
  localities() {
    return this.reference.localities();
  }
}
