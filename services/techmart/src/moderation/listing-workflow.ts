// The application side of the moderation lifecycle, shared by offers, needs and experts:
// load and lock the listing, check the policy, apply the pure transition, save it and write its
// events to the outbox — all in one transaction, so an event exists exactly when its change does.

import { appendToOutbox, type OutgoingEvent, prismaTxExecutor, type TransactionRunner } from '@sti/platform';
import type { Prisma } from '../generated/prisma/client.js';

import { NotificationRepository } from '../notifications/notification.repository.js';
import type { Actor } from '../shared/actor.js';
import { assertAllowed, listingNotFound, renewalRefused, toProblem } from '../shared/problems.js';
import { expiryEvents } from '../expiry/expiry.events.js';
import {
  DEFAULT_EXPIRY_POLICY,
  type ExpiryPolicy,
  expiryAfter,
  expiryDue,
  renewalRefusal,
} from '../expiry/listing-expiry.js';
import {
  canArchive,
  canEdit,
  type CommuneOfficerModeration,
  canModerate,
  canView,
  type ListingKind,
  seesWorkingCopy,
} from './listing-ownership.policy.js';
import {
  applyArchive,
  applyEdit,
  applyPublish,
  applyReturn,
  applySubmit,
  applyWithdraw,
  type ListingRecord,
  moderationSubject,
  ownedListing,
} from './listing-record.js';
import { ModerationDecisionRepository } from './moderation-decision.repository.js';
import type { PendingRevisionView } from './moderation.schema.js';
import { pendingRevisionOf } from './pending-revision.js';

/** A Prisma transaction (or the client itself, for reads). */
export type Db = Prisma.TransactionClient;

export interface ListingRepository<C> {
  find(db: Db, id: string): Promise<ListingRecord<C> | null>;
  findMany(db: Db, ids: readonly string[]): Promise<ListingRecord<C>[]>;
  /** Reads the listing and locks its row until the transaction ends. */
  lock(db: Db, id: string): Promise<ListingRecord<C> | null>;
  insert(db: Db, record: ListingRecord<C>): Promise<void>;
  update(db: Db, record: ListingRecord<C>): Promise<void>;
  findBySource(db: Db, sourceCode: string, externalId: string): Promise<ListingRecord<C> | null>;
  findManyBySource(db: Db, sourceCode: string, externalIds: readonly string[]): Promise<ListingRecord<C>[]>;
  /** ids of live published listings expiring by `before` and not yet reminded or not yet lapsed */
  expiryCandidates(db: Db, before: Date, limit: number): Promise<string[]>;
}

export interface ListingEventFactory<PV> {
  created(view: PV, by: Actor, at: Date): OutgoingEvent;
  updated(view: PV, by: Actor, at: Date): OutgoingEvent;
  submitted(id: string, revision: number, by: Actor, at: Date): OutgoingEvent;
  withdrawn(id: string, revision: number, by: Actor, at: Date): OutgoingEvent;
  published(snapshot: PV, by: Actor, at: Date): OutgoingEvent;
  returned(id: string, revision: number, reason: string, by: Actor, at: Date): OutgoingEvent;
  archived(id: string, revision: number, by: Actor, at: Date): OutgoingEvent;
}

/** The view of a listing as one version (what the public sees once it is published). */
export interface ListingViewShape {
  id: string;
}

/** The owner's and officers' view: the working copy, plus the public version while an edit is pending. */
export type WorkingView<PV> = PV & { publishedVersion?: PV; pendingRevision?: PendingRevisionView };

export interface ListingAggregate<C, PV extends ListingViewShape> {
  kind: ListingKind;
  repository: ListingRepository<C>;
  events: ListingEventFactory<PV>;
  /** Listings officers edit on the owner's behalf (needs taken in for businesses without an account). */
  officerManaged?(record: ListingRecord<C>): boolean;
  /** The listing's name in notifications and the moderation queue. */
  title(record: ListingRecord<C>): string;
  /** Organisations told about decisions besides the owner (the commune office that took a need in). */
  alsoNotified?(record: ListingRecord<C>): string[];
  /** The short text an officer scans in the queue (summary, problem, biography). */
  preview(record: ListingRecord<C>): string;
  /** Renders records as views (batched: lists render many at once). */
  render(db: Db, records: ListingRecord<C>[]): Promise<PV[]>;
}

