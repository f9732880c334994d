// The officers' moderation queue across technology and equipment offers, needs and expert profiles:
// filtered, counted, oldest submission first; resubmissions carry the previous return reason and
// what changed since the returned version.

import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, encodeCursor } from '../shared/paging.js';
import { assertAllowed, invalidCursor } from '../shared/problems.js';
import type { LocalityView } from '../shared/schema-primitives.js';
import { diffVersions } from './listing-diff.js';
import { hasPendingRevision } from './listing-lifecycle.js';
import type { ListingKind } from './listing-ownership.policy.js';
import { type CommuneOfficerModeration, canModerate, moderationScope } from './listing-ownership.policy.js';
import { lifecycleState } from './listing-record.js';
import type { Db, ListingViewShape, ListingWorkflow } from './listing-workflow.js';
import type { ModerationDecisionRepository } from './moderation-decision.repository.js';
import type { ModerationQueueRepository } from './moderation-queue.repository.js';
import type { ModerationQueueItem, ModerationQueuePage, ModerationQueueQuery } from './moderation.schema.js';

const DAY_MS = 86_400_000;
export const SUMMARY_PREVIEW_MAX = 240;

type AnyView = ListingViewShape & { locality: LocalityView; kind?: string };

export interface ModerationServiceDependencies {
  db: Db;
  queue: ModerationQueueRepository;
  decisions: ModerationDecisionRepository;
  organisations: OrganisationRepository;
  workflows: Record<ListingKind, ListingWorkflow<unknown, AnyView>>;
  communeOfficerModeration?: CommuneOfficerModeration;
  clock?: () => Date;
}

/** The first characters of a text, cut at a word boundary. */
export function preview(text: string, max = SUMMARY_PREVIEW_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export class ModerationService {
  constructor(private readonly deps: ModerationServiceDependencies) {}

  async queue(actor: Actor | null, query: ModerationQueueQuery): Promise<ModerationQueuePage> {
    assertAllowed(canModerate(actor), 'offer');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
    if (query.cursor !== undefined && (!after || Number.isNaN(Date.parse(after[0] ?? '')))) throw invalidCursor();
    const now = (this.deps.clock ?? (() => new Date()))();
    const { db } = this.deps;
    // Only what this officer may moderate (separation of duties, commune scope).
    const officer = actor as Actor;
    const scope = moderationScope(officer, this.deps.communeOfficerModeration ?? 'commune');
    if (scope.level === 'none') return { items: [], nextCursor: null, total: 0 };
    const filter = {
      scope: {
        excludeOwnerOrganisationId: officer.organisationId ?? undefined,
        excludeIntakeByUserId: officer.userId,
        communeCode: scope.level === 'commune' ? scope.communeCode : undefined,
      },
      type: query.type,
      communeCode: query.communeCode,
      submittedBefore:
        query.olderThanDays === undefined ? undefined : new Date(now.getTime() - query.olderThanDays * DAY_MS),
      resubmittedOnly: query.resubmitted === true,
      text: query.q === '' ? undefined : query.q,
    };
    const [total, rows] = await Promise.all([
      this.deps.queue.count(db, filter),
      this.deps.queue.page(
        db,
        filter,
        after ? [new Date(after[0] as string), after[1] as string] : undefined,
        query.limit,
      ),
    ]);
    const pageRows = rows.slice(0, query.limit);
    const last = pageRows.at(-1);
    const nextCursor =
      rows.length > query.limit && last ? encodeCursor([last.submittedAt.toISOString(), last.id]) : null;
    return { items: await this.items(pageRows, now), nextCursor, total };
  }

  private async items(rows: { listingType: ListingKind; id: string }[], now: Date): Promise<ModerationQueueItem[]> {
    const { db } = this.deps;
    const kinds: ListingKind[] = ['offer', 'need', 'expert'];
    const loaded = new Map(
      (
        await Promise.all(
          kinds.map((kind) =>
            this.deps.workflows[kind].findWithViews(
              db,
              rows.filter((row) => row.listingType === kind).map((row) => row.id),
            ),
          ),
        )
      )
        .flat()
        .map((entry) => [entry.record.id, entry]),
    );
    const ids = rows.map((row) => row.id);
    const [decisions, owners] = await Promise.all([
      this.deps.decisions.latest(db, ids),
      this.deps.organisations.owners(
        db,
        [...loaded.values()].map((entry) => entry.record.ownerOrganisationId),
      ),
    ]);
    return rows.flatMap((row): ModerationQueueItem[] => {
      const entry = loaded.get(row.id);
      if (!entry) return [];
      const { record, view } = entry;
      const submittedAt = record.submittedAt ?? record.createdAt;
      const decision = decisions.get(row.id);
      const resubmission = decision?.decision === 'returned';
      return [
        {
          type: row.listingType,
          queueType: row.listingType === 'offer' && view.kind === 'equipment' ? 'equipment' : row.listingType,
          id: record.id,
          title: entry.title,
          summary: preview(entry.preview),
          owner: {
            id: record.ownerOrganisationId,
            name: owners.get(record.ownerOrganisationId)?.name ?? record.ownerOrganisationId,
            verified: owners.get(record.ownerOrganisationId)?.verified ?? false,
          },
          locality: view.locality,
          revision: record.revision,
          submittedAt: submittedAt.toISOString(),
          ageDays: Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / DAY_MS)),
          pendingRevision: hasPendingRevision(lifecycleState(record)),
          resubmission,
          ...(resubmission && decision
            ? {
                previousReturn: {
                  reason: decision.reason ?? '',
                  returnedAt: decision.decidedAt.toISOString(),
                  revision: decision.revision,
                },
                changes: decision.version ? diffVersions(decision.version as object, view) : [],
              }
            : {}),
        },
      ];
    });
  }
}
