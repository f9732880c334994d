// The connection's events (topic techmart.connection.v1, key = connection id). Each carries the
// facts the indicators count (commune, province, period, organisations), so no consumer needs an
// earlier event to place a step.

import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  CandidateType,
  ConnectionClosedSchema,
  type ConnectionFactsSchema,
  ConnectionNoteAddedSchema,
  ConnectionParty,
  ConnectionPartyDecidedSchema,
  ConnectionProposedSchema,
  ConnectionSignedSchema,
  ConnectionState,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE } from '../events/common-messages.js';
import type { Actor } from '../shared/actor.js';
import { periodOf } from './connection-state.js';
import type { ConnectionRow } from './connection.repository.js';
import type { Party } from './connection.schema.js';

export const CONNECTION_TOPIC = 'techmart.connection.v1';

const CANDIDATE: Record<string, CandidateType> = {
  technology: CandidateType.TECHNOLOGY,
  equipment: CandidateType.EQUIPMENT,
  expert: CandidateType.EXPERT,
};
const STATE: Record<string, ConnectionState> = {
  proposed: ConnectionState.PROPOSED,
  accepted: ConnectionState.ACCEPTED,
  negotiating: ConnectionState.NEGOTIATING,
  signed: ConnectionState.SIGNED,
  declined: ConnectionState.DECLINED,
  closed: ConnectionState.CLOSED,
};

function facts(row: ConnectionRow, at: Date): MessageInitShape<typeof ConnectionFactsSchema> {
  return {
    connectionId: row.id,
    needId: row.needId,
    candidateType: CANDIDATE[row.candidateType] ?? CandidateType.UNSPECIFIED,
    candidateId: row.candidateId,
    requester: { id: row.requesterOrganisationId, name: row.requesterName },
    supplier: { id: row.supplierOrganisationId, name: row.supplierName },
    provinceCode: row.provinceCode,
    communeCode: row.communeCode ?? '',
    period: periodOf(at),
    state: STATE[row.state] ?? ConnectionState.UNSPECIFIED,
    origin: row.origin,
  };
}

const options = (id: string, at: Date) => ({
  topic: CONNECTION_TOPIC,
  aggregateType: 'techmart.connection',
  aggregateId: id,
  source: EVENT_SOURCE,
  occurredAt: at,
});

export const connectionEvents = {
  proposed: (row: ConnectionRow, by: Actor, at: Date): OutgoingEvent =>
    event(
      ConnectionProposedSchema,
      { facts: facts(row, at), message: row.message, by: actorMessage(by) },
      options(row.id, at),
    ),
  decided: (row: ConnectionRow, party: Party, accepted: boolean, note: string, by: Actor, at: Date): OutgoingEvent =>
    event(
      ConnectionPartyDecidedSchema,
      {
        facts: facts(row, at),
        party: party === 'requester' ? ConnectionParty.REQUESTER : ConnectionParty.SUPPLIER,
        accepted,
        note,
        by: actorMessage(by),
      },
      options(row.id, at),
    ),
  noted: (row: ConnectionRow, kind: string, text: string, by: Actor, at: Date): OutgoingEvent =>
    event(ConnectionNoteAddedSchema, { facts: facts(row, at), kind, text, by: actorMessage(by) }, options(row.id, at)),
  signed: (row: ConnectionRow, by: Actor, at: Date): OutgoingEvent =>
    event(
      ConnectionSignedSchema,
      {
        // a deal counts in the month it was signed, not the month it was recorded
        facts: facts(row, row.signedOn ?? at),
        signedOn: row.signedOn?.toISOString().slice(0, 10) ?? '',
        valueVnd: row.valueVnd ?? 0n,
        transferType: row.transferType ?? '',
        registrationRequired: row.registrationRequired ?? false,
        registrationNumber: row.registrationNumber ?? '',
        by: actorMessage(by),
      },
      options(row.id, at),
    ),
  closed: (row: ConnectionRow, by: Actor, at: Date): OutgoingEvent =>
    event(
      ConnectionClosedSchema,
      {
        facts: facts(row, at),
        reasonCode: row.closeReason ?? '',
        reasonText: row.closeText ?? '',
        by: actorMessage(by),
      },
      options(row.id, at),
    ),
};
