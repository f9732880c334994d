// /api/incubation/v1 — the S&T / high-tech enterprise readiness checklist and the province's pipeline.
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { UuidPipe } from '../shared/http.js';
import {
  certificationInputSchema,
  pipelineViewSchema,
  readinessInputSchema,
  readinessViewSchema,
  ruleSetListSchema,
} from './readiness.schema.js';
import { ReadinessService } from './readiness.service.js';

class ReadinessInputDto extends createZodDto(readinessInputSchema) {}
class CertificationInputDto extends createZodDto(certificationInputSchema) {}
class ReadinessViewDto extends createZodDto(readinessViewSchema) {}
class PipelineViewDto extends createZodDto(pipelineViewSchema) {}
class RuleSetListDto extends createZodDto(ruleSetListSchema) {}

@ApiTags('readiness')
@Controller('v1')
export class ReadinessController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('readiness/rules')
  @ApiOperation({ summary: 'The certification rule sets with their effective dates (public)' })
  @ZodResponse({ type: RuleSetListDto })
  rules() {
    return this.readiness.ruleSetList();
  }

  @Get('readiness/pipeline')
  @ApiOperation({ summary: 'The province’s pipeline toward its 2030 targets (officers)' })
  @ZodResponse({ type: PipelineViewDto })
  pipeline(@CurrentUser() user: Principal) {
    return this.readiness.pipeline(user);
  }

  @Get('startups/:id/readiness')
  @ApiOperation({ summary: 'A startup’s checklist against the rules in force today (its team, officers)' })
  @ZodResponse({ type: ReadinessViewDto })
  get(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.readiness.get(user, id);
  }

  @Put('startups/:id/readiness')
  @ApiOperation({ summary: 'Record the last financial year’s figures and the facts (its team, officers)' })
  @ZodResponse({ type: ReadinessViewDto })
  update(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: ReadinessInputDto) {
    return this.readiness.update(user, id, body);
  }

  @Put('startups/:id/certifications')
  @ApiOperation({ summary: 'Record or revoke a certification the startup holds (officers)' })
  @ZodResponse({ type: ReadinessViewDto })
  certify(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: CertificationInputDto) {
    return this.readiness.certify(user, id, body);
  }
}
