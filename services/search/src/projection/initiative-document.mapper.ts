// Turns a record of the central initiative repository (initiatives.repository.v1) into a search
// document of type `initiative`. Pure: unit-tested directly.
import { type Locality, type ReferenceTerm, RecordOrigin, type RepositoryRecord } from '@sti/contracts';
import type { InitiativeOrigin, LocalityRef, SearchDocument, SectorRef } from '../engine/index.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function term(value: ReferenceTerm | undefined): SectorRef | null {
  return value?.code ? { code: value.code, nameVi: value.nameVi, nameEn: value.nameEn } : null;
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

function origin(value: RecordOrigin): InitiativeOrigin {
  // an unset origin (a producer that forgot it) is not a campaign of this platform
  return value === RecordOrigin.CAMPAIGN ? 'campaign' : 'import';
}

/** The record's recognition year; a missing one falls back to the decision date's year. */
function recognitionYear(record: RepositoryRecord, recognisedOn: string | null): number {
  if (record.year >= 1900 && record.year <= 2200) return record.year;
  const fromDate = recognisedOn ? Number(recognisedOn.slice(0, 4)) : Number.NaN;
  return fromDate >= 1900 && fromDate <= 2200 ? fromDate : 1970;
}

/** `newest` orders initiatives by recognition: the decision date, else 1 January of the year. */
function recognisedAt(recognisedOn: string | null, year: number): string {
  return `${recognisedOn ?? `${String(year).padStart(4, '0')}-01-01`}T00:00:00.000Z`;
}

function clampedVnd(value: bigint): number {
  if (value <= 0n) return 0;
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

export function initiativeDocument(record: RepositoryRecord): SearchDocument {
  const recognisedOn = ISO_DATE.test(record.recognisedOn) ? record.recognisedOn : null;
  const year = recognitionYear(record, recognisedOn);
  return {
    id: record.id,
    type: 'initiative',
    title: record.title,
    summary: record.summary,
    // searched, never returned: the effectiveness in words
    body: record.effectivenessSummary,
    keywords: [],
    sector: null,
    locality: locality(record.locality),
    trl: null,
    transferModes: [],
    ipStatus: null,
    ownerName: record.organisation?.name || null,
    initiative: {
      field: term(record.field),
      unitName: record.unitName,
      year,
      origin: origin(record.origin),
      benefitVnd: clampedVnd(record.benefitVnd),
      hasCertificate: record.certificateCode.length > 0,
      recognisedOn,
      decisionNumber: record.decisionNumber || null,
      authors: record.authors.map((author) => author.name).filter(Boolean),
    },
    publishedAt: recognisedAt(recognisedOn, year),
    version: record.revision,
  };
}
