// Builds the subsidy capability from the service's database, and its Nest wiring (one line each in
// the service's composition root and module).
import { join } from 'node:path';
import type { Provider } from '@nestjs/common';
import { AttachmentStore } from '@sti/attachments';
import type { Clock } from '../shared/clock.js';
import type { PrismaClient } from '../shared/db.js';
import { SubsidyBudgetController } from './subsidy-budget.controller.js';
import { SubsidyBudgetService } from './subsidy-budget.service.js';
import { SubsidyClaimController } from './subsidy-claim.controller.js';
import { SubsidyClaimWorkflow } from './subsidy-claim.workflow.js';
import { SubsidyPolicyService } from './subsidy-policy.service.js';
import { SubsidyRepository } from './subsidy.repository.js';

export interface SubsidyServices {
  repo: SubsidyRepository;
  policies: SubsidyPolicyService;
  budgets: SubsidyBudgetService;
  claims: SubsidyClaimWorkflow;
}

export function composeSubsidies(options: { prisma: PrismaClient; clock: Clock; dataDir: string }): SubsidyServices {
  const { prisma, clock } = options;
  const repo = new SubsidyRepository();
  return {
    repo,
    policies: new SubsidyPolicyService(prisma, repo, clock),
    budgets: new SubsidyBudgetService(prisma, repo, clock),
    claims: new SubsidyClaimWorkflow({
      prisma,
      repo,
      clock,
      store: new AttachmentStore(join(options.dataDir, 'subsidy-evidence')),
    }),
  };
}

export const SUBSIDY_CONTROLLERS = [SubsidyClaimController, SubsidyBudgetController];

export function subsidyProviders(s: SubsidyServices): Provider[] {
  return [
    { provide: SubsidyPolicyService, useValue: s.policies },
    { provide: SubsidyBudgetService, useValue: s.budgets },
    { provide: SubsidyClaimWorkflow, useValue: s.claims },
  ];
}
