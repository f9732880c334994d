// Organisation use cases: the officers' search (intake picker), registration at intake, and the
// admins' create / verify / merge / deactivate. Every change is one transaction with its outbox
// event and its audit entry.

import { appendToOutbox, type OutgoingEvent, ProblemError, prismaTxExecutor, problem } from '@sti/platform';
import type { AuditChange, AuditLog, RequestOrigin } from '../audit/audit-log.js';
import type { Db, Transactions } from '../moderation/listing-workflow.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { invalidCursor } from '../shared/problems.js';
import { organisationEvents } from './organisation.events.js';
import {
  canAdministerOrganisations,
  canSearchOrganisations,
  canVerifyOrganisation,
  decideDeactivate,
  decideMerge,
  decideVerify,
  type StatusDecision,
} from './organisation.policy.js';
import type { OrganisationRecord, OrganisationRepository } from './organisation.repository.js';
import type {
  OrganisationAdminView,
  OrganisationCreate,
  OrganisationSearchQuery,
  OrganisationSummary,
} from './organisation.schema.js';

export interface OrganisationServiceDependencies {
  db: Db;
  transactions: Transactions;
  organisations: OrganisationRepository;
  audit: AuditLog;
  clock?: () => Date;
}

export class OrganisationService {
  constructor(private readonly deps: OrganisationServiceDependencies) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  async search(actor: Actor | null, query: OrganisationSearchQuery): Promise<Page<OrganisationSummary>> {
    allow(canSearchOrganisations(actor));
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const rows = await this.deps.organisations.search(this.deps.db, {
      q: query.q,
      after: after as [string, string] | undefined,
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (row) => [row.name, row.id]);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({ id: row.id, name: row.name, verified: row.status === 'verified' })),
    };
  }

  async get(actor: Actor | null, id: string): Promise<OrganisationAdminView> {
    allow(canVerifyOrganisation(actor));
    const record = await this.deps.organisations.get(this.deps.db, id);
    if (!record) throw organisationNotFound(id);
    return adminView(record);
  }

  /** An admin registers an organisation (verified: an admin vouches for it). */
  async create(actor: Actor | null, input: OrganisationCreate, origin: RequestOrigin): Promise<OrganisationAdminView> {
    allow(canAdministerOrganisations(actor));
    return adminView(await this.register(actor as Actor, input.name, 'verified', origin));
  }

  /**
   * A new organisation, pending verification, for an officer's intake. Intake never reuses an
   * organisation by name: officers pick an existing one by id (search) or get a new one here.
   */
  async registerForIntake(officer: Actor, name: string): Promise<OrganisationRecord> {
    return this.register(officer, name, 'pending', null);
  }

  private register(
    actor: Actor,
    name: string,
    status: 'pending' | 'verified',
    origin: RequestOrigin | null,
  ): Promise<OrganisationRecord> {
    return this.change(actor, origin, async (tx, now) => {
      const record = await this.deps.organisations.create(tx, { name, status, now });
      return {
        result: record,
        events: [organisationEvents.created(record, actor, now)],
        audit: [{ action: 'organisation.create', entityType: 'organisation', entityId: record.id, after: record }],
      };
    });
  }

  /** Officers and admins confirm a self-registered (or taken-in) organisation: pending → verified. */
  async verify(actor: Actor | null, id: string, origin: RequestOrigin): Promise<OrganisationAdminView> {
    allow(canVerifyOrganisation(actor, id));
    const by = actor as Actor;
    return adminView(
      await this.change(by, origin, async (tx, now) => {
        const before = await this.locked(tx, id);
        const decision = decideVerify(before.status);
        refuseUnless(decision);
        const after = await this.deps.organisations.setStatus(tx, id, { status: decision.status, now });
        return {
          result: after,
          events: [organisationEvents.verified(after, by, now)],
          audit: [{ action: 'organisation.verify', entityType: 'organisation', entityId: id, before, after }],
        };
      }),
    );
  }

  async deactivate(actor: Actor | null, id: string, origin: RequestOrigin): Promise<OrganisationAdminView> {
    allow(canAdministerOrganisations(actor));
    const by = actor as Actor;
    return adminView(
      await this.change(by, origin, async (tx, now) => {
        const before = await this.locked(tx, id);
        const decision = decideDeactivate(before.status);
        refuseUnless(decision);
        const after = await this.deps.organisations.setStatus(tx, id, { status: decision.status, now });
        return {
          result: after,
          events: [organisationEvents.deactivated(after, by, now)],
          audit: [{ action: 'organisation.deactivate', entityType: 'organisation', entityId: id, before, after }],
        };
      }),
    );
  }

  /**
   * Folds a duplicate into the survivor: the duplicate's listings move to the survivor and the
   * duplicate is marked merged — one transaction, one OrganisationMerged event, one audit entry.
   */
  async merge(
    actor: Actor | null,
    duplicateId: string,
    survivorId: string,
    origin: RequestOrigin,
  ): Promise<OrganisationAdminView> {
    allow(canAdministerOrganisations(actor));
    const by = actor as Actor;
    return adminView(
      await this.change(by, origin, async (tx, now) => {
        const rows = await this.deps.organisations.lock(tx, [duplicateId, survivorId]);
        const duplicate = rows.get(duplicateId);
        const survivor = rows.get(survivorId);
        if (!duplicate) throw organisationNotFound(duplicateId);
        if (!survivor) throw organisationNotFound(survivorId);
        const decision = decideMerge(duplicate, survivor);
        refuseUnless(decision);
        const moved = await this.deps.organisations.repointListings(tx, duplicateId, survivorId, now);
        const merged = await this.deps.organisations.setStatus(tx, duplicateId, {
          status: decision.status,
          mergedIntoId: survivorId,
          now,
        });
        return {
          result: merged,
          events: [organisationEvents.merged(merged, survivor, moved, by, now)],
          audit: [
            {
              action: 'organisation.merge',
              entityType: 'organisation',
              entityId: duplicateId,
              before: duplicate,
              after: { ...merged, movedListings: moved },
            },
          ],
        };
      }),
    );
  }

  private async locked(tx: Db, id: string): Promise<OrganisationRecord> {
    const record = (await this.deps.organisations.lock(tx, [id])).get(id);
    if (!record) throw organisationNotFound(id);
    return record;
  }

  private change<T>(
    actor: Actor,
    origin: RequestOrigin | null,
    work: (tx: Db, now: Date) => Promise<{ result: T; events: OutgoingEvent[]; audit: AuditChange[] }>,
  ): Promise<T> {
    return this.deps.transactions.run(async ({ tx }) => {
      const { result, events, audit } = await work(tx, this.now());
      for (const entry of audit) await this.deps.audit.append(tx, actor, origin, entry);
      await appendToOutbox(prismaTxExecutor(tx), events);
      return result;
    });
  }
}

