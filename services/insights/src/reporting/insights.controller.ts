// /api/insights/v1/… — the officers' dashboard and exports, the public open-data page, and the
// admins' edits of indicator definitions, targets and thresholds.
import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal, Roles } from '@sti/platform';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { indicatorCodeSchema } from '../indicators/indicator-definition.js';
import { unknownIndicator } from '../shared/problems.js';
import { toCsv } from './csv.js';
import { InsightsService } from './insights.service.js';
import { statusText } from './report-labels.js';
import {
  communeTableQuerySchema,
  communeTableSchema,
  definitionEditSchema,
  exportQuerySchema,
  indicatorViewSchema,
  localityViewSchema,
  manualValueEditSchema,
  overviewQuerySchema,
  overviewSchema,
  seriesQuerySchema,
  seriesSchema,
  targetEditSchema,
  targetViewSchema,
  thresholdsEditSchema,
} from './report.schema.js';
import { buildReportPdf } from './pdf-report.js';
import { buildReportWorkbook } from './xlsx-report.js';

class OverviewDto extends createZodDto(overviewSchema) {}
class OverviewQueryDto extends createZodDto(overviewQuerySchema) {}
class CommuneTableDto extends createZodDto(communeTableSchema) {}
class CommuneTableQueryDto extends createZodDto(communeTableQuerySchema) {}
class SeriesDto extends createZodDto(seriesSchema) {}
class SeriesQueryDto extends createZodDto(seriesQuerySchema) {}
class ExportQueryDto extends createZodDto(exportQuerySchema) {}
class IndicatorDto extends createZodDto(indicatorViewSchema) {}
class IndicatorListDto extends createZodDto(z.array(indicatorViewSchema)) {}
class DefinitionEditDto extends createZodDto(definitionEditSchema) {}
class LocalityDto extends createZodDto(localityViewSchema) {}
class TargetDto extends createZodDto(targetViewSchema) {}
class TargetListDto extends createZodDto(z.array(targetViewSchema)) {}
class TargetEditDto extends createZodDto(targetEditSchema) {}
class ThresholdsEditDto extends createZodDto(thresholdsEditSchema) {}
class ManualValueEditDto extends createZodDto(manualValueEditSchema) {}
class TargetQueryDto extends createZodDto(z.object({ indicator: indicatorCodeSchema.optional() })) {}
class TargetDeleteQueryDto extends createZodDto(z.object({ commune: z.string().max(20).default('') })) {}

const REPORTERS = ['officer', 'admin'] as const;

function code(value: string): string {
  if (!indicatorCodeSchema.safeParse(value).success) throw unknownIndicator(value);
  return value;
}

function who(user: Principal): string {
  return `${user.userId} (${user.displayName})`;
}

