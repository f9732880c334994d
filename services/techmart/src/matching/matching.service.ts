// Matching use cases: keeping the suggestions current as listings are published and archived
// (called by Techmart's consumer of its own topics), the officer's workbench and decisions, and the
// suggestions shown for a need or an offer.

import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import { CandidateType as CandidateTypeMessage, SuggestionDecidedSchema } from '@sti/contracts';
import { event } from '@sti/platform';
import { Prisma } from '../generated/prisma/client.js';
import type { Db, Transactions } from '../moderation/listing-workflow.js';
import type { PublishedNeedView } from '../needs/need.schema.js';
import type { Actor } from '../shared/actor.js';
import { actorMessage, EVENT_SOURCE } from '../events/common-messages.js';
import { decodeCursor, encodeCursor } from '../shared/paging.js';
import { invalidCursor } from '../shared/problems.js';
import type { MatchDocumentData } from './match-document.js';
import { MatchEngine } from './match-engine.js';
import type { MatchRepository, SuggestionRow } from './match.repository.js';
import {
  type CandidateType,
  CANDIDATE_TYPES,
  type DashboardQuery,
  type DismissInput,
  type MatchingDashboard,
  type NeedSuggestionsView,
  type OfferNeedMatches,
  type SuggestionView,
  type WorkbenchItem,
  type WorkbenchPage,
  type WorkbenchQuery,
} from './matching.schema.js';
import {
  canActOnSuggestions,
  canSeeSuggestions,
  canUseWorkbench,
  inScope,
  type MatchingScope,
  matchingScope,
} from './matching.policy.js';
import { assertMatchingAllowed, needNotOpen, suggestionConflict, suggestionNotFound } from './matching.problems.js';

/** Suggestions kept per need and supplier type. */
export const SUGGESTIONS_PER_TYPE = 8;
const DAY_MS = 86_400_000;
/** Every instance rebuilds its index from the table now and then, so a change it missed cannot linger
 * (a rebuild re-reads every document: at 50,000 offers that is tens of seconds of CPU, hence hourly). */
const FULL_RELOAD_MS = 60 * 60_000;
export const MATCH_TOPIC = 'techmart.match.v1';

export interface MatchingServiceDependencies {
  db: Db;
  transactions: Transactions;
  matches: MatchRepository;
  clock?: () => Date;
}

const CANDIDATE_MESSAGE: Record<CandidateType, CandidateTypeMessage> = {
  technology: CandidateTypeMessage.TECHNOLOGY,
  equipment: CandidateTypeMessage.EQUIPMENT,
  expert: CandidateTypeMessage.EXPERT,
};

export class MatchingService {
  private engine = new MatchEngine();
  /** what this instance has applied: document id → sequence number */
  private applied = new Map<string, bigint>();
  private lastSeq = -1n;
  private loadedAt = 0;
  private syncing: Promise<void> = Promise.resolve();

  constructor(private readonly deps: MatchingServiceDependencies) {}

  private now(): Date {
    return (this.deps.clock ?? (() => new Date()))();
  }

  /**
   * Brings this instance's in-memory index up to the table: only rows whose sequence is above what
   * it has seen (plus a small look-back, since transactions commit out of sequence order).
   */
  sync(): Promise<void> {
    const run = this.syncing.then(() => this.refresh(this.deps.db));
    this.syncing = run.catch(() => {});
    return run;
  }

  /**
   * The catching-up itself, on a given connection: event handlers pass their transaction (embedded
   * PostgreSQL has one connection, so a read beside an open transaction would wait for it forever).
   * Applying is synchronous after the read, so interleaved refreshes cannot half-apply a change.
   */
  private async refresh(db: Db): Promise<void> {
    if (Date.now() - this.loadedAt > FULL_RELOAD_MS) {
      this.engine = new MatchEngine();
      this.applied = new Map();
      this.lastSeq = -1n;
      this.loadedAt = Date.now();
    }
    const changes = await this.deps.matches.changedSince(db, this.lastSeq > 64n ? this.lastSeq - 64n : -1n);
    const deals = await this.deps.matches.signedDeals(db);
    for (const change of changes) {
      if (this.applied.get(change.doc.id) === change.seq) continue;
      this.applied.set(change.doc.id, change.seq);
      if (change.active) this.engine.upsert(change.doc);
      else this.engine.remove(change.doc.id);
      if (change.seq > this.lastSeq) this.lastSeq = change.seq;
    }
    this.engine.setSignedDeals(deals);
  }

