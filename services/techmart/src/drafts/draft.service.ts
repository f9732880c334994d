// Half-filled new listings: saved as typed (no completeness check), listed for the owner
// organisation, and submitted in one step that validates the whole input, creates the listing,
// sends it to moderation and removes the draft.

import { problem, zodIssuesToFieldErrors } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import { expertInputSchema } from '../experts/expert.schema.js';
import type { ExpertService } from '../experts/expert.service.js';
import { canCreate, canListOwn, type ListingKind } from '../moderation/listing-ownership.policy.js';
import type { Db } from '../moderation/listing-workflow.js';
import { needInputSchema } from '../needs/need.schema.js';
import type { NeedService } from '../needs/need.service.js';
import { offerInputSchema } from '../offers/offer.schema.js';
import type { OfferService } from '../offers/offer.service.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { assertAllowed, invalidCursor, validationFailed } from '../shared/problems.js';
import { normaliseLine } from '../shared/text.js';
import type { DraftRecord, DraftRepository } from './draft.repository.js';
import type { DraftCreate, DraftListQuery, DraftUpdate, DraftView, SubmittedDraftView } from './draft.schema.js';

export interface DraftServiceDependencies {
  db: Db;
  drafts: DraftRepository;
  offers: OfferService;
  needs: NeedService;
  experts: ExpertService;
  clock?: () => Date;
}

const INPUT_SCHEMAS = { offer: offerInputSchema, need: needInputSchema, expert: expertInputSchema } as const;
const TITLE_FIELD: Record<ListingKind, string> = { offer: 'title', need: 'title', expert: 'fullName' };

function draftNotFound(id: string) {
  return problem('not_found', {
    message: { vi: `Không tìm thấy bản nháp ${id}.`, en: `No draft ${id}.` },
    detail: `draft ${id}`,
  });
}

function titleOf(type: ListingKind, input: Record<string, unknown>): string | null {
  const value = input[TITLE_FIELD[type]];
  if (typeof value !== 'string') return null;
  const title = normaliseLine(value).slice(0, 200);
  return title === '' ? null : title;
}

/** What submit would refuse now: the full input schema's field errors (vi/en). */
function completeness(type: ListingKind, input: Record<string, unknown>) {
  const parsed = INPUT_SCHEMAS[type].safeParse(input);
  return parsed.success
    ? { ok: true as const, input: parsed.data }
    : { ok: false as const, errors: zodIssuesToFieldErrors(parsed.error.issues) };
}

function toView(draft: DraftRecord): DraftView {
  const check = completeness(draft.listingType, draft.input);
  return {
    id: draft.id,
    type: draft.listingType,
    ...(draft.title ? { title: draft.title } : {}),
    input: draft.input,
    problems: check.ok ? [] : check.errors,
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
  };
}

export class DraftService {
  constructor(private readonly deps: DraftServiceDependencies) {}

  private now(): Date {
    return (this.deps.clock ?? (() => new Date()))();
  }

  async create(actor: Actor | null, body: DraftCreate): Promise<DraftView> {
    assertAllowed(canCreate(actor, body.type), body.type);
    const owner = actor as Actor & { organisationId: string };
    const now = this.now();
    const draft: DraftRecord = {
      id: uuidv7(),
      listingType: body.type,
      ownerOrganisationId: owner.organisationId,
      createdBy: owner.userId,
      title: titleOf(body.type, body.input),
      input: body.input,
      createdAt: now,
      updatedAt: now,
    };
    await this.deps.drafts.insert(this.deps.db, draft);
    return toView(draft);
  }

  async update(actor: Actor | null, id: string, body: DraftUpdate): Promise<DraftView> {
    const current = await this.owned(actor, id);
    const draft = {
      ...current,
      input: body.input,
      title: titleOf(current.listingType, body.input),
      updatedAt: this.now(),
    };
    await this.deps.drafts.update(this.deps.db, draft);
    return toView(draft);
  }

  async get(actor: Actor | null, id: string): Promise<DraftView> {
    return toView(await this.owned(actor, id));
  }

  async list(actor: Actor | null, query: DraftListQuery): Promise<Page<DraftView>> {
    assertAllowed(canListOwn(actor), query.type ?? 'offer');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 1);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const rows = await this.deps.drafts.listByOwner(this.deps.db, {
      ownerOrganisationId: actor?.organisationId ?? '',
      type: query.type,
      afterId: after?.[0],
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (row) => [row.id]);
    return { items: page.items.map(toView), nextCursor: page.nextCursor };
  }

  async delete(actor: Actor | null, id: string): Promise<void> {
    await this.owned(actor, id);
    await this.deps.drafts.delete(this.deps.db, id);
  }

  /** Validates the whole input (field errors in vi/en), creates the listing and sends it to moderation. */
  async submit(actor: Actor | null, id: string): Promise<SubmittedDraftView> {
    const draft = await this.owned(actor, id);
    const check = completeness(draft.listingType, draft.input);
    if (!check.ok) throw validationFailed(check.errors);
    // The draft goes in the creating transaction: submitting it twice creates one listing.
    const consume = async (tx: Db) => {
      if (!(await this.deps.drafts.delete(tx, id))) throw draftNotFound(id);
    };
    switch (draft.listingType) {
      case 'offer': {
        const created = await this.deps.offers.create(actor, check.input as never, consume);
        return { type: 'offer', listing: await this.deps.offers.submit(actor, created.id) };
      }
      case 'need': {
        const created = await this.deps.needs.create(actor, check.input as never, consume);
        return { type: 'need', listing: await this.deps.needs.submit(actor, created.id) };
      }
      case 'expert': {
        const created = await this.deps.experts.create(actor, check.input as never, consume);
        return { type: 'expert', listing: await this.deps.experts.submit(actor, created.id) };
      }
    }
  }

  /** The caller's organisation's draft; anyone else's is answered as not found. */
  private async owned(actor: Actor | null, id: string): Promise<DraftRecord> {
    if (!actor) throw problem('unauthenticated');
    const draft = await this.deps.drafts.find(this.deps.db, id);
    if (!draft || !actor.organisationId || draft.ownerOrganisationId !== actor.organisationId) throw draftNotFound(id);
    return draft;
  }
}
