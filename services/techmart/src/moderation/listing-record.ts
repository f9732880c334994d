// The moderation state every listing carries next to its own content, and the pure state changes
// of the lifecycle applied to it. Services never set these fields by hand.

import { decide, type LifecycleState, type ListingAction, type ListingStatus } from './listing-lifecycle.js';
import type { ModerationSubject, OwnedListing } from './listing-ownership.policy.js';

export interface ListingMeta {
  id: string;
  status: ListingStatus;
  ownerOrganisationId: string;
  /** user id of the person who created it */
  createdBy: string;
  /** increments on every accepted edit; clients send it back to prove they edited the latest */
  revision: number;
  returnReason: string | null;
  /** the public view at the last publication; stays public while a newer edit is moderated */
  publishedSnapshot: unknown | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** where an imported listing came from (null for listings made here) */
  provenance?: ListingProvenance | null;
  /** when the published listing lapses unless renewed; `expiredAt` is set while it has lapsed */
  expiresAt?: Date | null;
  expiredAt?: Date | null;
  expiryRemindedAt?: Date | null;
}

/** An imported listing's source exchange and its id there (unique per listing type). */
export interface ListingProvenance {
  sourceCode: string;
  sourceName: { vi: string; en: string };
  externalId: string;
  importedAt: string;
}

export interface ListingRecord<C> extends ListingMeta {
  content: C;
}

export function lifecycleState(meta: Pick<ListingMeta, 'status' | 'publishedSnapshot'>): LifecycleState {
  return { status: meta.status, hasPublishedVersion: meta.publishedSnapshot !== null };
}

/** The facts the ownership policy decides on. */
export function ownedListing(
  meta: Pick<ListingMeta, 'status' | 'publishedSnapshot' | 'ownerOrganisationId'>,
  officerManaged = false,
): OwnedListing {
  return { ...lifecycleState(meta), ownerOrganisationId: meta.ownerOrganisationId, officerManaged };
}

/** Every listing's content has its commune; a need taken in by an officer says who took it in. */
export function moderationSubject(record: ListingRecord<unknown>): ModerationSubject {
  const content = record.content as {
    communeCode?: string | null;
    intake?: { enteredByUserId: string } | null;
  };
  return {
    ownerOrganisationId: record.ownerOrganisationId,
    communeCode: content.communeCode ?? null,
    intakeByUserId: content.intake?.enteredByUserId ?? null,
  };
}

export class InvalidTransitionError extends Error {
  constructor(
    readonly from: ListingStatus,
    readonly action: ListingAction,
  ) {
    super(`cannot ${action} a listing in status ${from}`);
    this.name = 'InvalidTransitionError';
  }
}

export class StaleRevisionError extends Error {
  constructor(
    readonly expected: number,
    readonly current: number,
  ) {
    super(`edit based on revision ${expected}, current is ${current}`);
    this.name = 'StaleRevisionError';
  }
}

export function newListing<C>(init: {
  id: string;
  ownerOrganisationId: string;
  createdBy: string;
  content: C;
  now: Date;
}): ListingRecord<C> {
  return {
    id: init.id,
    status: 'draft',
    ownerOrganisationId: init.ownerOrganisationId,
    createdBy: init.createdBy,
    revision: 1,
    returnReason: null,
    publishedSnapshot: null,
    submittedAt: null,
    publishedAt: null,
    createdAt: init.now,
    updatedAt: init.now,
    content: init.content,
  };
}

function decideOrThrow(record: ListingMeta, action: ListingAction) {
  const decision = decide(lifecycleState(record), action);
  if (!decision.ok) throw new InvalidTransitionError(decision.from, decision.action);
  return decision;
}

/** An accepted edit: new content, revision + 1; a published listing goes back to moderation. */
export function applyEdit<C>(
  record: ListingRecord<C>,
  edit: { basedOnRevision: number; content: C; now: Date },
): { record: ListingRecord<C>; autoSubmitted: boolean } {
  if (edit.basedOnRevision !== record.revision) throw new StaleRevisionError(edit.basedOnRevision, record.revision);
  const decision = decideOrThrow(record, 'edit');
  return {
    autoSubmitted: decision.autoSubmitted,
    record: {
      ...record,
      content: edit.content,
      status: decision.status,
      revision: record.revision + 1,
      submittedAt: decision.autoSubmitted ? edit.now : record.submittedAt,
      updatedAt: edit.now,
    },
  };
}

export function applySubmit<C>(record: ListingRecord<C>, now: Date): ListingRecord<C> {
  const decision = decideOrThrow(record, 'submit');
  // The officer's reason answered the previous submission; the new one starts clean.
  return { ...record, status: decision.status, returnReason: null, submittedAt: now, updatedAt: now };
}

/** Back to a draft before an officer decides; `submittedAt` clears so it leaves the queue. */
export function applyWithdraw<C>(record: ListingRecord<C>, now: Date): ListingRecord<C> {
  const decision = decideOrThrow(record, 'withdraw');
  return { ...record, status: decision.status, submittedAt: null, updatedAt: now };
}

/** The caller renders the returned record's public view and stores it as `publishedSnapshot`. */
export function applyPublish<C>(record: ListingRecord<C>, now: Date): ListingRecord<C> {
  const decision = decideOrThrow(record, 'publish');
  return { ...record, status: decision.status, returnReason: null, publishedAt: now, updatedAt: now };
}

export function applyReturn<C>(record: ListingRecord<C>, reason: string, now: Date): ListingRecord<C> {
  const decision = decideOrThrow(record, 'return');
  return { ...record, status: decision.status, returnReason: reason, updatedAt: now };
}

export function applyArchive<C>(record: ListingRecord<C>, now: Date): ListingRecord<C> {
  const decision = decideOrThrow(record, 'archive');
  return { ...record, status: decision.status, updatedAt: now };
}

/** The view fields every listing carries besides its content: provenance and expiry. */
export function lifecycleExtras(record: ListingMeta): {
  provenance?: ListingProvenance;
  expiresAt?: string;
  expiredAt?: string;
} {
  return {
    ...(record.provenance ? { provenance: record.provenance } : {}),
    ...(record.expiresAt ? { expiresAt: record.expiresAt.toISOString() } : {}),
    ...(record.expiredAt ? { expiredAt: record.expiredAt.toISOString() } : {}),
  };
}