function download(reply: FastifyReply, body: string | Buffer, type: string, fileName: string) {
  return reply
    .header('Content-Type', type)
    .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('Cache-Control', 'private, no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .send(body);
}

@ApiTags('insights')
@Controller('v1')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Get('overview')
  @Roles(...REPORTERS)
  @ApiOperation({ summary: 'Tiles per indicator for a period: value, trend, target, status (officers)' })
  @ZodResponse({ type: OverviewDto })
  overview(@Query() query: OverviewQueryDto) {
    return this.insights.overview({ period: query.period, communeCode: query.commune });
  }

  @Get('indicators')
  @Roles(...REPORTERS)
  @ApiOperation({ summary: 'Indicator definitions in force, with their data sources' })
  @ZodResponse({ type: IndicatorListDto })
  indicators() {
    return this.insights.indicators();
  }

  @Get('indicators/:code')
  @Roles(...REPORTERS)
  @ZodResponse({ type: IndicatorDto })
  indicator(@Param('code') value: string) {
    return this.insights.indicator(code(value));
  }

  @Get('indicators/:code/versions')
  @Roles(...REPORTERS)
  @ApiOperation({ summary: 'Every version of a definition, newest first' })
  @ZodResponse({ type: IndicatorListDto })
  versions(@Param('code') value: string) {
    return this.insights.versions(code(value));
  }

  @Get('indicators/:code/communes')
  @Roles(...REPORTERS)
  @ApiOperation({ summary: 'An indicator per commune for a period, with the province total' })
  @ZodResponse({ type: CommuneTableDto })
  communes(@Param('code') value: string, @Query() query: CommuneTableQueryDto) {
    return this.insights.communeTable(code(value), query.period);
  }

  @Get('indicators/:code/communes.csv')
  @Roles(...REPORTERS)
  @ApiOperation({ summary: 'The commune table as CSV' })
  async communesCsv(@Param('code') value: string, @Query() query: CommuneTableQueryDto, @Res() reply: FastifyReply) {
    const table = await this.insights.communeTable(code(value), query.period);
    const rows = [
      ...table.rows,
      { ...table.total, communeCode: '', communeName: `Tổng cộng ${table.provinceName}` },
    ].map((r) => [
      r.communeCode,
      r.communeName,
      r.value,
      r.previousValue,
      r.target?.targetValue ?? null,
      r.expected,
      r.actual,
      statusText(r.status, table.indicator.hasDataSource, r.target !== null),
    ]);
    const csv = toCsv(
      ['ma_xa', 'ten_xa', 'ky_bao_cao', 'ky_truoc', 'chi_tieu', 'ke_hoach_den_ky', 'thuc_hien_luy_ke', 'trang_thai'],
      rows,
    );
    return download(reply, csv, 'text/csv; charset=utf-8', `${table.indicator.code}-${table.period.key}.csv`);
  }

  @Get('indicators/:code/series')
  @Roles(...REPORTERS)
  @ApiOperation({ summary: 'An indicator per month/quarter/half/year against its trajectory' })
  @ZodResponse({ type: SeriesDto })
  series(@Param('code') value: string, @Query() query: SeriesQueryDto) {
    return this.insights.series({ code: code(value), ...query, communeCode: query.commune });
  }

  @Put('indicators/:code/manual-values')
  @Roles(...REPORTERS)
  @ApiOperation({ summary: 'Enter a yearly figure of a manual indicator (e.g. registered firms)' })
  saveManualValue(@CurrentUser() user: Principal, @Param('code') value: string, @Body() body: ManualValueEditDto) {
    return this.insights.saveManualValue(code(value), body, who(user));
  }

  @Get('localities')
  @Roles(...REPORTERS)
  @ZodResponse({ type: LocalityDto })
  localities() {
    return this.insights.localities();
  }

  @Get('targets')
  @Roles(...REPORTERS)
  @ZodResponse({ type: TargetListDto })
  targets(@Query() query: TargetQueryDto) {
    return this.insights.targets(query.indicator);
  }

  @Get('thresholds')
  @Roles(...REPORTERS)
  thresholds() {
    return this.insights.thresholds();
  }

  @Get('export.xlsx')
  @Roles(...REPORTERS)
  @ApiOperation({ summary: "The officers' workbook: a summary sheet and one sheet per indicator by commune" })
  async exportXlsx(@Query() query: ExportQueryDto, @Res() reply: FastifyReply) {
    const { overview, tables } = await this.reportData(query.period, query.indicators);
    const workbook = await buildReportWorkbook(overview, tables);
    return download(
      reply,
      workbook,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `bao-cao-chi-tieu-${overview.period.key}.xlsx`,
    );
  }

  @Get('export.pdf')
  @Roles(...REPORTERS)
  @ApiOperation({
    summary: 'The dashboard as a printable PDF: every indicator with its figure, plan to date and status',
  })
  async exportPdf(@Query() query: ExportQueryDto, @Res() reply: FastifyReply) {
    const overview = await this.insights.overview({ period: query.period });
    return download(
      reply,
      await buildReportPdf(overview),
      'application/pdf',
      `bao-cao-chi-tieu-${overview.period.key}.pdf`,
    );
  }

  private async reportData(period: string, indicators: string | undefined) {
    const overview = await this.insights.overview({ period });
    const wanted = indicators
      ? indicators
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
      : overview.tiles.filter((t) => t.hasDataSource).map((t) => t.code);
    const tables = [];
    for (const c of wanted) tables.push(await this.insights.communeTable(code(c), period));
    return { overview, tables };
  }
}