export type Transactions = TransactionRunner<Db>;

export class ListingWorkflow<C, PV extends ListingViewShape> {
  private readonly decisions = new ModerationDecisionRepository();
  private readonly notifications = new NotificationRepository();
  /** the province's choice for commune officers (COMMUNE_OFFICER_MODERATION), set at composition */
  communeOfficerModeration: CommuneOfficerModeration = 'commune';
  /** LISTING_EXPIRY_MONTHS / _REMINDER_DAYS, set at composition */
  expiry: ExpiryPolicy = DEFAULT_EXPIRY_POLICY;

  constructor(
    private readonly aggregate: ListingAggregate<C, PV>,
    private readonly transactions: Transactions,
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  now(): Date {
    return this.clock();
  }

  async renderOne(db: Db, record: ListingRecord<C>): Promise<PV> {
    const [view] = await this.aggregate.render(db, [record]);
    if (!view) throw new Error(`render returned nothing for ${record.id}`);
    return view;
  }

  async workingViews(db: Db, records: ListingRecord<C>[]): Promise<WorkingView<PV>[]> {
    const views = await this.aggregate.render(db, records);
    return views.map((view, index) => {
      const record = records[index];
      const pendingRevision = record ? pendingRevisionOf(record) : undefined;
      if (record && pendingRevision) {
        return { ...view, publishedVersion: record.publishedSnapshot as PV, pendingRevision };
      }
      return view;
    });
  }

  /** Records with their working views, in the order of `ids` (missing ones are left out). */
  async findWithViews(
    db: Db,
    ids: readonly string[],
  ): Promise<{ record: ListingRecord<C>; view: WorkingView<PV>; title: string; preview: string }[]> {
    const found = new Map((await this.aggregate.repository.findMany(db, ids)).map((r) => [r.id, r]));
    const records = ids.flatMap((id) => found.get(id) ?? []);
    const views = await this.workingViews(db, records);
    return records.map((record, index) => ({
      record,
      view: views[index] as WorkingView<PV>,
      title: this.aggregate.title(record),
      preview: this.aggregate.preview(record),
    }));
  }

  private async workingView(db: Db, record: ListingRecord<C>): Promise<WorkingView<PV>> {
    const [view] = await this.workingViews(db, [record]);
    if (!view) throw new Error(`render returned nothing for ${record.id}`);
    return view;
  }

  /**
   * The record has been built and authorised by the aggregate's service. `alongside` writes what
   * belongs to the same creation in other tables (removing the half-filled draft it came from).
   */
  async create(
    actor: Actor,
    record: ListingRecord<C>,
    extraEvents: OutgoingEvent[] = [],
    alongside?: (tx: Db) => Promise<void>,
  ): Promise<WorkingView<PV>> {
    return this.transactions.run(async ({ tx }) => {
      await alongside?.(tx);
      await this.aggregate.repository.insert(tx, record);
      const view = await this.renderOne(tx, record);
      await appendToOutbox(prismaTxExecutor(tx), [
        ...extraEvents,
        this.aggregate.events.created(view, actor, record.createdAt),
      ]);
      return view;
    });
  }

  /**
   * Edits the working copy. `prepare` turns the input into new content once the current record is
   * known (it may keep fields the input cannot change, or throw a validation problem). `alongside`
   * writes what belongs to the same edit in other tables (an attachment) before the view is rendered.
   * Without `basedOnRevision` the edit applies to whatever is current (used for attachments).
   */
  async edit(
    actor: Actor,
    id: string,
    basedOnRevision: number | undefined,
    prepare: (current: ListingRecord<C>) => C,
    alongside?: (tx: Db, record: ListingRecord<C>) => Promise<void>,
  ): Promise<WorkingView<PV>> {
    return this.mutate(id, async (tx, current, now) => {
      assertAllowed(canEdit(actor, this.owned(current)), this.aggregate.kind, id);
      const { record, autoSubmitted } = applyEdit(current, {
        basedOnRevision: basedOnRevision ?? current.revision,
        content: prepare(current),
        now,
      });
      await this.aggregate.repository.update(tx, record);
      await alongside?.(tx, record);
      const view = await this.renderOne(tx, record);
      const events = [this.aggregate.events.updated(view, actor, now)];
      if (autoSubmitted) events.push(this.aggregate.events.submitted(id, record.revision, actor, now));
      return { record, events };
    });
  }

  submit(actor: Actor, id: string): Promise<WorkingView<PV>> {
    return this.mutate(id, async (tx, current, now) => {
      assertAllowed(canEdit(actor, this.owned(current)), this.aggregate.kind, id);
      const record = applySubmit(current, now);
      await this.aggregate.repository.update(tx, record);
      return { record, events: [this.aggregate.events.submitted(id, record.revision, actor, now)] };
    });
  }

  /** The owner takes a submission back before an officer decides, to keep editing it. */
  withdraw(actor: Actor, id: string): Promise<WorkingView<PV>> {
    return this.mutate(id, async (tx, current, now) => {
      assertAllowed(canEdit(actor, this.owned(current)), this.aggregate.kind, id);
      const record = applyWithdraw(current, now);
      await this.aggregate.repository.update(tx, record);
      return { record, events: [this.aggregate.events.withdrawn(id, record.revision, actor, now)] };
    });
  }

  publish(actor: Actor, id: string): Promise<WorkingView<PV>> {
    return this.mutate(id, async (tx, current, now) => {
      assertAllowed(
        canModerate(actor, moderationSubject(current), this.communeOfficerModeration),
        this.aggregate.kind,
        id,
      );
      // The snapshot is rendered from the record as published (status, publishedAt, expiry set).
      const published = { ...applyPublish(current, now), ...this.freshExpiry(current, now) };
      const snapshot = await this.renderOne(tx, published);
      const record = { ...published, publishedSnapshot: snapshot };
      await this.aggregate.repository.update(tx, record);
      await this.recordDecision(tx, actor, record, 'published', null, null, now);
      return { record, events: [this.aggregate.events.published(snapshot, actor, now)] };
    });
  }

  returnToOwner(actor: Actor, id: string, reason: string): Promise<WorkingView<PV>> {
    return this.mutate(id, async (tx, current, now) => {
      assertAllowed(
        canModerate(actor, moderationSubject(current), this.communeOfficerModeration),
        this.aggregate.kind,
        id,
      );
      const record = applyReturn(current, reason, now);
      await this.aggregate.repository.update(tx, record);
      // The version as returned, so the resubmission can show what the owner changed since.
      const returnedVersion = await this.renderOne(tx, current);
      await this.recordDecision(tx, actor, record, 'returned', reason, returnedVersion, now);
      return { record, events: [this.aggregate.events.returned(id, record.revision, reason, actor, now)] };
    });
  }

  archive(actor: Actor, id: string): Promise<WorkingView<PV>> {
    return this.mutate(id, async (tx, current, now) => {
      assertAllowed(canArchive(actor, this.owned(current)), this.aggregate.kind, id);
      const record = applyArchive(current, now);
      await this.aggregate.repository.update(tx, record);
      return { record, events: [this.aggregate.events.archived(id, record.revision, actor, now)] };
    });
  }

  /**
   * A listing another exchange published (and moderated there): stored here as published, with the
   * same events as a local publication, so search and every consumer treat it like a local one.
   * `next` builds the new record from the current one, or returns null when nothing changed (then
   * nothing is written and no event is sent: re-importing the same feed is a no-op).
   */
  putFromSource(
    actor: Actor,
    existingId: string | null,
    next: (current: ListingRecord<C> | null, now: Date) => ListingRecord<C> | null,
  ): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; id: string | null }> {
    return this.transactions.run(async ({ tx }) => {
      const current = existingId ? await this.aggregate.repository.lock(tx, existingId) : null;
      const now = this.clock();
      const candidate = next(current, now);
      if (!candidate) return { outcome: 'unchanged' as const, id: current?.id ?? null };
      const published: ListingRecord<C> = {
        ...candidate,
        status: 'published',
        returnReason: null,
        submittedAt: null,
        publishedAt: now,
        updatedAt: now,
      };
      const snapshot = await this.renderOne(tx, published);
      const record = { ...published, publishedSnapshot: snapshot };
      if (current) await this.aggregate.repository.update(tx, record);
      else await this.aggregate.repository.insert(tx, record);
      const events = this.aggregate.events;
      await appendToOutbox(prismaTxExecutor(tx), [
        current ? events.updated(snapshot, actor, now) : events.created(snapshot, actor, now),
        events.published(snapshot, actor, now),
      ]);
      return { outcome: current ? ('updated' as const) : ('created' as const), id: record.id };
    });
  }

