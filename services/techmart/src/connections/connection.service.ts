// Connection use cases: an officer introduces a need's requester to a supplier from the
// suggestions; each side accepts or declines; the parties (or the officer) record negotiation steps,
// the signed contract or the closure. Every step is a timeline row and an outbox event in one
// transaction. Contact details travel only once both sides accepted.

import { appendToOutbox, type OutgoingEvent, ProblemError, problem, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import { canActOnSuggestions, inScope, matchingScope } from '../matching/matching.policy.js';
import { assertMatchingAllowed, suggestionConflict, suggestionNotFound } from '../matching/matching.problems.js';
import type { MatchRepository } from '../matching/match.repository.js';
import { type MatchingService, needFacts } from '../matching/matching.service.js';
import type { Db, Transactions } from '../moderation/listing-workflow.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, encodeCursor } from '../shared/paging.js';
import { invalidCursor } from '../shared/problems.js';
import type { ContactView } from '../shared/schema-primitives.js';
import type { ConnectionNotifier } from './connection-notifier.js';
import type { ConnectionRow, ConnectionRepository, ConnectionStepRow } from './connection.repository.js';
import {
  applyClose,
  applyDecision,
  applyNote,
  applyRegistration,
  applySign,
  ConnectionTransitionError,
  contactsVisible,
  type Decision,
  partyOf,
} from './connection-state.js';
import { connectionEvents } from './connection.events.js';
import type {
  CloseInput,
  ConnectInput,
  ConnectionListQuery,
  ConnectionPage,
  ConnectionView,
  DecisionInput,
  NoteInput,
  Party,
  SignInput,
} from './connection.schema.js';

export interface ConnectionServiceDependencies {
  db: Db;
  transactions: Transactions;
  connections: ConnectionRepository;
  matches: MatchRepository;
  matching: MatchingService;
  notifier: ConnectionNotifier;
  clock?: () => Date;
}

const STATE_NAMES: Record<string, { vi: string; en: string }> = {
  proposed: { vi: 'đã giới thiệu', en: 'proposed' },
  accepted: { vi: 'hai bên đã đồng ý', en: 'accepted by both' },
  negotiating: { vi: 'đang đàm phán', en: 'negotiating' },
  signed: { vi: 'đã ký hợp đồng', en: 'signed' },
  declined: { vi: 'bị từ chối', en: 'declined' },
  closed: { vi: 'đã đóng', en: 'closed' },
};

function connectionNotFound(id: string): ProblemError {
  return problem('not_found', {
    message: { vi: `Không tìm thấy kết nối ${id}.`, en: `No connection ${id}.` },
    detail: `connection ${id}`,
  });
}

function transitionProblem(error: ConnectionTransitionError): ProblemError {
  const state = STATE_NAMES[error.from] ?? { vi: error.from, en: error.from };
  return new ProblemError({
    status: 409,
    code: 'invalid_transition',
    message: {
      vi: `Kết nối đang ở trạng thái "${state.vi}" nên không thể thực hiện thao tác này.`,
      en: `The connection is ${state.en}, so this cannot be done.`,
    },
    extensions: { state: error.from, action: error.action },
  });
}

export class ConnectionService {
  constructor(private readonly deps: ConnectionServiceDependencies) {}

  private now(): Date {
    return (this.deps.clock ?? (() => new Date()))();
  }

  /** The officer introduces both sides (from a suggestion of a need in their area). */
  async connect(actor: Actor | null, input: ConnectInput, origin = 'workbench'): Promise<ConnectionView> {
    const engine = await this.deps.matching.currentEngine();
    return this.deps.transactions.run(async ({ tx }) => {
      const suggestion = await this.deps.matches.lockSuggestion(tx, input.suggestionId);
      if (!suggestion) throw suggestionNotFound(input.suggestionId);
      const need = await this.deps.matching.openNeed(suggestion.needId, tx);
      assertMatchingAllowed(canActOnSuggestions(actor, needFacts(need)));
      if (suggestion.state === 'connected') throw suggestionConflict(suggestion.state);
      const supplier = engine.get(suggestion.candidateId);
      if (!supplier) throw suggestionNotFound(input.suggestionId);
      const officer = actor as Actor;
      const now = this.now();
      const row: ConnectionRow = {
        id: uuidv7(),
        state: 'proposed',
        origin,
        needId: need.id,
        needTitle: need.title,
        candidateType: suggestion.candidateType,
        candidateId: supplier.id,
        candidateTitle: supplier.title,
        suggestionId: suggestion.id,
        requesterOrganisationId: need.requester.id,
        requesterName: need.requester.name,
        supplierOrganisationId: supplier.ownerOrganisationId,
        supplierName: supplier.ownerName,
        requesterContact: need.contact,
        supplierContact: await this.supplierContact(tx, suggestion.candidateType, supplier.id),
        provinceCode: need.locality.provinceCode,
        communeCode: need.locality.communeCode ?? null,
        officerUserId: officer.userId,
        officerName: officer.displayName,
        officerOrganisation: officer.organisationName,
        message: input.message,
        requesterDecision: 'pending',
        supplierDecision: 'pending',
        signedOn: null,
        valueVnd: null,
        transferType: null,
        registrationRequired: null,
        registrationNumber: null,
        closeReason: null,
        closeText: null,
        createdAt: now,
        updatedAt: now,
      };
      await this.deps.connections.insert(tx, row as never);
      await this.deps.connections.addStep(tx, {
        connectionId: row.id,
        kind: 'proposed',
        byUserId: officer.userId,
        byName: officer.displayName,
        text: input.message,
        at: now,
      });
      await this.deps.matches.decide(
        tx,
        suggestion.id,
        { state: 'connected', connectionId: row.id, decidedBy: officer.displayName, decidedAt: now },
        now,
      );
      await appendToOutbox(prismaTxExecutor(tx), [connectionEvents.proposed(row, officer, now)]);
      await this.deps.notifier.notify(tx, {
        kind: 'connection_introduced',
        organisationIds: [row.requesterOrganisationId, row.supplierOrganisationId],
        needId: row.needId,
        needTitle: row.needTitle,
        detail: input.message,
        at: now,
      });
      return this.view(tx, row, officer);
    });
  }

  /** A party's answer to the introduction. */
  decide(actor: Actor | null, id: string, input: DecisionInput): Promise<ConnectionView> {
    return this.mutate(actor, id, { partiesOnly: true }, async (tx, row, party, by, now) => {
      const next = applyDecision(facts(row), party as Party, input.accept);
      const updated = await this.deps.connections.update(tx, id, { ...next, updatedAt: now });
      await this.deps.connections.addStep(tx, {
        connectionId: id,
        kind: input.accept ? 'decided' : 'declined',
        party,
        byUserId: by.userId,
        byName: by.displayName,
        text: input.note || null,
        at: now,
      });
      if (next.state === 'accepted') {
        await this.deps.connections.addStep(tx, {
          connectionId: id,
          kind: 'accepted',
          byUserId: by.userId,
          byName: by.displayName,
          at: now,
        });
      }
      await this.deps.notifier.notify(tx, {
        kind: input.accept ? 'connection_accepted' : 'connection_declined',
        organisationIds: [party === 'requester' ? row.supplierOrganisationId : row.requesterOrganisationId],
        needId: row.needId,
        needTitle: row.needTitle,
        detail: by.organisationName ?? by.displayName,
        at: now,
      });
      return {
        row: updated,
        events: [connectionEvents.decided(updated, party as Party, input.accept, input.note ?? '', by, now)],
      };
    });
  }

  addNote(actor: Actor | null, id: string, input: NoteInput): Promise<ConnectionView> {
    return this.mutate(actor, id, {}, async (tx, row, party, by, now) => {
      const state = applyNote(facts(row));
      const updated = await this.deps.connections.update(tx, id, { state, updatedAt: now });
      await this.deps.connections.addStep(tx, {
        connectionId: id,
        kind: input.kind,
        party,
        byUserId: by.userId,
        byName: by.displayName,
        text: input.text,
        at: input.at ? new Date(input.at) : now,
      });
      return { row: updated, events: [connectionEvents.noted(updated, input.kind, input.text, by, now)] };
    });
  }

  sign(actor: Actor | null, id: string, input: SignInput): Promise<ConnectionView> {
    return this.mutate(actor, id, {}, async (tx, row, party, by, now) => {
      const state = applySign(facts(row));
      const updated = await this.deps.connections.update(tx, id, {
        state,
        signedOn: new Date(`${input.signedOn}T00:00:00Z`),
        valueVnd: BigInt(input.valueVnd),
        transferType: input.transferType,
        registrationRequired: input.registrationRequired,
        registrationNumber: input.registrationRequired && input.registrationNumber ? input.registrationNumber : null,
        updatedAt: now,
      });
      await this.deps.connections.addStep(tx, {
        connectionId: id,
        kind: 'signed',
        party,
        byUserId: by.userId,
        byName: by.displayName,
        text: `${input.signedOn} · ${input.valueVnd} VND · ${input.transferType}`,
        at: now,
      });
      await this.deps.notifier.notify(tx, {
        kind: 'connection_signed',
        organisationIds: [row.requesterOrganisationId, row.supplierOrganisationId],
        needId: row.needId,
        needTitle: row.needTitle,
        detail: input.signedOn,
        at: now,
      });
      return { row: updated, events: [connectionEvents.signed(updated, by, now)] };
    });
  }

  /** The technology-transfer contract's registration number, once the authority issued it. */
  register(actor: Actor | null, id: string, registrationNumber: string): Promise<ConnectionView> {
    return this.mutate(actor, id, {}, async (tx, row, party, by, now) => {
      applyRegistration(facts(row));
      const updated = await this.deps.connections.update(tx, id, {
        registrationRequired: true,
        registrationNumber,
        updatedAt: now,
      });
      await this.deps.connections.addStep(tx, {
        connectionId: id,
        kind: 'registered',
        party,
        byUserId: by.userId,
        byName: by.displayName,
        text: registrationNumber,
        at: now,
      });
      return { row: updated, events: [connectionEvents.noted(updated, 'registration', registrationNumber, by, now)] };
    });
  }

  close(actor: Actor | null, id: string, input: CloseInput): Promise<ConnectionView> {
    return this.mutate(actor, id, {}, async (tx, row, party, by, now) => {
      const state = applyClose(facts(row));
      const updated = await this.deps.connections.update(tx, id, {
        state,
        closeReason: input.reasonCode,
        closeText: input.reasonText || null,
        updatedAt: now,
      });
      await this.deps.connections.addStep(tx, {
        connectionId: id,
        kind: 'closed',
        party,
        byUserId: by.userId,
        byName: by.displayName,
        text: input.reasonText || input.reasonCode,
        at: now,
      });
      return { row: updated, events: [connectionEvents.closed(updated, by, now)] };
    });
  }

  async get(actor: Actor | null, id: string): Promise<ConnectionView> {
    const row = await this.deps.connections.find(this.deps.db, id);
    if (!row || !this.maySee(actor, row)) throw connectionNotFound(id);
    return this.view(this.deps.db, row, actor as Actor);
  }

  /** A party's own connections; an officer's area (a commune officer's commune). */
  async list(actor: Actor | null, query: ConnectionListQuery): Promise<ConnectionPage> {
    if (!actor) throw problem('unauthenticated');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 1);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const scope = matchingScope(actor);
    let filter: { organisationId?: string; communeCode?: string };
    if (scope)
      filter =
        scope.level === 'commune'
          ? { communeCode: scope.communeCode }
          : query.communeCode
            ? { communeCode: query.communeCode }
            : {};
    else if (actor.organisationId) filter = { organisationId: actor.organisationId };
    else throw problem('forbidden');
    const rows = await this.deps.connections.list(this.deps.db, {
      ...filter,
      ...(query.state ? { state: query.state } : {}),
      ...(after?.[0] ? { beforeId: after[0] } : {}),
      limit: query.limit,
    });
    const page = rows.slice(0, query.limit);
    const steps = await this.deps.connections.steps(
      this.deps.db,
      page.map((r) => r.id),
    );
    const last = page.at(-1);
    return {
      items: page.map((row) => toView(row, steps.get(row.id) ?? [], actor)),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    };
  }

  private maySee(actor: Actor | null, row: ConnectionRow): boolean {
    if (!actor) return false;
    if (partyOf(facts(row), actor.organisationId)) return true;
    const scope = matchingScope(actor);
    return scope !== null && inScope(scope, row);
  }

  private async mutate(
    actor: Actor | null,
    id: string,
    options: { partiesOnly?: boolean },
    change: (
      tx: Db,
      row: ConnectionRow,
      party: Party | null,
      by: Actor,
      now: Date,
    ) => Promise<{ row: ConnectionRow; events: OutgoingEvent[] }>,
  ): Promise<ConnectionView> {
    if (!actor) throw problem('unauthenticated');
    try {
      return await this.deps.transactions.run(async ({ tx }) => {
        const row = await this.deps.connections.lock(tx, id);
        // Someone else's connection is answered like one that does not exist.
        if (!row || !this.maySee(actor, row)) throw connectionNotFound(id);
        const party = partyOf(facts(row), actor.organisationId);
        if (options.partiesOnly && !party) {
          throw problem('forbidden', {
            message: {
              vi: 'Chỉ hai bên được giới thiệu mới trả lời lời giới thiệu.',
              en: 'Only the two introduced parties answer the introduction.',
            },
          });
        }
        const result = await change(tx, row, party, actor, this.now());
        await appendToOutbox(prismaTxExecutor(tx), result.events);
        return this.view(tx, result.row, actor);
      });
    } catch (error) {
      if (error instanceof ConnectionTransitionError) throw transitionProblem(error);
      throw error;
    }
  }

  private async view(db: Db, row: ConnectionRow, actor: Actor): Promise<ConnectionView> {
    const steps = await this.deps.connections.steps(db, [row.id]);
    return toView(row, steps.get(row.id) ?? [], actor);
  }

  private async supplierContact(db: Db, type: string, id: string): Promise<ContactView> {
    const row =
      type === 'expert'
        ? await db.expert.findUnique({ where: { id }, select: { publishedSnapshot: true } })
        : await db.offer.findUnique({ where: { id }, select: { publishedSnapshot: true } });
    const contact = (row?.publishedSnapshot as { contact?: ContactView } | null)?.contact;
    return contact ?? { name: '' };
  }
}

