// /api/techmart/v1/organisations (search: officers, admins) and /api/techmart/v1/admin/organisations.

import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import type { FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { originOf } from '../audit/audit.controller.js';
import { ListingIdPipe, toActor } from '../shared/http.js';
import { pageSchema } from '../shared/schema-primitives.js';
import {
  organisationAdminViewSchema,
  organisationCreateSchema,
  organisationMergeSchema,
  organisationSearchQuerySchema,
  organisationSummarySchema,
} from './organisation.schema.js';
import { OrganisationService } from './organisation.service.js';

export class OrganisationSearchQueryDto extends createZodDto(organisationSearchQuerySchema) {}
export class OrganisationPageDto extends createZodDto(
  pageSchema(organisationSummarySchema).meta({ id: 'OrganisationPage' }),
) {}
export class OrganisationAdminDto extends createZodDto(organisationAdminViewSchema) {}
export class OrganisationCreateDto extends createZodDto(organisationCreateSchema) {}
export class OrganisationMergeDto extends createZodDto(organisationMergeSchema) {}

@ApiTags('organisations')
@Controller('v1')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationService) {}

  @Get('organisations')
  @ApiOperation({ summary: 'Find organisations by name, accents ignored (officer, admin): the intake picker' })
  @ZodResponse({ type: OrganisationPageDto })
  search(@CurrentUser() user: Principal, @Query() query: OrganisationSearchQueryDto) {
    return this.organisations.search(toActor(user), query);
  }

  @Get('organisations/:id')
  @ApiOperation({ summary: 'One organisation with its status (officer, admin)' })
  @ZodResponse({ type: OrganisationAdminDto })
  get(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.organisations.get(toActor(user), id);
  }

  @Post('organisations/:id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a registered organisation: pending → verified (officer, admin)' })
  @ZodResponse({ type: OrganisationAdminDto })
  verify(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Req() request: FastifyRequest) {
    return this.organisations.verify(toActor(user), id, originOf(request));
  }

  @Post('admin/organisations')
  @ApiOperation({ summary: 'Register an organisation (admin)' })
  @ZodResponse({ status: 201, type: OrganisationAdminDto })
  create(@CurrentUser() user: Principal, @Body() body: OrganisationCreateDto, @Req() request: FastifyRequest) {
    return this.organisations.create(toActor(user), body, originOf(request));
  }

  @Post('admin/organisations/:id/merge')
  @HttpCode(200)
  @ApiOperation({ summary: "Fold a duplicate into another organisation, moving the duplicate's listings (admin)" })
  @ZodResponse({ type: OrganisationAdminDto })
  merge(
    @CurrentUser() user: Principal,
    @Param('id', ListingIdPipe) id: string,
    @Body() body: OrganisationMergeDto,
    @Req() request: FastifyRequest,
  ) {
    return this.organisations.merge(toActor(user), id, body.survivorId, originOf(request));
  }

  @Post('admin/organisations/:id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate an organisation: it can no longer own new listings (admin)' })
  @ZodResponse({ type: OrganisationAdminDto })
  deactivate(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Req() request: FastifyRequest) {
    return this.organisations.deactivate(toActor(user), id, originOf(request));
  }
}