  /** The source archived, deleted or let the listing lapse (a tombstone): archived here, once. */
  archiveFromSource(actor: Actor, id: string): Promise<'archived' | 'unchanged'> {
    return this.transactions.run(async ({ tx }) => {
      const current = await this.aggregate.repository.lock(tx, id);
      if (!current || current.status === 'archived') return 'unchanged' as const;
      const now = this.clock();
      const record = applyArchive(current, now);
      await this.aggregate.repository.update(tx, record);
      await appendToOutbox(prismaTxExecutor(tx), [this.aggregate.events.archived(id, record.revision, actor, now)]);
      return 'archived' as const;
    });
  }

  /** Imported listings by their source and ids there. */
  findManyFromSource(db: Db, sourceCode: string, externalIds: readonly string[]): Promise<ListingRecord<C>[]> {
    return this.aggregate.repository.findManyBySource(db, sourceCode, externalIds);
  }

  /** Finds an imported listing by its source and id there. */
  findFromSource(db: Db, sourceCode: string, externalId: string): Promise<ListingRecord<C> | null> {
    return this.aggregate.repository.findBySource(db, sourceCode, externalId);
  }

  /** A publication or renewal starts a new period (imported copies follow their source instead). */
  private freshExpiry(record: ListingRecord<C>, now: Date) {
    if (record.provenance) return {};
    return { expiresAt: expiryAfter(now, this.expiry), expiredAt: null, expiryRemindedAt: null };
  }