function facts(row: ConnectionRow) {
  return {
    state: row.state as ConnectionView['state'],
    requesterDecision: row.requesterDecision as Decision,
    supplierDecision: row.supplierDecision as Decision,
    requesterOrganisationId: row.requesterOrganisationId,
    supplierOrganisationId: row.supplierOrganisationId,
  };
}

/** The API view. Contacts are added only when both sides accepted (consent gating). */
export function toView(row: ConnectionRow, steps: ConnectionStepRow[], viewer: Actor | null): ConnectionView {
  const f = facts(row);
  const myParty = partyOf(f, viewer?.organisationId ?? null);
  return {
    id: row.id,
    state: f.state,
    origin: row.origin,
    need: { id: row.needId, title: row.needTitle },
    candidate: {
      type: row.candidateType as ConnectionView['candidate']['type'],
      id: row.candidateId,
      title: row.candidateTitle,
    },
    requester: { id: row.requesterOrganisationId, name: row.requesterName },
    supplier: { id: row.supplierOrganisationId, name: row.supplierName },
    officer: { name: row.officerName, ...(row.officerOrganisation ? { organisation: row.officerOrganisation } : {}) },
    message: row.message,
    locality: { provinceCode: row.provinceCode, ...(row.communeCode ? { communeCode: row.communeCode } : {}) },
    ...(myParty ? { myParty } : {}),
    decisions: { requester: f.requesterDecision, supplier: f.supplierDecision },
    ...(contactsVisible(f)
      ? {
          contacts: {
            requester: row.requesterContact as ContactView,
            supplier: row.supplierContact as ContactView,
          },
        }
      : {}),
    ...(row.state === 'signed' && row.signedOn && row.valueVnd !== null && row.transferType
      ? {
          deal: {
            signedOn: row.signedOn.toISOString().slice(0, 10),
            valueVnd: row.valueVnd.toString(),
            transferType: row.transferType as NonNullable<ConnectionView['deal']>['transferType'],
            registrationRequired: row.registrationRequired ?? false,
            ...(row.registrationNumber ? { registrationNumber: row.registrationNumber } : {}),
          },
        }
      : {}),
    ...(row.closeReason
      ? {
          closure: {
            reasonCode: row.closeReason as NonNullable<ConnectionView['closure']>['reasonCode'],
            ...(row.closeText ? { reasonText: row.closeText } : {}),
          },
        }
      : {}),
    timeline: steps.map((s) => ({
      kind: s.kind as ConnectionView['timeline'][number]['kind'],
      at: s.at.toISOString(),
      by: s.byName,
      ...(s.party ? { party: s.party as Party } : {}),
      ...(s.text ? { text: s.text } : {}),
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
