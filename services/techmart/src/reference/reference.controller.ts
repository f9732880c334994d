// /api/techmart/v1/reference/… — public reference data for forms and filters.

import { Body, Controller, Get, Header, Param, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal, problem } from '@sti/platform';
import type { FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { originOf } from '../audit/audit.controller.js';
import { toActor } from '../shared/http.js';
import {
  adminCommuneViewSchema,
  adminSectorViewSchema,
  communeEditSchema,
  provinceViewSchema,
  referenceCodeSchema,
  sectorEditSchema,
  sectorViewSchema,
} from './reference.schema.js';
import { ReferenceService } from './reference.service.js';

export class SectorListDto extends createZodDto(z.array(sectorViewSchema)) {}
export class LocalityListDto extends createZodDto(z.array(provinceViewSchema)) {}
export class AdminSectorListDto extends createZodDto(z.array(adminSectorViewSchema)) {}
export class AdminCommuneListDto extends createZodDto(z.array(adminCommuneViewSchema)) {}
export class AdminSectorDto extends createZodDto(adminSectorViewSchema) {}
export class AdminCommuneDto extends createZodDto(adminCommuneViewSchema) {}
export class SectorEditDto extends createZodDto(sectorEditSchema) {}
export class CommuneEditDto extends createZodDto(communeEditSchema) {}
export class AdminCommuneQueryDto extends createZodDto(z.object({ provinceCode: z.string().min(1).max(20) })) {}

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

/** Admins edit sectors and communes with effective dates; reads above show what is in force today. */
@ApiTags('admin')
@Controller('v1/admin/reference')
export class ReferenceAdminController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('sectors')
  @ApiOperation({ summary: 'Every sector with its effective dates (admin)' })
  @ZodResponse({ type: AdminSectorListDto })
  sectors(@CurrentUser() user: Principal) {
    return this.reference.adminSectors(toActor(user));
  }

  @Put('sectors/:code')
  @ApiOperation({ summary: 'Create or edit a sector, with effective dates (admin, audited)' })
  @ZodResponse({ type: AdminSectorDto })
  saveSector(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() body: SectorEditDto,
    @Req() request: FastifyRequest,
  ) {
    return this.reference.saveSector(toActor(user), referenceCode(code), body, originOf(request));
  }

  @Get('communes')
  @ApiOperation({ summary: "A province's communes with their effective dates (admin)" })
  @ZodResponse({ type: AdminCommuneListDto })
  communes(@CurrentUser() user: Principal, @Query() query: AdminCommuneQueryDto) {
    return this.reference.adminCommunes(toActor(user), query.provinceCode);
  }

  @Put('communes/:code')
  @ApiOperation({ summary: 'Create or edit a commune or ward, with effective dates (admin, audited)' })
  @ZodResponse({ type: AdminCommuneDto })
  saveCommune(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() body: CommuneEditDto,
    @Req() request: FastifyRequest,
  ) {
    return this.reference.saveCommune(toActor(user), referenceCode(code), body, originOf(request));
  }
}

function referenceCode(code: string): string {
  if (!referenceCodeSchema.safeParse(code).success) throw problem('not_found', { detail: 'no such reference code' });
  return code;
}