  /** The sweep: lapses a listing whose date has passed (re-checked under the lock; else nothing). */
  expire(id: string): Promise<boolean> {
    return this.transactions.run(async ({ tx }) => {
      const current = await this.aggregate.repository.lock(tx, id);
      const now = this.clock();
      if (!current || expiryDue(current, now, this.expiry) !== 'expire') return false;
      // A new revision: consumers keep a tombstone above the published version until a renewal.
      const record = { ...current, expiredAt: now, revision: current.revision + 1, updatedAt: now };
      await this.aggregate.repository.update(tx, record);
      await appendToOutbox(prismaTxExecutor(tx), [expiryEvents.expired(this.aggregate.kind, id, record.revision, now)]);
      await this.notifyOwners(tx, record, 'listing_expired', now);
      return true;
    });
  }

  /** The sweep: reminds the owner once, some days before the listing lapses. */
  remindOfExpiry(id: string): Promise<boolean> {
    return this.transactions.run(async ({ tx }) => {
      const current = await this.aggregate.repository.lock(tx, id);
      const now = this.clock();
      if (!current || expiryDue(current, now, this.expiry) !== 'remind') return false;
      await this.aggregate.repository.update(tx, { ...current, expiryRemindedAt: now });
      await this.notifyOwners(tx, current, 'listing_expiring', now);
      return true;
    });
  }

  /**
   * The owner keeps the listing public for another period, before or after it lapsed. The public
   * version stays what it was (an edit waiting in moderation is not published by renewing); it
   * gets a new revision so consumers that dropped it take it back.
   */
  renew(actor: Actor, id: string): Promise<WorkingView<PV>> {
    return this.mutate(id, async (tx, current, now) => {
      assertAllowed(canEdit(actor, this.owned(current)), this.aggregate.kind, id);
      const refusal = renewalRefusal(current);
      if (refusal) throw renewalRefused(this.aggregate.kind, refusal);
      const revision = current.revision + 1;
      const expiry = this.freshExpiry(current, now) as { expiresAt: Date };
      const { expiredAt: _lapsed, ...published } = current.publishedSnapshot as PV & { expiredAt?: string };
      const snapshot = { ...published, revision, expiresAt: expiry.expiresAt.toISOString() } as unknown as PV;
      const record = { ...current, ...expiry, revision, publishedSnapshot: snapshot, updatedAt: now };
      await this.aggregate.repository.update(tx, record);
      return {
        record,
        events: [
          expiryEvents.renewed(this.aggregate.kind, id, revision, expiry.expiresAt, actor, now),
          this.aggregate.events.published(snapshot, actor, now),
        ],
      };
    });
  }

