// Topics and the shared value types of the service's events (sti.common.v1, sti.ipsupport.v1).
import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  type ActorSchema,
  IpRight as IpRightMessage,
  RequestState as RequestStateMessage,
  SubjectKind as SubjectKindMessage,
} from '@sti/contracts';
import type { IpRight, RequestState, SubjectKind } from '../generated/prisma/enums.js';
import type { Actor } from '../shared/actor.js';

export const EVENT_SOURCE = '/sti/ip-support';
export const REQUEST_TOPIC = 'ipsupport.request.v1';
export const FILING_TOPIC = 'ipsupport.filing.v1';
/** Every topic the service publishes on; capabilities that add topics append theirs here. */
export const IP_SUPPORT_TOPICS: string[] = [
  REQUEST_TOPIC,
  FILING_TOPIC,
  'ipsupport.subsidy-claim.v1',
  'ipsupport.subsidy-budget.v1',
  'ipsupport.ocop.v1', // src/ocop (OCOP_TOPIC)
];

export function actorMessage(actor: Actor): MessageInitShape<typeof ActorSchema> {
  return {
    userId: actor.userId,
    displayName: actor.displayName,
    organisationId: actor.organisationId ?? '',
    roles: [...actor.roles],
  };
}

export const RIGHT_MESSAGE: Record<IpRight, IpRightMessage> = {
  trademark: IpRightMessage.TRADEMARK,
  collective_mark: IpRightMessage.COLLECTIVE_MARK,
  certification_mark: IpRightMessage.CERTIFICATION_MARK,
  patent: IpRightMessage.PATENT,
  utility_solution: IpRightMessage.UTILITY_SOLUTION,
  industrial_design: IpRightMessage.INDUSTRIAL_DESIGN,
  geographical_indication: IpRightMessage.GEOGRAPHICAL_INDICATION,
};

export const SUBJECT_MESSAGE: Record<SubjectKind, SubjectKindMessage> = {
  product: SubjectKindMessage.PRODUCT,
  technology: SubjectKindMessage.TECHNOLOGY,
  ocop_product: SubjectKindMessage.OCOP_PRODUCT,
  initiative: SubjectKindMessage.INITIATIVE,
  techmart_offer: SubjectKindMessage.TECHMART_OFFER,
};

export const REQUEST_STATE_MESSAGE: Record<RequestState, RequestStateMessage> = {
  submitted: RequestStateMessage.SUBMITTED,
  needs_info: RequestStateMessage.NEEDS_INFO,
  accepted: RequestStateMessage.ACCEPTED,
  declined: RequestStateMessage.DECLINED,
  dossier_complete: RequestStateMessage.DOSSIER_COMPLETE,
  filed: RequestStateMessage.FILED,
  granted: RequestStateMessage.GRANTED,
  refused: RequestStateMessage.REFUSED,
  withdrawn: RequestStateMessage.WITHDRAWN,
};
