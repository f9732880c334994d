// Turns Techmart's published snapshots into search documents. Pure: unit-tested directly.
import {
  EquipmentCondition,
  type Expert,
  IpStatus,
  type Need,
  type Offer,
  OfferKind,
  type Organisation,
  type Price,
  type ReferenceTerm,
  type Locality,
  TransferMode,
} from '@sti/contracts';
import {
  EQUIPMENT_CONDITIONS,
  type EquipmentConditionValue,
  type LocalityRef,
  type SearchDocument,
  type SearchPrice,
  type SectorRef,
} from '../engine/index.js';

/** `IP_STATUS_GRANTED_PATENT` → `granted_patent`: the HTTP contract's spelling. */
function enumValue(names: Record<number, string>, prefix: string, value: number): string | null {
  const name = names[value];
  if (!name || value === 0) return null;
  return name.replace(new RegExp(`^${prefix}_`), '').toLowerCase();
}

function sector(term: ReferenceTerm | undefined): SectorRef | null {
  return term?.code ? { code: term.code, nameVi: term.nameVi, nameEn: term.nameEn } : null;
}

function locality(value: Locality | undefined): LocalityRef | null {
  if (!value?.provinceCode) return null;
  return {
    provinceCode: value.provinceCode,
    provinceName: value.provinceName,
    communeCode: value.communeCode || null,
    communeName: value.communeName || null,
  };
}

function condition(value: EquipmentCondition | undefined): EquipmentConditionValue | null {
  const spelled = value === undefined ? null : enumValue(EquipmentCondition, 'EQUIPMENT_CONDITION', value);
  return EQUIPMENT_CONDITIONS.find((c) => c === spelled) ?? null;
}

/** Techmart's one amount (int64 VND) or "negotiable"; null when the listing states no price. */
function price(value: Price | undefined): SearchPrice | null {
  const v = value?.value;
  if (v?.case === 'amountVnd') return v.value >= 0n ? { amountVnd: Number(v.value) } : null;
  if (v?.case === 'negotiable' && v.value) return { negotiable: true };
  return null;
}

function ownerName(org: Organisation | undefined): string | null {
  return org?.name || null;
}

function publishedAt(value: string, fallback: string): string {
  return value || fallback || new Date(0).toISOString();
}

export function offerDocument(offer: Offer): SearchDocument {
  const equipmentSpecs = offer.equipment?.specifications.map((s) => `${s.name} ${s.value}`).join('. ') ?? '';
  return {
    id: offer.id,
    type: offer.kind === OfferKind.EQUIPMENT ? 'equipment' : 'offer',
    title: offer.title,
    summary: offer.summary,
    body: [offer.description, equipmentSpecs].filter(Boolean).join('\n'),
    keywords: offer.keywords,
    sector: sector(offer.sector),
    locality: locality(offer.locality),
    trl: offer.trl >= 1 && offer.trl <= 9 ? offer.trl : null,
    transferModes: offer.transferModes
      .map((mode) => enumValue(TransferMode, 'TRANSFER_MODE', mode))
      .filter((mode): mode is string => mode !== null),
    ipStatus: enumValue(IpStatus, 'IP_STATUS', offer.ipStatus),
    ownerName: ownerName(offer.owner),
    condition: offer.kind === OfferKind.EQUIPMENT ? condition(offer.equipment?.condition) : null,
    price: price(offer.price),
    publishedAt: publishedAt(offer.publishedAt, offer.updatedAt),
    version: offer.revision,
  };
}

export function needDocument(need: Need): SearchDocument {
  return {
    id: need.id,
    type: 'need',
    title: need.title,
    summary: need.problem.length > 400 ? `${need.problem.slice(0, 397)}…` : need.problem,
    body: need.problem,
    keywords: need.keywords,
    sector: sector(need.sector),
    locality: locality(need.locality),
    trl: need.desiredTrl >= 1 && need.desiredTrl <= 9 ? need.desiredTrl : null,
    transferModes: [],
    ipStatus: null,
    ownerName: ownerName(need.requester),
    publishedAt: publishedAt(need.publishedAt, need.updatedAt),
    version: need.revision,
  };
}

export function expertDocument(expert: Expert): SearchDocument {
  const name = [expert.academicTitle, expert.fullName].filter(Boolean).join(' ');
  const fields = expert.fields.map((f) => f.nameVi).join(', ');
  return {
    id: expert.id,
    type: 'expert',
    title: name,
    summary: [fields, expert.organisation?.name].filter(Boolean).join(' — '),
    body: [expert.biography, ...expert.results.map((r) => `${r.title} (${r.year})`)].filter(Boolean).join('\n'),
    keywords: expert.keywords,
    sector: sector(expert.fields[0]),
    locality: locality(expert.locality),
    trl: null,
    transferModes: [],
    ipStatus: null,
    ownerName: ownerName(expert.organisation),
    publishedAt: publishedAt(expert.publishedAt, expert.updatedAt),
    version: expert.revision,
  };
}