  /** The engine after a sync (benchmarks and tests read it). */
  async currentEngine(): Promise<MatchEngine> {
    await this.sync();
    return this.engine;
  }

  // ---- reactions to Techmart's own events (in the consumer's transaction) ----

  /** A need was published (or an edit of it approved): its suggestions are computed afresh. */
  async needPublished(tx: Db, doc: MatchDocumentData): Promise<void> {
    await this.refresh(tx);
    await this.deps.matches.saveDocument(tx, doc, this.now());
    this.engine.upsert(doc);
    await this.recomputeNeed(tx, doc, false);
  }

  /**
   * A supplier was published: it joins the suggestions of every open need where it now ranks among
   * the best (marked new for the officer) and pushes out the weakest untouched suggestion there.
   */
  async supplierPublished(tx: Db, doc: MatchDocumentData): Promise<number> {
    await this.refresh(tx);
    const now = this.now();
    await this.deps.matches.saveDocument(tx, doc, now);
    this.engine.upsert(doc);
    const type = doc.kind as CandidateType;
    const ranked = this.engine.needsFor(doc);
    const rankedIds = new Set(ranked.map((r) => r.need.id));
    const mine = new Map((await this.deps.matches.suggestionsOfCandidate(tx, doc.id)).map((s) => [s.needId, s]));
    // A re-published supplier that no longer fits a need leaves its untouched suggestions there.
    await this.deps.matches.deleteSuggestions(
      tx,
      [...mine.values()].filter((s) => s.state === 'suggested' && !rankedIds.has(s.needId)).map((s) => s.id),
    );
    const others = groupByNeed(
      (await this.deps.matches.suggestionsOfNeeds(tx, [...rankedIds])).filter(
        (s) => s.candidateType === type && s.candidateId !== doc.id,
      ),
    );
    let joined = 0;
    for (const { need, score } of ranked) {
      const existing = mine.get(need.id);
      if (existing) {
        await this.deps.matches.rescore(tx, existing.id, score.points, score.factors, now);
        continue;
      }
      const current = (others.get(need.id) ?? []).filter((s) => s.state !== 'dismissed');
      if (current.length >= SUGGESTIONS_PER_TYPE) {
        const weakest = current.filter((s) => s.state === 'suggested').sort((a, b) => a.points - b.points)[0];
        if (!weakest || weakest.points >= score.points) continue;
        await this.deps.matches.deleteSuggestions(tx, [weakest.id]);
      }
      await this.deps.matches.insertSuggestion(
        tx,
        {
          needId: need.id,
          candidateType: type,
          candidateId: doc.id,
          points: score.points,
          factors: score.factors,
          isNew: true,
        },
        now,
      );
      joined++;
    }
    return joined;
  }

  /** A listing left (archived): it disappears from every suggestion; the needs it leaves are topped up. */
  async listingRemoved(tx: Db, id: string): Promise<void> {
    await this.refresh(tx);
    const now = this.now();
    const doc = this.engine.get(id) ?? (await this.deps.matches.findDocument(tx, id));
    await this.deps.matches.deactivate(tx, id, now);
    this.engine.remove(id);
    if (!doc) return;
    if (doc.kind === 'need') {
      const rows = await this.deps.matches.suggestionsOfNeeds(tx, [id]);
      await this.deps.matches.deleteSuggestions(
        tx,
        rows.filter((s) => s.state === 'suggested').map((s) => s.id),
      );
      return;
    }
    // Dismissals stay for the report; connections keep their own copy of what was introduced.
    const rows = await this.deps.matches.suggestionsOfCandidate(tx, id);
    const gone = rows.filter((s) => s.state === 'suggested' || s.state === 'shortlisted');
    await this.deps.matches.deleteSuggestions(
      tx,
      gone.map((s) => s.id),
    );
    for (const needId of new Set(gone.map((s) => s.needId))) {
      const need = this.engine.get(needId);
      if (need) await this.recomputeNeed(tx, need, false);
    }
  }

