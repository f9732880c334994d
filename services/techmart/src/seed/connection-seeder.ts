// Seeds matching and the demo connections once the demo listings exist: indexes every published
// listing, computes each need's suggestions, then plays the introductions of DEMO_CONNECTIONS
// through the connection service on a clock set in the past (so the dashboard has months), and
// leaves some needs with "new" suggestions waiting on the officers' workbench. One transaction with
// its claim row: an instance that dies midway leaves nothing, and the next start does it again.

import { create } from '@bufbuild/protobuf';
import { ExpertSchema, NeedSchema, OfferSchema } from '@sti/contracts';
import { prismaTxExecutor } from '@sti/platform';
import type { Logger } from 'pino';
import { expertMessage } from '../experts/expert.events.js';
import type { PublishedExpertView } from '../experts/expert.schema.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { expertDocument, type MatchDocumentData, needDocument, offerDocument } from '../matching/match-document.js';
import type { Db, Transactions } from '../moderation/listing-workflow.js';
import { needMessage } from '../needs/need.events.js';
import type { PublishedNeedView } from '../needs/need.schema.js';
import { offerMessage } from '../offers/offer.events.js';
import type { PublishedOfferView } from '../offers/offer.schema.js';
import type { ReferenceService } from '../reference/reference.service.js';
import type { Actor } from '../shared/actor.js';
import { buildTechmartServices } from '../techmart.composition.js';
import { DEMO_CONNECTIONS, type DemoConnection } from './demo-connections.js';
import { SEED_OFFICER } from './demo-seeder.js';

export const DEMO_CONNECTIONS_SEED_NAME = 'techmart-connections-v1';
const DAY_MS = 86_400_000;
/** needs left with suggestions marked new (as if suppliers had just been published) */
const NEW_SUGGESTION_NEEDS = 8;

export interface ConnectionSeedOptions {
  prisma: PrismaClient;
  dataDir: string;
  reference: ReferenceService;
  logger?: Logger;
  now?: Date;
}

function party(organisationId: string, name: string): Actor {
  return {
    userId: `seed-${organisationId}`,
    displayName: name,
    organisationId,
    organisationName: name,
    roles: ['business'],
  };
}