/** Open data: the indicators the province chose to publish. */
@ApiTags('insights-public')
@Controller('v1/public')
export class InsightsPublicController {
  constructor(private readonly insights: InsightsService) {}

  @Get('overview')
  @ApiOperation({ summary: 'Published indicators for a period (anonymous)' })
  @ZodResponse({ type: OverviewDto })
  overview(@Query() query: OverviewQueryDto) {
    return this.insights.overview({ period: query.period, communeCode: query.commune, publicOnly: true });
  }

  @Get('overview.csv')
  @ApiOperation({ summary: 'Published indicators for a period as CSV (open data)' })
  async overviewCsv(@Query() query: OverviewQueryDto, @Res() reply: FastifyReply) {
    const overview = await this.insights.overview({
      period: query.period,
      communeCode: query.commune,
      publicOnly: true,
    });
    const csv = toCsv(
      [
        'ma_chi_tieu',
        'chi_tieu',
        'indicator',
        'don_vi',
        'ky_bao_cao',
        'tu_ngay',
        'den_ngay',
        'gia_tri',
        'ky_truoc',
        'chi_tieu_ke_hoach',
        'trang_thai',
      ],
      overview.tiles.map((t) => [
        t.code,
        t.name.vi,
        t.name.en,
        t.unit.vi,
        overview.period.key,
        overview.period.startDate,
        overview.period.endDate,
        t.value,
        t.previousValue,
        t.target?.targetValue ?? null,
        statusText(t.status, t.hasDataSource, t.target !== null),
      ]),
    );
    return download(reply, csv, 'text/csv; charset=utf-8', `chi-tieu-cong-khai-${overview.period.key}.csv`);
  }

  @Get('indicators/:code/series')
  @ApiOperation({ summary: 'A published indicator over time (anonymous)' })
  @ZodResponse({ type: SeriesDto })
  async series(@Param('code') value: string, @Query() query: SeriesQueryDto) {
    const indicator = await this.insights.indicator(code(value));
    if (!indicator.definition.public || !indicator.definition.active) throw unknownIndicator(value);
    return this.insights.series({ code: value, ...query, communeCode: query.commune });
  }
}

/** Admins: definitions (versioned), targets and thresholds. */
@ApiTags('insights-admin')
@Controller('v1/admin')
export class InsightsAdminController {
  constructor(private readonly insights: InsightsService) {}

  @Put('indicators/:code')
  @Roles('admin')
  @ApiOperation({ summary: 'Create an indicator or add a version of its definition (admin)' })
  @ZodResponse({ type: IndicatorDto })
  saveDefinition(@CurrentUser() user: Principal, @Param('code') value: string, @Body() body: DefinitionEditDto) {
    return this.insights.saveDefinition(code(value), body.definition, who(user), body.expectedVersion);
  }

  @Put('targets/:code')
  @Roles('admin')
  @ApiOperation({ summary: 'Set the target of an indicator for a year and locality (admin)' })
  @ZodResponse({ type: TargetDto })
  saveTarget(@CurrentUser() user: Principal, @Param('code') value: string, @Body() body: TargetEditDto) {
    return this.insights.saveTarget(code(value), body, who(user));
  }

  @Delete('targets/:code/:year')
  @Roles('admin')
  @HttpCode(204)
  async removeTarget(
    @Param('code') value: string,
    @Param('year') year: string,
    @Query() query: TargetDeleteQueryDto,
  ): Promise<void> {
    const y = Number(year);
    if (!Number.isInteger(y) || !(await this.insights.removeTarget(code(value), query.commune, y))) {
      throw unknownIndicator(value);
    }
  }

  @Put('thresholds/:scope')
  @Roles('admin')
  @ApiOperation({ summary: "Set status thresholds: '*' for the default or an indicator code (admin)" })
  saveThresholds(@CurrentUser() user: Principal, @Param('scope') scope: string, @Body() body: ThresholdsEditDto) {
    return this.insights.saveThresholds(scope === '*' ? scope : code(scope), body, who(user));
  }
}