  /**
   * Indexes the given published listings and computes every need's suggestions in one go (the demo
   * seed, and an operator rebuilding after a change to the scoring). Suppliers first, so each need
   * is ranked against all of them.
   */
  async rebuild(tx: Db, docs: readonly MatchDocumentData[]): Promise<void> {
    await this.refresh(tx);
    const now = this.now();
    for (const doc of docs) {
      await this.deps.matches.saveDocument(tx, doc, now);
      this.engine.upsert(doc);
    }
    for (const doc of docs) if (doc.kind === 'need') await this.recomputeNeed(tx, doc, false);
  }

  private async recomputeNeed(tx: Db, need: MatchDocumentData, markNew: boolean): Promise<void> {
    const now = this.now();
    const existing = new Map(
      (await this.deps.matches.suggestionsOfNeeds(tx, [need.id])).map((s) => [s.candidateId, s]),
    );
    const wanted = CANDIDATE_TYPES.flatMap((type) => this.engine.rankForNeed(need, type, SUGGESTIONS_PER_TYPE));
    const wantedIds = new Set(wanted.map((r) => r.doc.id));
    await this.deps.matches.deleteSuggestions(
      tx,
      [...existing.values()].filter((s) => s.state === 'suggested' && !wantedIds.has(s.candidateId)).map((s) => s.id),
    );
    for (const { doc, score } of wanted) {
      const row = existing.get(doc.id);
      if (row) await this.deps.matches.rescore(tx, row.id, score.points, score.factors, now);
      else
        await this.deps.matches.insertSuggestion(
          tx,
          {
            needId: need.id,
            candidateType: doc.kind as CandidateType,
            candidateId: doc.id,
            points: score.points,
            factors: score.factors,
            isNew: markNew,
          },
          now,
        );
    }
  }

  // ---- the API ----

  async suggestionsForNeed(actor: Actor | null, needId: string): Promise<NeedSuggestionsView> {
    const need = await this.openNeed(needId);
    assertMatchingAllowed(canSeeSuggestions(actor, needFacts(need)));
    await this.sync();
    const rows = await this.deps.matches.suggestionsOfNeeds(this.deps.db, [needId]);
    const views = rows.flatMap((row) => this.suggestionView(row));
    const live = views.filter((v) => v.state !== 'dismissed');
    return {
      need: needSummary(need, this.now()),
      technology: live.filter((v) => v.candidate.type === 'technology'),
      equipment: live.filter((v) => v.candidate.type === 'equipment'),
      expert: live.filter((v) => v.candidate.type === 'expert'),
      dismissed: views.filter((v) => v.state === 'dismissed'),
    };
  }

  /** The officer looked at the need's suggestions: they are no longer new. */
  async markSeen(actor: Actor | null, needId: string): Promise<{ ok: true }> {
    const need = await this.openNeed(needId);
    assertMatchingAllowed(canActOnSuggestions(actor, needFacts(need)));
    await this.deps.matches.markSeen(this.deps.db, needId);
    return { ok: true };
  }

  shortlist(actor: Actor | null, suggestionId: string): Promise<SuggestionView> {
    return this.decide(actor, suggestionId, (row) => {
      if (row.state !== 'suggested' && row.state !== 'dismissed') throw suggestionConflict(row.state);
      return { state: 'shortlisted', reasonCode: null, reasonText: null };
    });
  }

  dismiss(actor: Actor | null, suggestionId: string, input: DismissInput): Promise<SuggestionView> {
    return this.decide(actor, suggestionId, (row) => {
      if (row.state === 'connected') throw suggestionConflict(row.state);
      return { state: 'dismissed', reasonCode: input.reasonCode, reasonText: input.reasonText || null };
    });
  }

