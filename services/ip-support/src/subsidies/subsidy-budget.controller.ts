// /api/ip-support/v1/subsidies/budgets and /policies — the gauge for officers (total / committed /
// paid / left), budgets and top-ups and policy versions for admins.
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import { SubsidyBudgetService } from './subsidy-budget.service.js';
import { SubsidyClaimWorkflow } from './subsidy-claim.workflow.js';
import { SubsidyPolicyService } from './subsidy-policy.service.js';
import {
  auditListQuerySchema,
  auditListSchema,
  budgetInputSchema,
  budgetListQuerySchema,
  budgetListSchema,
  budgetViewSchema,
  policyListQuerySchema,
  policyVersionInputSchema,
  policyVersionListSchema,
  policyVersionViewSchema,
  topUpInputSchema,
} from './subsidy.schema.js';

export class BudgetInputDto extends createZodDto(budgetInputSchema) {}
export class TopUpInputDto extends createZodDto(topUpInputSchema) {}
export class BudgetListQueryDto extends createZodDto(budgetListQuerySchema) {}
export class BudgetViewDto extends createZodDto(budgetViewSchema.meta({ id: 'SubsidyBudget' })) {}
export class BudgetListDto extends createZodDto(budgetListSchema) {}
export class PolicyInputDto extends createZodDto(policyVersionInputSchema) {}
export class PolicyViewDto extends createZodDto(policyVersionViewSchema.meta({ id: 'SubsidyPolicyVersion' })) {}
export class PolicyListDto extends createZodDto(policyVersionListSchema) {}
export class PolicyListQueryDto extends createZodDto(policyListQuerySchema) {}
export class BudgetAuditQueryDto extends createZodDto(auditListQuerySchema) {}
export class BudgetAuditDto extends createZodDto(auditListSchema) {}

@ApiTags('subsidies')
@Authenticated()
@Controller('v1/subsidies')
export class SubsidyBudgetController {
  constructor(
    private readonly budgets: SubsidyBudgetService,
    private readonly policies: SubsidyPolicyService,
    private readonly claims: SubsidyClaimWorkflow,
  ) {}

  @Get('budgets')
  @ApiOperation({ summary: 'Budgets with their gauge figures: total, committed, paid, left, queued (officer, admin)' })
  @ZodResponse({ type: BudgetListDto })
  list(@CurrentUser() user: Principal, @Query() query: BudgetListQueryDto) {
    return this.budgets.list(toActor(user), query);
  }

  @Post('budgets')
  @ApiOperation({ summary: 'Open a programme’s budget for a year (admin); queued claims are released into it' })
  @ZodResponse({ status: 201, type: BudgetViewDto })
  create(@CurrentUser() user: Principal, @Body() body: BudgetInputDto) {
    return this.budgets.create(toActor(user), body);
  }

  @Get('budgets/:id')
  @ZodResponse({ type: BudgetViewDto })
  get(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.budgets.get(toActor(user), id);
  }

  @Post('budgets/:id/top-ups')
  @ApiOperation({ summary: 'Top up a budget (admin); queued claims are released into it in order' })
  @ZodResponse({ status: 201, type: BudgetViewDto })
  topUp(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: TopUpInputDto) {
    return this.budgets.topUp(toActor(user), id, body);
  }

  @Get('budgets/:id/audit')
  @ApiOperation({ summary: 'The budget’s audit trail (officer, admin)' })
  @ZodResponse({ type: BudgetAuditDto })
  audit(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Query() query: BudgetAuditQueryDto) {
    return this.claims.budgetAudit(toActor(user), id, query);
  }

  @Get('policies')
  @ApiOperation({ summary: 'Subsidy policy versions, newest first, with the one in force today marked' })
  @ZodResponse({ type: PolicyListDto })
  listPolicies(@CurrentUser() user: Principal, @Query() query: PolicyListQueryDto) {
    return this.policies.list(toActor(user), query.programmeCode);
  }

  @Post('policies')
  @ApiOperation({ summary: 'Add a policy version taking effect on a date, today or later (admin)' })
  @ZodResponse({ status: 201, type: PolicyViewDto })
  addPolicy(@CurrentUser() user: Principal, @Body() body: PolicyInputDto) {
    return this.policies.add(toActor(user), body);
  }
}
