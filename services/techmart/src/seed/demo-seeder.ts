// Seeds the demo listings on first start, through the same application services as the API, so
// every listing gets its events in the outbox and search indexes it like any other.
// Idempotent and resumable: a `seed_runs` row is claimed first and records progress per batch; a
// later start skips a finished (or live) run and resumes one whose process died.
// Versioned: the row is named after the seed version. A demo install seeded by an earlier version
// has that version's listings archived (search drops them) and removed before the new ones are seeded.

import type { Logger } from 'pino';
import { expertInputSchema } from '../experts/expert.schema.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { needInputSchema } from '../needs/need.schema.js';
import { offerInputSchema } from '../offers/offer.schema.js';
import type { Actor } from '../shared/actor.js';
import { prismaTxExecutor } from '@sti/platform';
import type { Db, Transactions } from '../moderation/listing-workflow.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { buildTechmartServices, composeTechmart, type TechmartServices } from '../techmart.composition.js';
import { buildDemoCatalogue, type SeedItem, type SeedOutcome } from './demo-catalogue.js';
import {
  DEMO_ORGANISATION_IDS,
  DEMO_ORGANISATIONS,
  DEMO_USER_IDS,
  type DemoOrganisationKey,
} from './demo-organisations.js';

/** Bump the version when earlier items of the catalogue change: the next start replaces the demo data. */
export const DEMO_SEED_NAME = 'techmart-demo-v2';
const DEMO_SEED_PREFIX = 'techmart-demo-';

/** The demo officer `canbo` moderates the demo listings. */
export const SEED_OFFICER: Actor = {
  userId: DEMO_USER_IDS.canbo,
  displayName: 'Phạm Quốc Dũng',
  organisationId: DEMO_ORGANISATION_IDS.department,
  organisationName: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp',
  roles: ['officer'],
  localityCode: '87',
};

/** Separation of duties: the commune officer `canbo.xa` takes needs in, `canbo` moderates them. */
export const SEED_INTAKE_OFFICER: Actor = {
  userId: '01920000-0000-7000-8000-000000000005',
  displayName: 'Huỳnh Thị Em',
  organisationId: DEMO_ORGANISATION_IDS.communeMyHiep,
  organisationName: 'UBND xã Mỹ Hiệp',
  roles: ['officer'],
  localityCode: '30268',
};

function seedActor(key: DemoOrganisationKey): Actor {
  const org = DEMO_ORGANISATIONS.find((o) => o.key === key);
  if (!org) throw new Error(`unknown organisation ${key}`);
  return {
    // Listings of the demo users' organisations are theirs; the others get a stable seed identity.
    userId: org.demoUser ? DEMO_USER_IDS[org.demoUser] : `seed-${key}`,
    displayName: org.contact.name,
    organisationId: org.id,
    organisationName: org.name,
    roles: org.kind === 'research' ? ['researcher'] : org.kind === 'government' ? ['officer'] : ['business'],
  };
}

export interface SeedResult {
  seeded: boolean;
  items: number;
}

export interface SeedOptions {
  prisma: PrismaClient;
  dataDir: string;
  logger?: Logger;
  /** the seeded history spans this many days before now (default 180) */
  spanDays?: number;
  /** already loaded reference data (saves loading it again) */
  reference?: ReferenceService;
  /** stops between batches (shutdown); the next start resumes */
  signal?: AbortSignal;
  /** the listings to seed (tests); default the whole demo catalogue */
  catalogue?: SeedItem[];
  /** the seed version's run name (tests seed an earlier version); default DEMO_SEED_NAME */
  name?: string;
}

const SEED_BATCH = 30;

/** A run whose owner has not reported progress for this long is taken over (its process died). */
const LEASE_SECONDS = 120;