  private async decide(
    actor: Actor | null,
    suggestionId: string,
    change: (row: SuggestionRow) => Pick<SuggestionRow, 'state' | 'reasonCode' | 'reasonText'>,
  ): Promise<SuggestionView> {
    await this.sync();
    return this.deps.transactions.run(async ({ tx }) => {
      const row = await this.deps.matches.lockSuggestion(tx, suggestionId);
      if (!row) throw suggestionNotFound(suggestionId);
      const need = await this.openNeed(row.needId, tx);
      assertMatchingAllowed(canActOnSuggestions(actor, needFacts(need)));
      const officer = actor as Actor;
      const now = this.now();
      const next = change(row);
      await this.deps.matches.decide(tx, row.id, { ...next, decidedBy: officer.displayName, decidedAt: now }, now);
      await appendToOutbox(prismaTxExecutor(tx), [
        event(
          SuggestionDecidedSchema,
          {
            needId: row.needId,
            candidateType: CANDIDATE_MESSAGE[row.candidateType],
            candidateId: row.candidateId,
            decision: next.state,
            reasonCode: next.reasonCode ?? '',
            reasonText: next.reasonText ?? '',
            communeCode: need.locality.communeCode ?? '',
            by: actorMessage(officer),
          },
          {
            topic: MATCH_TOPIC,
            aggregateType: 'techmart.match',
            aggregateId: row.needId,
            source: EVENT_SOURCE,
            occurredAt: now,
          },
        ),
      ]);
      const updated = await this.deps.matches.findSuggestion(tx, row.id);
      const [view] = updated ? this.suggestionView(updated) : [];
      if (!view) throw suggestionNotFound(suggestionId);
      return view;
    });
  }

  /** For an offer or expert: the open needs it could serve, best first (its owner and officers). */
  async needsForSupplier(actor: Actor | null, supplierId: string): Promise<OfferNeedMatches> {
    await this.sync();
    const doc = this.engine.get(supplierId);
    if (!doc || doc.kind === 'need') throw needNotOpen(supplierId);
    const isOwner = actor?.organisationId != null && actor.organisationId === doc.ownerOrganisationId;
    if (!isOwner) assertMatchingAllowed(canUseWorkbench(actor));
    const scope = isOwner ? null : matchingScope(actor);
    const ranked = this.engine
      .needsFor(doc)
      .filter((r) => !scope || inScope(scope, r.need))
      .slice(0, 20);
    const needs = await this.publishedNeeds(ranked.map((r) => r.need.id));
    const now = this.now();
    return {
      items: ranked.flatMap((r) => {
        const need = needs.get(r.need.id);
        return need ? [{ need: needSummary(need, now), points: r.score.points, factors: r.score.factors }] : [];
      }),
    };
  }