export async function seedDemoConnections(options: ConnectionSeedOptions): Promise<number> {
  const { prisma } = options;
  const end = options.now ?? new Date();
  return prisma.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ name: string }[]>`
        INSERT INTO seed_runs (name, started_at, item_count) VALUES (${DEMO_CONNECTIONS_SEED_NAME}, now(), 0)
        ON CONFLICT (name) DO NOTHING RETURNING name`;
      if (claimed.length === 0) return 0;
      const db = tx as unknown as Db;
      const transactions: Transactions = { run: (work) => work({ tx: db, sql: prismaTxExecutor(db) }) };
      let now = new Date(end.getTime() - 180 * DAY_MS);
      const services = buildTechmartServices({
        prisma,
        db,
        transactions,
        reference: options.reference,
        dataDir: options.dataDir,
        clock: () => now,
      });

      const published = { status: 'published' as const };
      const select = { publishedSnapshot: true } as const;
      const docs: MatchDocumentData[] = [
        ...(await tx.offer.findMany({ where: published, select })).map((r) =>
          offerDocument(create(OfferSchema, offerMessage(r.publishedSnapshot as unknown as PublishedOfferView))),
        ),
        ...(await tx.expert.findMany({ where: published, select })).map((r) =>
          expertDocument(create(ExpertSchema, expertMessage(r.publishedSnapshot as unknown as PublishedExpertView))),
        ),
        ...(await tx.need.findMany({ where: published, select, orderBy: { id: 'asc' } })).map((r) =>
          needDocument(create(NeedSchema, needMessage(r.publishedSnapshot as unknown as PublishedNeedView))),
        ),
      ];
      now = end;
      await services.matching.rebuild(db, docs);

      // Spread the introductions over the communes: take needs round-robin by commune.
      const suggestions = await tx.matchSuggestion.findMany({ orderBy: [{ points: 'desc' }, { id: 'asc' }] });
      const best = new Map<string, string>();
      for (const s of suggestions) if (!best.has(s.needId)) best.set(s.needId, s.id);
      const needs = docs.filter((d) => d.kind === 'need' && best.has(d.id));
      const byCommune = new Map<string, MatchDocumentData[]>();
      for (const need of needs) {
        const key = need.communeCode ?? need.provinceCode;
        byCommune.set(key, [...(byCommune.get(key) ?? []), need]);
      }
      const queues = [...byCommune.values()];
      const order: MatchDocumentData[] = [];
      while (order.length < needs.length)
        for (const q of queues) if (q.length > 0) order.push(q.shift() as MatchDocumentData);

      let count = 0;
      for (const [index, plan] of DEMO_CONNECTIONS.entries()) {
        const need = order[index];
        if (!need) break;
        now = new Date(end.getTime() - plan.daysAgo * DAY_MS);
        const step = () => {
          now = new Date(Math.min(now.getTime() + 2 * DAY_MS, end.getTime()));
        };
        const connection = await services.connections.connect(SEED_OFFICER, {
          suggestionId: best.get(need.id) as string,
          message: plan.message,
        });
        await play(services, connection.id, plan, {
          requester: party(connection.requester.id, connection.requester.name),
          supplier: party(connection.supplier.id, connection.supplier.name),
          step,
          date: () => now.toISOString().slice(0, 10),
        });
        count++;
      }

      // Some needs without an introduction get "new" suggestions, as after a fresh publication.
      const waiting = order.slice(DEMO_CONNECTIONS.length, DEMO_CONNECTIONS.length + NEW_SUGGESTION_NEEDS);
      await tx.matchSuggestion.updateMany({
        where: { needId: { in: waiting.map((n) => n.id) }, state: 'suggested' },
        data: { isNew: true },
      });
      await tx.seedRun.update({
        where: { name: DEMO_CONNECTIONS_SEED_NAME },
        data: { finishedAt: new Date(), itemCount: count },
      });
      options.logger?.info({ connections: count, listings: docs.length }, 'demo suggestions and connections seeded');
      return count;
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

async function play(
  services: ReturnType<typeof buildTechmartServices>,
  id: string,
  plan: DemoConnection,
  ctx: { requester: Actor; supplier: Actor; step: () => void; date: () => string },
): Promise<void> {
  const { connections } = services;
  const outcome = plan.outcome;
  const accept = async (who: Actor) => {
    ctx.step();
    await connections.decide(who, id, { accept: true });
  };
  switch (outcome.state) {
    case 'proposed':
      if (outcome.accepted) await accept(outcome.accepted === 'requester' ? ctx.requester : ctx.supplier);
      return;
    case 'declined':
      ctx.step();
      await connections.decide(outcome.by === 'requester' ? ctx.requester : ctx.supplier, id, {
        accept: false,
        note: outcome.note,
      });
      return;
    default:
      await accept(ctx.supplier);
      await accept(ctx.requester);
  }
  if (outcome.state === 'negotiating') {
    for (const [i, note] of outcome.notes.entries()) {
      ctx.step();
      await connections.addNote(i % 2 === 0 ? ctx.supplier : ctx.requester, id, note);
    }
  }
  if (outcome.state === 'signed') {
    ctx.step();
    await connections.addNote(ctx.supplier, id, {
      kind: 'meeting',
      text: 'Khảo sát và thống nhất phương án kỹ thuật.',
    });
    ctx.step();
    await connections.sign(ctx.requester, id, {
      signedOn: ctx.date(),
      valueVnd: outcome.valueVnd,
      transferType: outcome.transferType,
      registrationRequired: outcome.registrationRequired,
    });
    if (outcome.registrationNumber) {
      ctx.step();
      await connections.register(SEED_OFFICER, id, outcome.registrationNumber);
    }
  }
  if (outcome.state === 'closed') {
    ctx.step();
    await connections.close(ctx.requester, id, { reasonCode: outcome.reasonCode, reasonText: outcome.reasonText });
  }
}
