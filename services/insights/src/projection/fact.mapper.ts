// Events → facts. Pure functions: which stream a thing counts in, when, where, and with which
// attributes the indicator filters select on.
import {
  type Expert,
  type Need,
  type OcopProductFacts,
  type Offer,
  OfferKind,
  RecordOrigin,
  type RepositoryRecord,
} from '@sti/contracts';
import { localDayStart } from '../periods/period.js';
import type { Fact, FactLocality } from './fact.js';

export const LISTING_STREAM = 'techmart.listing';
export const INITIATIVE_RECORD_STREAM = 'initiatives.record';
export const OCOP_STREAM = 'ip.ocop';

interface LocalityLike {
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
}

function locality(value: LocalityLike | undefined): FactLocality {
  return {
    provinceCode: value?.provinceCode ?? '',
    provinceName: value?.provinceName ?? '',
    communeCode: value?.communeCode ?? '',
    communeName: value?.communeName ?? '',
  };
}

/** A snapshot's own timestamp when it parses, else the event's time. */
function when(iso: string, fallback: Date): Date {
  const parsed = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(parsed) ? fallback : new Date(parsed);
}

export function offerFact(offer: Offer, eventTime: Date): Fact {
  return {
    stream: LISTING_STREAM,
    entityId: offer.id,
    revision: offer.revision,
    occurredAt: when(offer.publishedAt, eventTime),
    locality: locality(offer.locality),
    sectorCode: offer.sector?.code ?? '',
    organisationType: '',
    organisationId: offer.owner?.id ?? '',
    attributes: { listingType: offer.kind === OfferKind.EQUIPMENT ? 'equipment' : 'technology' },
    amount: offer.price?.value.case === 'amountVnd' ? offer.price.value.value : 0n,
    withdrawn: false,
    timeMode: 'first',
  };
}

export function needFact(need: Need, eventTime: Date): Fact {
  // a need an officer recorded on a business's behalf carries the intake; one a business posted does not
  const intake = Boolean(need.intake?.enteredBy?.userId);
  return {
    stream: LISTING_STREAM,
    entityId: need.id,
    revision: need.revision,
    occurredAt: when(need.publishedAt, eventTime),
    locality: locality(need.locality),
    sectorCode: need.sector?.code ?? '',
    organisationType: '',
    organisationId: need.requester?.id ?? need.intake?.onBehalfOf?.id ?? '',
    attributes: { listingType: 'need', channel: intake ? 'intake' : 'direct' },
    amount: need.budgetMaxVnd,
    withdrawn: false,
    timeMode: 'first',
  };
}

export function expertFact(expert: Expert, eventTime: Date): Fact {
  return {
    stream: LISTING_STREAM,
    entityId: expert.id,
    revision: expert.revision,
    occurredAt: when(expert.publishedAt, eventTime),
    locality: locality(expert.locality),
    sectorCode: expert.fields[0]?.code ?? '',
    organisationType: '',
    organisationId: expert.organisation?.id ?? '',
    attributes: { listingType: 'expert' },
    amount: 0n,
    withdrawn: false,
    timeMode: 'first',
  };
}

/** A repository record counts on the day of its recognition decision (local), else when published. */
export function recordFact(record: RepositoryRecord, eventTime: Date): Fact {
  let occurredAt = eventTime;
  if (/^\d{4}-\d{2}-\d{2}$/.test(record.recognisedOn)) {
    try {
      occurredAt = localDayStart(record.recognisedOn);
    } catch {
      occurredAt = eventTime;
    }
  }
  return {
    stream: INITIATIVE_RECORD_STREAM,
    entityId: record.id,
    revision: record.revision,
    occurredAt,
    locality: locality(record.locality),
    sectorCode: record.field?.code ?? '',
    organisationType: '',
    organisationId: record.organisation?.id ?? '',
    attributes: {
      origin: record.origin === RecordOrigin.IMPORT ? 'import' : 'campaign',
      year: record.year > 0 ? String(record.year) : '',
    },
    amount: record.benefitVnd > 0n ? record.benefitVnd : 0n,
    withdrawn: false,
    timeMode: 'latest',
  };
}

/** A withdrawn record's tombstone: outranks every older revision, so no replay brings it back. */
export function recordTombstone(recordId: string, revision: number, eventTime: Date): Fact {
  return {
    stream: INITIATIVE_RECORD_STREAM,
    entityId: recordId,
    revision,
    occurredAt: eventTime,
    locality: locality(undefined),
    sectorCode: '',
    organisationType: '',
    organisationId: '',
    attributes: {},
    amount: 0n,
    withdrawn: true,
    timeMode: 'latest',
  };
}

/**
 * One OCOP fact per product and kind: the product counts once when it enrols (products supported),
 * its barcode once when first confirmed (barcodes issued), its mark once when first confirmed (marks
 * registered); a later re-confirmation keeps the first time.
 */
export function ocopFact(
  product: OcopProductFacts,
  kind: 'product' | 'barcode' | 'mark',
  eventTime: Date,
  attributes: Record<string, string> = {},
): Fact {
  return {
    stream: OCOP_STREAM,
    entityId: kind === 'product' ? product.id : `${product.id}/${kind}`,
    revision: 1,
    occurredAt: eventTime,
    locality: locality({ provinceCode: product.localityCode, provinceName: '', communeCode: '', communeName: '' }),
    sectorCode: '',
    organisationType: '',
    organisationId: product.organisation?.id ?? '',
    attributes: { kind, category: product.category, ...attributes },
    amount: 0n,
    withdrawn: false,
    timeMode: 'first',
  };
}