  /** Published listings whose reminder or expiry may be due by `now` (the sweep re-checks each). */
  expiryCandidates(now: Date, limit: number): Promise<string[]> {
    return this.aggregate.repository.expiryCandidates(
      this.db,
      new Date(now.getTime() + this.expiry.reminderDays * 24 * 60 * 60 * 1000),
      limit,
    );
  }

  private async notifyOwners(
    tx: Db,
    record: ListingRecord<C>,
    kind: 'listing_expiring' | 'listing_expired',
    now: Date,
  ): Promise<void> {
    const recipients = new Set([record.ownerOrganisationId, ...(this.aggregate.alsoNotified?.(record) ?? [])]);
    for (const organisationId of recipients) {
      await this.notifications.add(tx, {
        listingType: this.aggregate.kind,
        listingId: record.id,
        organisationId,
        kind,
        listingTitle: this.aggregate.title(record),
        reason: null,
        expiresAt: record.expiresAt?.toISOString() ?? null,
        createdAt: now,
      });
    }
  }

  /** Whether the actor may edit the listing now (exists → 404, not theirs → 403): checked before an upload is read. */
  async assertMayEdit(actor: Actor, id: string): Promise<void> {
    const record = await this.aggregate.repository.find(this.db, id);
    if (!record) throw listingNotFound(this.aggregate.kind, id);
    assertAllowed(canEdit(actor, this.owned(record)), this.aggregate.kind, id);
  }

  /** The public get the published snapshot; the owner organisation and officers the working view. */
  async get(actor: Actor | null, id: string): Promise<WorkingView<PV> | PV> {
    const record = await this.aggregate.repository.find(this.db, id);
    if (!record) throw listingNotFound(this.aggregate.kind, id);
    const owned = this.owned(record);
    assertAllowed(canView(actor, owned), this.aggregate.kind, id);
    if (seesWorkingCopy(actor, owned)) return this.workingView(this.db, record);
    // A lapsed listing is out of the public record until its owner renews it.
    if (record.expiredAt) throw listingNotFound(this.aggregate.kind, id);
    return record.publishedSnapshot as PV;
  }

  /** The decision's history row and the owner organisation's notification, in the decision's transaction. */
  private async recordDecision(
    tx: Db,
    actor: Actor,
    record: ListingRecord<C>,
    decision: 'published' | 'returned',
    reason: string | null,
    version: PV | null,
    now: Date,
  ): Promise<void> {
    const listing = { listingType: this.aggregate.kind, listingId: record.id };
    await this.decisions.record(tx, {
      ...listing,
      decision,
      revision: record.revision,
      reason,
      version,
      decidedBy: actor.userId,
      decidedAt: now,
    });
    const recipients = new Set([record.ownerOrganisationId, ...(this.aggregate.alsoNotified?.(record) ?? [])]);
    for (const organisationId of recipients) {
      await this.notifications.add(tx, {
        ...listing,
        organisationId,
        kind: decision === 'published' ? 'listing_published' : 'listing_returned',
        listingTitle: this.aggregate.title(record),
        reason,
        createdAt: now,
      });
    }
  }

  private owned(record: ListingRecord<C>) {
    return ownedListing(record, this.aggregate.officerManaged?.(record) ?? false);
  }

  private async mutate(
    id: string,
    change: (
      tx: Db,
      current: ListingRecord<C>,
      now: Date,
    ) => Promise<{ record: ListingRecord<C>; events: OutgoingEvent[] }>,
  ): Promise<WorkingView<PV>> {
    try {
      return await this.transactions.run(async ({ tx }) => {
        const current = await this.aggregate.repository.lock(tx, id);
        if (!current) throw listingNotFound(this.aggregate.kind, id);
        const { record, events } = await change(tx, current, this.clock());
        await appendToOutbox(prismaTxExecutor(tx), events);
        return this.workingView(tx, record);
      });
    } catch (error) {
      throw toProblem(error, this.aggregate.kind);
    }
  }
}
