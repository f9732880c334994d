// /api/ip-support/v1/fees — the official fee schedule (versions by effective date) and quotes.
import { Body, Controller, Inject, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { toActor } from '../shared/http.js';
import type { RightCode } from '../deadlines/deadline-rule.js';
import type { FeeQuote } from './fee.calculator.js';
import type { FeeStage } from './fee-table.js';
import {
  feeQuoteQuerySchema,
  feeQuoteSchema,
  feeTableListSchema,
  feeTableViewSchema,
  publishFeeTableSchema,
} from './fee.schema.js';
import { FeeService } from './fee.service.js';
import type { StoredFeeTable } from './fee.repository.js';

export class FeeQuoteQueryDto extends createZodDto(feeQuoteQuerySchema) {}
export class FeeQuoteDto extends createZodDto(feeQuoteSchema) {}
export class FeeTableListDto extends createZodDto(feeTableListSchema) {}
export class FeeTableViewDto extends createZodDto(feeTableViewSchema) {}
export class PublishFeeTableDto extends createZodDto(publishFeeTableSchema) {}

const tableView = (t: StoredFeeTable) => ({ ...t, createdAt: t.createdAt.toISOString() });

export function quoteView(right: RightCode, on: string, q: FeeQuote) {
  return {
    right,
    on,
    tableVersion: q.tableVersion,
    effectiveFrom: q.effectiveFrom,
    legalBasis: q.legalBasis,
    lines: q.lines.map((l) => ({ ...l, unitVnd: String(l.unitVnd), amountVnd: String(l.amountVnd) })),
    totalVnd: String(q.totalVnd),
  };
}

@ApiTags('fees')
@Authenticated()
@Controller('v1/fees')
export class FeeController {
  constructor(@Inject(FeeService) private readonly fees: FeeService) {}

  @Get('quote')
  @ApiOperation({ summary: 'The official fees for one application, line by line (integer VND as strings)' })
  @ZodResponse({ type: FeeQuoteDto })
  async quote(@Query() query: FeeQuoteQueryDto) {
    const on = query.on ?? this.fees.today();
    const q = await this.fees.quote({
      right: query.right,
      on,
      ...(query.itemsPerClass ? { itemsPerClass: query.itemsPerClass.split(',').map(Number) } : {}),
      ...(query.classes !== undefined ? { classes: query.classes } : {}),
      ...(query.independentClaims !== undefined ? { independentClaims: query.independentClaims } : {}),
      ...(query.descriptionPages !== undefined ? { descriptionPages: query.descriptionPages } : {}),
      ...(query.designs !== undefined ? { designs: query.designs } : {}),
      ...(query.stages ? { stages: query.stages.split(',') as FeeStage[] } : {}),
    });
    return quoteView(query.right, on, q);
  }

  @Get('tables')
  @ZodResponse({ type: FeeTableListDto })
  async tables() {
    return { items: (await this.fees.tables()).map(tableView) };
  }

  @Post('tables')
  @ApiOperation({ summary: 'Admins: a new version of the fee schedule, in force from its date' })
  @ZodResponse({ status: 201, type: FeeTableViewDto })
  async publish(@CurrentUser() user: Principal, @Body() body: PublishFeeTableDto) {
    return tableView(await this.fees.publish(toActor(user), body));
  }
}
