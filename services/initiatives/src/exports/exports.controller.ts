// Downloads for the council (a campaign's scores) and the province (repository statistics).
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { download } from '../repository/import/repository-import.controller.js';
import { IdPipe, toActor } from '../shared/http.js';
import { statisticsQuerySchema, statisticsResponseSchema } from './exports.schema.js';
import { ExportsService } from './exports.service.js';

export class StatisticsQueryDto extends createZodDto(statisticsQuerySchema) {}
export class StatisticsResponseDto extends createZodDto(statisticsResponseSchema) {}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('exports')
@Controller('v1')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('campaigns/:id/scores.xlsx')
  @ApiOperation({
    summary: "A campaign's scores per submission (XLSX): reviewer totals, criterion means, aggregates, outcome",
  })
  async scoresXlsx(
    @CurrentUser({ optional: true }) user: Principal | undefined,
    @Param('id', IdPipe) id: string,
    @Res() reply: FastifyReply,
  ) {
    return download(reply, await this.exports.scoresXlsx(toActor(user), id), XLSX_TYPE, `diem-dot-xet-${id}.xlsx`);
  }

  @Get('campaigns/:id/scores.csv')
  @ApiOperation({ summary: "A campaign's scores per submission (CSV, UTF-8 with BOM)" })
  async scoresCsv(
    @CurrentUser({ optional: true }) user: Principal | undefined,
    @Param('id', IdPipe) id: string,
    @Res() reply: FastifyReply,
  ) {
    return download(
      reply,
      await this.exports.scoresCsv(toActor(user), id),
      'text/csv; charset=utf-8',
      `diem-dot-xet-${id}.csv`,
    );
  }

  @Get('statistics')
  @ApiOperation({
    summary: 'Repository statistics per unit, field or year: count and estimated benefit (officers, admins)',
  })
  @ZodResponse({ type: StatisticsResponseDto })
  async statistics(@CurrentUser({ optional: true }) user: Principal | undefined, @Query() query: StatisticsQueryDto) {
    return { by: query.by, rows: await this.exports.statistics(toActor(user), query.by) };
  }

  @Get('statistics.xlsx')
  @ApiOperation({ summary: 'Repository statistics as XLSX: one sheet per unit, field and year (officers, admins)' })
  async statisticsXlsx(@CurrentUser({ optional: true }) user: Principal | undefined, @Res() reply: FastifyReply) {
    return download(reply, await this.exports.statisticsXlsx(toActor(user)), XLSX_TYPE, 'thong-ke-sang-kien.xlsx');
  }
}