function adminView(record: OrganisationRecord): OrganisationAdminView {
  return {
    id: record.id,
    name: record.name,
    status: record.status,
    ...(record.mergedIntoId ? { mergedIntoId: record.mergedIntoId } : {}),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

function allow(decision: 'allow' | 'unauthenticated' | 'forbidden' | 'not_found'): void {
  if (decision === 'allow') return;
  throw problem(decision === 'unauthenticated' ? 'unauthenticated' : 'forbidden');
}

export function organisationNotFound(id: string): ProblemError {
  return problem('not_found', {
    message: { vi: `Không tìm thấy tổ chức ${id}.`, en: `No organisation ${id}.` },
    detail: `organisation ${id}`,
  });
}

const REFUSALS: Record<string, { vi: string; en: string }> = {
  already_verified: { vi: 'Tổ chức đã được xác minh.', en: 'The organisation is already verified.' },
  same_organisation: {
    vi: 'Không thể hợp nhất một tổ chức vào chính nó.',
    en: 'Cannot merge an organisation into itself.',
  },
};

function refuseUnless(
  decision: StatusDecision,
): asserts decision is { ok: true; status: OrganisationRecord['status'] } {
  if (decision.ok) return;
  throw new ProblemError({
    status: 409,
    code: decision.reason,
    message: REFUSALS[decision.reason] ?? {
      vi: 'Tổ chức đã bị hợp nhất hoặc ngừng hoạt động nên không thể thực hiện thao tác này.',
      en: 'The organisation has been merged or deactivated, so this is not possible.',
    },
  });
}
