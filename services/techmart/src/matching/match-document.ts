// A published listing's matchable facts, as matching stores and indexes them, built from Techmart's
// own events (the published version the public sees). Pure.

import type { MessageShape } from '@bufbuild/protobuf';
import { OfferKind, type ExpertSchema, type NeedSchema, type OfferSchema, TransferMode } from '@sti/contracts';
import { countTerms, type TermCounts } from './match-text.js';
import type { MatchCandidate, MatchNeed } from './match-score.js';
import { wantedTransferModes } from './match-score.js';
import type { CandidateType, TransferModeCode } from './matching.schema.js';

export type DocumentKind = CandidateType | 'need';

export interface MatchDocumentData {
  id: string;
  kind: DocumentKind;
  title: string;
  body: string;
  keywords: string[];
  sectorCodes: string[];
  trl: number | null;
  priceVnd: bigint | null;
  negotiable: boolean;
  desiredTrl: number | null;
  budgetMinVnd: bigint | null;
  budgetMaxVnd: bigint | null;
  provinceCode: string;
  communeCode: string | null;
  transferModes: TransferModeCode[];
  ownerOrganisationId: string;
  ownerName: string;
  publishedAt: Date;
}

const MODE_CODES: Record<number, TransferModeCode> = {
  [TransferMode.LICENCE]: 'licence',
  [TransferMode.ASSIGNMENT]: 'assignment',
  [TransferMode.TURNKEY]: 'turnkey',
  [TransferMode.JOINT_VENTURE]: 'joint_venture',
  [TransferMode.CONSULTING_TRAINING]: 'consulting_training',
};

const date = (iso: string) => (iso ? new Date(iso) : new Date());

export function offerDocument(offer: MessageShape<typeof OfferSchema>): MatchDocumentData {
  const price = offer.price?.value;
  return {
    id: offer.id,
    kind: offer.kind === OfferKind.EQUIPMENT ? 'equipment' : 'technology',
    title: offer.title,
    body: `${offer.summary}\n${offer.description}`,
    keywords: offer.keywords,
    sectorCodes: offer.sector ? [offer.sector.code] : [],
    trl: offer.trl > 0 ? offer.trl : null,
    priceVnd: price?.case === 'amountVnd' ? price.value : null,
    negotiable: price?.case !== 'amountVnd',
    desiredTrl: null,
    budgetMinVnd: null,
    budgetMaxVnd: null,
    provinceCode: offer.locality?.provinceCode ?? '',
    communeCode: offer.locality?.communeCode || null,
    transferModes: offer.transferModes.flatMap((m) => MODE_CODES[m] ?? []),
    ownerOrganisationId: offer.owner?.id ?? '',
    ownerName: offer.owner?.name ?? '',
    publishedAt: date(offer.publishedAt),
  };
}

export function expertDocument(expert: MessageShape<typeof ExpertSchema>): MatchDocumentData {
  const title = [expert.academicTitle, expert.fullName].filter(Boolean).join(' ');
  return {
    id: expert.id,
    kind: 'expert',
    title,
    body: `${expert.biography}\n${expert.results.map((r) => r.title).join('\n')}`,
    keywords: expert.keywords,
    sectorCodes: expert.fields.map((f) => f.code),
    trl: null,
    priceVnd: null,
    negotiable: true,
    desiredTrl: null,
    budgetMinVnd: null,
    budgetMaxVnd: null,
    provinceCode: expert.locality?.provinceCode ?? '',
    communeCode: expert.locality?.communeCode || null,
    transferModes: expert.availableForConsulting ? ['consulting_training'] : [],
    ownerOrganisationId: expert.organisation?.id ?? '',
    ownerName: expert.organisation?.name ?? '',
    publishedAt: date(expert.publishedAt),
  };
}

export function needDocument(need: MessageShape<typeof NeedSchema>): MatchDocumentData {
  return {
    id: need.id,
    kind: 'need',
    title: need.title,
    body: need.problem,
    keywords: need.keywords,
    sectorCodes: need.sector ? [need.sector.code] : [],
    trl: null,
    priceVnd: null,
    negotiable: false,
    desiredTrl: need.desiredTrl > 0 ? need.desiredTrl : null,
    budgetMinVnd: need.budgetMinVnd > 0n ? need.budgetMinVnd : null,
    budgetMaxVnd: need.budgetMaxVnd > 0n ? need.budgetMaxVnd : null,
    provinceCode: need.locality?.provinceCode ?? '',
    communeCode: need.locality?.communeCode || null,
    transferModes: [],
    ownerOrganisationId: need.requester?.id ?? '',
    ownerName: need.requester?.name ?? '',
    publishedAt: date(need.publishedAt),
  };
}

/** Index terms: title and keywords weigh three times the running text (experts' names do not count). */
export function documentTerms(doc: MatchDocumentData): TermCounts {
  return countTerms([
    ...(doc.kind === 'expert' ? [] : [{ text: doc.title, weight: 3 }]),
    { text: doc.keywords.join(' . '), weight: 3 },
    { text: doc.body, weight: 1 },
  ]);
}

export function asNeed(doc: MatchDocumentData): MatchNeed {
  return {
    id: doc.id,
    sectorCode: doc.sectorCodes[0] ?? '',
    desiredTrl: doc.desiredTrl,
    budgetMinVnd: doc.budgetMinVnd,
    budgetMaxVnd: doc.budgetMaxVnd,
    provinceCode: doc.provinceCode,
    communeCode: doc.communeCode,
    wantedModes: wantedTransferModes(`${doc.title}\n${doc.body}\n${doc.keywords.join(' ')}`),
    ownerOrganisationId: doc.ownerOrganisationId,
  };
}

export function asCandidate(doc: MatchDocumentData, signedDeals: number): MatchCandidate {
  return {
    id: doc.id,
    type: doc.kind as CandidateType,
    sectorCodes: doc.sectorCodes,
    trl: doc.trl,
    priceVnd: doc.priceVnd,
    negotiable: doc.negotiable,
    provinceCode: doc.provinceCode,
    communeCode: doc.communeCode,
    transferModes: doc.transferModes,
    ownerOrganisationId: doc.ownerOrganisationId,
    signedDeals,
  };
}
