// /api/incubation/v1/startups/:id/kpis (the team reports, the team and officers read) and
// /v1/cohorts/:id/kpis (officers: the cohort dashboard and its XLSX export).
import { createHash } from 'node:crypto';
import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { downloadHeaders } from '@sti/attachments';
import { Authenticated, CurrentUser, type Principal, problem } from '@sti/platform';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { UuidPipe } from '../shared/http.js';
import { monthSchema } from '../shared/schema.js';
import {
  cohortKpiDashboardSchema,
  kpiInputSchema,
  kpiRangeQuerySchema,
  kpiReportSchema,
  kpiSeriesSchema,
} from './kpi.schema.js';
import { KpiService } from './kpi.service.js';

class KpiInputDto extends createZodDto(kpiInputSchema) {}
class KpiRangeQueryDto extends createZodDto(kpiRangeQuerySchema) {}
class KpiReportDto extends createZodDto(kpiReportSchema) {}
class KpiSeriesDto extends createZodDto(kpiSeriesSchema) {}
class CohortKpiDashboardDto extends createZodDto(cohortKpiDashboardSchema) {}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sendXlsx(reply: FastifyReply, body: Buffer, fileName: string) {
  const headers = downloadHeaders({
    fileName,
    mediaType: XLSX_TYPE,
    sizeBytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  });
  return reply.headers({ ...headers, 'Cache-Control': 'private, no-store' }).send(body);
}

@ApiTags('kpis')
@Controller('v1')
@Authenticated()
export class KpiController {
  constructor(private readonly kpis: KpiService) {}

  @Put('startups/:id/kpis/:month')
  @ApiOperation({ summary: 'Report (or correct) one month’s KPIs (the startup’s team)' })
  @ZodResponse({ type: KpiReportDto })
  report(
    @CurrentUser() user: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('month') month: string,
    @Body() body: KpiInputDto,
  ) {
    if (!monthSchema.safeParse(month).success) throw problem('not_found', { detail: 'month must be YYYY-MM' });
    return this.kpis.report(user, id, month, body);
  }

  @Get('startups/:id/kpis')
  @ZodResponse({ type: KpiSeriesDto })
  series(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Query() query: KpiRangeQueryDto) {
    return this.kpis.series(user, id, query);
  }

  @Get('startups/:id/kpis.xlsx')
  async startupXlsx(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Res() reply: FastifyReply) {
    return sendXlsx(reply, await this.kpis.startupXlsx(user, id), `chi-so-khoi-nghiep-${id}.xlsx`);
  }

  @Get('cohorts/:id/kpis')
  @ApiOperation({ summary: 'The cohort dashboard: monthly totals and each startup’s latest month (officers)' })
  @ZodResponse({ type: CohortKpiDashboardDto })
  cohort(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Query() query: KpiRangeQueryDto) {
    return this.kpis.cohortDashboard(user, id, query);
  }

  @Get('cohorts/:id/kpis.xlsx')
  async cohortXlsx(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Res() reply: FastifyReply) {
    return sendXlsx(reply, await this.kpis.cohortXlsx(user, id), `chi-so-khoa-uom-tao-${id}.xlsx`);
  }
}
