// Wires the IP-support service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
// Capabilities (deadlines, holidays, fees, subsidies, signatures, OCOP) add their service here and in
// IpSupportModule; keep one line per capability so parallel branches merge cleanly.
import { join } from 'node:path';
import { AttachmentStore } from '@sti/attachments';
import { ChecklistService } from './checklists/checklist.service.js';
import { type DeadlineCapability, composeDeadlines } from './deadlines/deadlines.composition.js';
import { DossierService } from './dossiers/dossier.service.js';
import { FilingService } from './filings/filing.service.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { OcopService } from './ocop/ocop.service.js';
import { RequestService } from './requests/request.service.js';
import { SubjectService } from './subjects/subject.service.js';
import { type Clock, systemClock } from './shared/clock.js';
import type { IpSupportHooks } from './shared/hooks.js';
import { composeSubsidies, type SubsidyServices } from './subsidies/subsidy.composition.js';
import { signatureInspectorFor } from './signatures/signature-wiring.js';

export interface IpSupportServices {
  prisma: PrismaClient;
  clock: Clock;
  /** the service's own files (dossier documents) go under it */
  dataDir: string;
  /** the seams the capabilities fill (signatures, deadlines, fees, subsidies) */
  hooks: IpSupportHooks;
  checklists: ChecklistService;
  dossiers: DossierService;
  requests: RequestService;
  filings: FilingService;
  subjects: SubjectService;
  /** statutory deadlines, holiday tables, deadline rules, reminders, calendar feeds, fees */
  rules: DeadlineCapability;
  subsidies: SubsidyServices;
  ocop: OcopService;
}

export interface ComposeOptions {
  prisma: PrismaClient;
  dataDir: string;
  clock?: Clock;
  /** tests replace single hooks */
  hooks?: IpSupportHooks;
  /** folder of root CA certificates that make a PDF signature valid (default: trust/ or IP_SUPPORT_TRUSTED_ROOTS_DIR) */
  trustedRootsDir?: string;
}

export async function composeIpSupport(options: ComposeOptions): Promise<IpSupportServices> {
  const { prisma } = options;
  const clock = options.clock ?? systemClock;
  // Capabilities assign their hook implementations here (hooks.inspectDocument = …).
  const hooks: IpSupportHooks = { ...options.hooks };
  const rules = await composeDeadlines({ prisma, clock, hooks });
  const subsidies = composeSubsidies({ prisma, clock, dataDir: options.dataDir });
  hooks.certificateGranted ??= (tx, grant) => subsidies.claims.certificateGranted(tx, grant);
  hooks.inspectDocument ??= await signatureInspectorFor(options.trustedRootsDir);
  const store = new AttachmentStore(join(options.dataDir, 'documents'));
  const checklists = new ChecklistService(prisma, clock);
  await checklists.sync();
  const dossiers = new DossierService({ prisma, checklists, store, hooks, clock });
  const requests = new RequestService({ prisma, dossiers, clock });
  const filings = new FilingService({ prisma, store, hooks, clock });
  const ocop = new OcopService({ prisma, store, clock });
  await ocop.sync();
  // Hooks a test passes replace the capabilities' ones.
  Object.assign(hooks, options.hooks);
  return {
    prisma,
    clock,
    dataDir: options.dataDir,
    hooks,
    checklists,
    dossiers,
    requests,
    filings,
    subjects: new SubjectService(prisma),
    rules,
    subsidies,
    ocop,
  };
}