  async workbench(actor: Actor | null, query: WorkbenchQuery): Promise<WorkbenchPage> {
    assertMatchingAllowed(canUseWorkbench(actor));
    const scope = matchingScope(actor) as MatchingScope;
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
    if (query.cursor !== undefined && (!after || Number.isNaN(Date.parse(after[0] ?? '')))) throw invalidCursor();
    await this.sync();
    const now = this.now();
    const communeCode = scope.level === 'commune' ? scope.communeCode : query.communeCode;
    const where = Prisma.sql`n.status = 'published'
      ${communeCode ? Prisma.sql`AND n.commune_code = ${communeCode}` : Prisma.empty}
      ${query.olderThanDays !== undefined ? Prisma.sql`AND n.published_at < ${new Date(now.getTime() - query.olderThanDays * DAY_MS)}` : Prisma.empty}
      ${query.newOnly ? Prisma.sql`AND EXISTS (SELECT 1 FROM match_suggestions s WHERE s.need_id = n.id AND s.is_new)` : Prisma.empty}`;
    const [countRow] = await this.deps.db.$queryRaw<{ n: number }[]>(
      Prisma.sql`SELECT count(*)::int AS n FROM needs n WHERE ${where}`,
    );
    // Oldest first: the need waiting longest is the officer's first duty.
    const rows = await this.deps.db.$queryRaw<{ id: string; published_at: Date }[]>(
      Prisma.sql`SELECT n.id::text AS id, n.published_at FROM needs n WHERE ${where}
        ${after ? Prisma.sql`AND (n.published_at, n.id) > (${new Date(after[0] as string)}, ${after[1]}::uuid)` : Prisma.empty}
        ORDER BY n.published_at, n.id LIMIT ${query.limit + 1}`,
    );
    const page = rows.slice(0, query.limit);
    const ids = page.map((r) => r.id);
    const [needs, suggestions, connections] = await Promise.all([
      this.publishedNeeds(ids),
      this.deps.matches.suggestionsOfNeeds(this.deps.db, ids),
      this.deps.db.connection.groupBy({ by: ['needId'], where: { needId: { in: ids } }, _count: { _all: true } }),
    ]);
    const connectionCount = new Map(connections.map((c) => [c.needId, c._count._all]));
    const byNeed = groupByNeed(suggestions);
    const items: WorkbenchItem[] = page.flatMap((row) => {
      const need = needs.get(row.id);
      if (!need) return [];
      const mine = (byNeed.get(row.id) ?? []).filter((s) => s.state !== 'dismissed');
      return [
        {
          need: needSummary(need, now),
          suggestionCount: mine.length,
          newSuggestionCount: mine.filter((s) => s.isNew).length,
          shortlistedCount: mine.filter((s) => s.state === 'shortlisted').length,
          connectionCount: connectionCount.get(row.id) ?? 0,
          top: mine
            .filter((s) => s.state !== 'connected')
            .slice(0, 3)
            .flatMap((s) => this.suggestionView(s)),
        },
      ];
    });
    const last = page.at(-1);
    return {
      items,
      total: countRow?.n ?? 0,
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.published_at.toISOString(), last.id]) : null,
    };
  }

  async dashboard(actor: Actor | null, query: DashboardQuery): Promise<MatchingDashboard> {
    assertMatchingAllowed(canUseWorkbench(actor));
    const scope = matchingScope(actor) as MatchingScope;
    const communeCode = scope.level === 'commune' ? scope.communeCode : query.communeCode;
    const db = this.deps.db;
    const inCommune = (column: string) =>
      communeCode ? Prisma.sql`AND ${Prisma.raw(column)} = ${communeCode}` : Prisma.empty;
    // The period is a month in Asia/Ho_Chi_Minh, compared on the step's local date.
    const inPeriod = (column: string) =>
      query.period
        ? Prisma.sql`AND to_char(${Prisma.raw(column)} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') = ${query.period}`
        : Prisma.empty;
    const [open] = await db.$queryRaw<{ open: number; suggested: number }[]>(Prisma.sql`
      SELECT count(*)::int AS open,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM match_suggestions s WHERE s.need_id = n.id AND s.state <> 'dismissed'))::int AS suggested
      FROM needs n WHERE n.status = 'published' ${inCommune('n.commune_code')}`);
    const states = await db.$queryRaw<{ state: string; n: number }[]>(Prisma.sql`
      SELECT state, count(*)::int AS n FROM connections c WHERE true ${inCommune('c.commune_code')} ${inPeriod('c.created_at')}
      GROUP BY state`);
    const [matched] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
      SELECT count(DISTINCT need_id)::int AS n FROM connections c WHERE true ${inCommune('c.commune_code')} ${inPeriod('c.created_at')}`);
    const [deals] = await db.$queryRaw<{ n: number; value: bigint | null }[]>(Prisma.sql`
      SELECT count(*)::int AS n, sum(value_vnd)::bigint AS value FROM connections c
      WHERE state = 'signed' ${inCommune('c.commune_code')}
      ${query.period ? Prisma.sql`AND to_char(c.signed_on, 'YYYY-MM') = ${query.period}` : Prisma.empty}`);
    const dismissals = await db.$queryRaw<{ reason: string; n: number }[]>(Prisma.sql`
      SELECT s.reason_code AS reason, count(*)::int AS n FROM match_suggestions s JOIN needs n ON n.id = s.need_id
      WHERE s.state = 'dismissed' ${inCommune('n.commune_code')} GROUP BY s.reason_code`);
    return {
      openNeeds: open?.open ?? 0,
      needsWithSuggestions: open?.suggested ?? 0,
      needsMatched: matched?.n ?? 0,
      connections: Object.fromEntries(states.map((s) => [s.state, s.n])),
      dealsSigned: deals?.n ?? 0,
      dealsValueVnd: (deals?.value ?? 0n).toString(),
      dismissalsByReason: Object.fromEntries(dismissals.map((d) => [d.reason ?? 'other', d.n])),
    };
  }

  /** The stored suggestion with its supplier's current facts (none if the supplier left meanwhile). */
  suggestionView(row: SuggestionRow): SuggestionView[] {
    const doc = this.engine.get(row.candidateId);
    if (!doc) return [];
    return [
      {
        id: row.id,
        needId: row.needId,
        candidate: {
          type: row.candidateType,
          id: doc.id,
          title: doc.title,
          owner: { id: doc.ownerOrganisationId, name: doc.ownerName },
          sectorCodes: doc.sectorCodes,
          locality: { provinceCode: doc.provinceCode, ...(doc.communeCode ? { communeCode: doc.communeCode } : {}) },
          ...(doc.trl !== null ? { trl: doc.trl } : {}),
          ...(doc.priceVnd !== null ? { priceVnd: doc.priceVnd.toString() } : {}),
          negotiable: doc.negotiable && doc.kind !== 'expert',
        },
        points: row.points,
        factors: row.factors,
        state: row.state,
        isNew: row.isNew,
        suggestedAt: row.suggestedAt.toISOString(),
        ...(row.state === 'dismissed' && row.decidedAt
          ? {
              dismissal: {
                reasonCode: (row.reasonCode ?? 'other') as NonNullable<SuggestionView['dismissal']>['reasonCode'],
                ...(row.reasonText ? { reasonText: row.reasonText } : {}),
                by: row.decidedBy ?? '',
                at: row.decidedAt.toISOString(),
              },
            }
          : {}),
        ...(row.connectionId ? { connectionId: row.connectionId } : {}),
      },
    ];
  }

  /** A published need's public view (the connection service uses it too). */
  async openNeed(needId: string, db: Db = this.deps.db): Promise<PublishedNeedView> {
    const need = (await this.publishedNeeds([needId], db)).get(needId);
    if (!need) throw needNotOpen(needId);
    return need;
  }

  private async publishedNeeds(ids: readonly string[], db: Db = this.deps.db): Promise<Map<string, PublishedNeedView>> {
    if (ids.length === 0) return new Map();
    const rows = await db.need.findMany({
      where: { id: { in: [...ids] }, status: 'published' },
      select: { id: true, publishedSnapshot: true },
    });
    return new Map(rows.map((r) => [r.id, r.publishedSnapshot as unknown as PublishedNeedView]));
  }
}

export function needFacts(need: PublishedNeedView): {
  ownerOrganisationId: string;
  provinceCode: string;
  communeCode: string | null;
} {
  return {
    ownerOrganisationId: need.requester.id,
    provinceCode: need.locality.provinceCode,
    communeCode: need.locality.communeCode ?? null,
  };
}

function needSummary(need: PublishedNeedView, now: Date): WorkbenchItem['need'] {
  const publishedAt = need.publishedAt ?? need.createdAt;
  return {
    id: need.id,
    title: need.title,
    problem: need.problem.length > 400 ? `${need.problem.slice(0, 399)}…` : need.problem,
    sector: need.sector,
    locality: need.locality,
    requester: need.requester,
    ...(need.desiredTrl !== undefined ? { desiredTrl: need.desiredTrl } : {}),
    budget: need.budget,
    publishedAt,
    ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(publishedAt)) / DAY_MS)),
  };
}

function groupByNeed(rows: SuggestionRow[]): Map<string, SuggestionRow[]> {
  const out = new Map<string, SuggestionRow[]>();
  for (const row of rows) {
    const list = out.get(row.needId);
    if (list) list.push(row);
    else out.set(row.needId, [row]);
  }
  return out;
}