export async function seedDemoData(options: SeedOptions): Promise<SeedResult> {
  const { prisma } = options;
  const name = options.name ?? DEMO_SEED_NAME;
  if (!name.startsWith(DEMO_SEED_PREFIX)) throw new Error(`a demo seed name starts with ${DEMO_SEED_PREFIX}`);
  const catalogue = options.catalogue ?? buildDemoCatalogue();
  // Claim the run, take over one whose owner stopped reporting, or reopen a finished one when the
  // catalogue has grown since (it is append-only); either way learn how far it got.
  const claim = await prisma.$queryRaw<{ item_count: number }[]>`
    INSERT INTO seed_runs (name, started_at, item_count) VALUES (${name}, now(), 0)
    ON CONFLICT (name) DO UPDATE SET started_at = now(), finished_at = NULL
      WHERE (seed_runs.finished_at IS NULL AND seed_runs.started_at < now() - make_interval(secs => ${LEASE_SECONDS}))
         OR (seed_runs.finished_at IS NOT NULL AND seed_runs.item_count < ${catalogue.length})
    RETURNING item_count`;
  const resumeFrom = claim[0]?.item_count;
  if (resumeFrom === undefined) {
    options.logger?.info({ seed: name }, 'demo data already seeded (or being seeded by another instance); skipping');
    return { seeded: false, items: 0 };
  }

  // A simulated clock spreads the listings over the past months, so dates look like real use.
  const spanMs = (options.spanDays ?? 180) * 86_400_000;
  const stepMs = Math.floor(spanMs / (catalogue.length * 4));
  let simulated = Date.now() - spanMs + resumeFrom * 4 * stepMs;
  const clock = () => {
    simulated += stepMs;
    return new Date(simulated);
  };
  const reference = options.reference ?? (await composeTechmart({ prisma, dataDir: options.dataDir })).reference;

  // Only the run's owner gets here; no item of this version exists until the old data is gone.
  if (!(await removePreviousVersions(prisma, name, reference, options))) return { seeded: false, items: 0 };

  for (const org of DEMO_ORGANISATIONS) {
    await prisma.organisation.upsert({
      where: { id: org.id },
      create: { id: org.id, name: org.name },
      update: { name: org.name },
    });
  }
  // Batches share one transaction: the same service calls as the API makes, without paying a commit
  // for each of the ~1,000 steps. A batch commits its listings, their events and the progress
  // together, so a run interrupted anywhere resumes exactly where it stopped.
  for (let start = resumeFrom; start < catalogue.length; start += SEED_BATCH) {
    if (options.signal?.aborted) {
      options.logger?.info({ seed: name, done: start }, 'demo seed interrupted; the next start resumes it');
      return { seeded: false, items: start - resumeFrom };
    }
    const end = Math.min(start + SEED_BATCH, catalogue.length);
    await prisma.$transaction(
      async (tx) => {
        const db = tx as unknown as Db;
        const transactions: Transactions = { run: (work) => work({ tx: db, sql: prismaTxExecutor(db) }) };
        const services = buildTechmartServices({
          prisma,
          db,
          transactions,
          reference,
          dataDir: options.dataDir,
          clock,
        });
        for (const item of catalogue.slice(start, end)) await seedOne(services, item);
        await tx.seedRun.update({ where: { name }, data: { itemCount: end, startedAt: new Date() } });
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  }

  await prisma.seedRun.update({
    where: { name },
    data: { finishedAt: new Date(), itemCount: catalogue.length },
  });
  options.logger?.info({ seed: name, items: catalogue.length - resumeFrom }, 'demo data seeded');
  return { seeded: true, items: catalogue.length - resumeFrom };
}

/** Who the seed acts as: the demo users, the stable seed identities and the officer taking needs in. */
const SEED_IDENTITIES = [...Object.values(DEMO_USER_IDS), ...DEMO_ORGANISATIONS.map((org) => `seed-${org.key}`)];
const DEMO_ORGANISATION_ID_LIST = DEMO_ORGANISATIONS.map((org) => org.id);

type ListingTable = 'offer' | 'need' | 'expert';

/**
 * Removes what earlier seed versions created: listings of the demo organisations (and needs the
 * seed officer took in) created by a seed identity up to that run's last progress, so listings
 * people made afterwards stay. Each is archived through its service first (the archive event takes
 * it out of search), then deleted with its attachment rows; the version's run row goes last.
 * Resumable: false when stopped early, and the next start carries on.
 */
async function removePreviousVersions(
  prisma: PrismaClient,
  name: string,
  reference: ReferenceService,
  options: SeedOptions,
): Promise<boolean> {
  const previous = await prisma.seedRun.findMany({
    where: { name: { startsWith: DEMO_SEED_PREFIX, not: name } },
  });
  for (const run of previous) {
    const seededUntil = run.finishedAt ?? run.startedAt;
    const seeded = { createdBy: { in: SEED_IDENTITIES }, createdAt: { lte: seededUntil } };
    const demoOwned = { ownerOrganisationId: { in: DEMO_ORGANISATION_ID_LIST } };
    const select = { id: true, status: true, ownerOrganisationId: true, createdBy: true } as const;
    const intakeOrganisations = new Set<string>();
    let removed = 0;
    for (;;) {
      if (options.signal?.aborted) return false;
      const batch: {
        table: ListingTable;
        id: string;
        status: string;
        ownerOrganisationId: string;
        createdBy: string;
      }[] = [
        ...(await prisma.offer.findMany({ where: { ...seeded, ...demoOwned }, select, take: SEED_BATCH })).map(
          (row) => ({ table: 'offer' as const, ...row }),
        ),
        ...(
          await prisma.need.findMany({
            where: { ...seeded, OR: [demoOwned, { intakeByUserId: { in: SEED_IDENTITIES } }] },
            select,
            take: SEED_BATCH,
          })
        ).map((row) => ({ table: 'need' as const, ...row })),
        ...(await prisma.expert.findMany({ where: { ...seeded, ...demoOwned }, select, take: SEED_BATCH })).map(
          (row) => ({ table: 'expert' as const, ...row }),
        ),
      ];
      if (batch.length === 0) break;
      await prisma.$transaction(
        async (tx) => {
          const db = tx as unknown as Db;
          const transactions: Transactions = { run: (work) => work({ tx: db, sql: prismaTxExecutor(db) }) };
          const services = buildTechmartServices({ prisma, db, transactions, reference, dataDir: options.dataDir });
          for (const row of batch) {
            if (!DEMO_ORGANISATION_ID_LIST.includes(row.ownerOrganisationId))
              intakeOrganisations.add(row.ownerOrganisationId);
            if (row.status === 'archived') continue;
            // the owner organisation archives its own listing (as the seed did when it created it)
            const owner: Actor = {
              userId: row.createdBy,
              displayName: 'Dữ liệu mẫu',
              organisationId: row.ownerOrganisationId,
              organisationName: 'Dữ liệu mẫu',
              roles: ['business'],
            };
            const lifecycle =
              row.table === 'offer' ? services.offers : row.table === 'need' ? services.needs : services.experts;
            await lifecycle.archive(owner, row.id);
          }
          const ids = (table: ListingTable) => batch.filter((row) => row.table === table).map((row) => row.id);
          await tx.attachment.deleteMany({ where: { listingId: { in: batch.map((row) => row.id) } } });
          await tx.offer.deleteMany({ where: { id: { in: ids('offer') } } });
          await tx.need.deleteMany({ where: { id: { in: ids('need') } } });
          await tx.expert.deleteMany({ where: { id: { in: ids('expert') } } });
        },
        { timeout: 300_000, maxWait: 30_000 },
      );
      removed += batch.length;
    }
    // the businesses the officer took needs in for, now without listings
    await prisma.organisation.deleteMany({
      where: {
        id: { in: [...intakeOrganisations] },
        offers: { none: {} },
        needs: { none: {} },
        experts: { none: {} },
      },
    });
    await prisma.seedRun.delete({ where: { name: run.name } });
    options.logger?.info({ seed: run.name, removed, by: name }, 'demo data of an earlier seed version removed');
  }
  return true;
}

interface Lifecycle {
  submit(actor: Actor, id: string): Promise<unknown>;
  publish(actor: Actor, id: string): Promise<unknown>;
  returnToOwner(actor: Actor, id: string, reason: string): Promise<unknown>;
  archive(actor: Actor, id: string): Promise<unknown>;
}

async function seedOne(services: TechmartServices, item: SeedItem): Promise<void> {
  switch (item.type) {
    case 'offer': {
      const actor = seedActor(item.owner);
      const input = offerInputSchema.parse(item.input);
      const created = await services.offers.create(actor, input);
      await drive(services.offers, actor, created.id, item.outcome, async () => {
        // A price revision waiting in moderation while the published version stays public.
        const edited = {
          ...input,
          summary: `${input.summary} Cập nhật: giá đã gồm vận chuyển trong tỉnh.`,
          revision: created.revision,
        };
        await services.offers.update(actor, created.id, edited);
      });
      return;
    }
    case 'need': {
      const actor = seedActor(item.owner);
      const input = needInputSchema.parse(item.input);
      const created = await services.needs.create(actor, input);
      await drive(services.needs, actor, created.id, item.outcome, async () => {
        await services.needs.update(actor, created.id, {
          ...input,
          keywords: [...input.keywords, 'ưu tiên'],
          revision: created.revision,
        });
      });
      return;
    }
    case 'need-intake': {
      const input = needInputSchema.parse(item.input);
      const created = await services.needs.intake(SEED_INTAKE_OFFICER, {
        ...input,
        onBehalfOf: { organisationName: item.onBehalfOfName },
      });
      await drive(services.needs, SEED_INTAKE_OFFICER, created.id, item.outcome, async () => {
        await services.needs.update(SEED_INTAKE_OFFICER, created.id, {
          ...input,
          revision: created.revision,
          title: `${input.title} (cập nhật)`,
        });
      });
      return;
    }
    case 'expert': {
      const actor = seedActor(item.owner);
      const input = expertInputSchema.parse(item.input);
      const created = await services.experts.create(actor, input);
      await drive(services.experts, actor, created.id, item.outcome, async () => {
        await services.experts.update(actor, created.id, {
          ...input,
          availableForConsulting: !input.availableForConsulting,
          revision: created.revision,
        });
      });
      return;
    }
  }
}

async function drive(
  lifecycle: Lifecycle,
  owner: Actor,
  id: string,
  outcome: SeedOutcome,
  editAfterPublish: () => Promise<void>,
): Promise<void> {
  if (outcome.status === 'draft') return;
  await lifecycle.submit(owner, id);
  switch (outcome.status) {
    case 'submitted':
      return;
    case 'returned':
      await lifecycle.returnToOwner(SEED_OFFICER, id, outcome.reason);
      return;
    case 'published':
      await lifecycle.publish(SEED_OFFICER, id);
      if (outcome.editAfterPublish) await editAfterPublish();
      return;
    case 'archived':
      await lifecycle.publish(SEED_OFFICER, id);
      await lifecycle.archive(owner, id);
      return;
  }
}
