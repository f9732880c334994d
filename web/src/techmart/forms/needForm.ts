// The technology-need form's state, its client-side validation (the Techmart need schema's limits,
// services/techmart/src/needs/need.schema.ts) and its conversion to NeedInput / NeedIntakeInput.

import { needInputSchema, needIntakeSchema, type NeedInput, type NeedIntakeInput } from '@sti/techmart/api';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import type { Need } from '../api/techmart-types.ts';
import { checkContact, checkLength, contactInput, dotPath, mergeSchemaIssues, type SchemaIssue } from './formCommon.ts';
import { isDigitString } from '../../shared/lib/format.ts';
import { type FieldError, LIMITS, normaliseBlock, normaliseLine, parseKeywords } from './offerForm.ts';

export const NEED_LIMITS = {
  title: { min: 5, max: 200 },
  problem: { min: 20, max: 20_000 },
  organisationName: { min: 2, max: 200 },
} as const;

export interface NeedFormState {
  title: string;
  problem: string;
  sectorCode: string;
  keywords: string;
  desiredTrl: string;
  budgetMin: string;
  budgetMax: string;
  wantedBy: string;
  provinceCode: string;
  communeCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** For the officer's intake: the business the need is recorded for. */
export interface OnBehalfOfState {
  mode: 'existing' | 'name';
  organisationId: string;
  organisationName: string;
}

export function emptyNeedForm(): NeedFormState {
  return {
    title: '',
    problem: '',
    sectorCode: '',
    keywords: '',
    desiredTrl: '',
    budgetMin: '',
    budgetMax: '',
    wantedBy: '',
    provinceCode: '',
    communeCode: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  };
}

export function emptyOnBehalfOf(): OnBehalfOfState {
  return { mode: 'name', organisationId: '', organisationName: '' };
}

export function needFormFromNeed(n: Need): NeedFormState {
  return {
    title: n.title,
    problem: n.problem ?? '',
    sectorCode: n.sector?.code ?? '',
    keywords: (n.keywords ?? []).join(', '),
    desiredTrl: n.desiredTrl ? String(n.desiredTrl) : '',
    budgetMin: n.budget?.minVnd ?? '',
    budgetMax: n.budget?.maxVnd ?? '',
    wantedBy: n.wantedBy ?? '',
    provinceCode: n.locality?.provinceCode ?? '',
    communeCode: n.locality?.communeCode ?? '',
    contactName: n.contact?.name ?? '',
    contactEmail: n.contact?.email ?? '',
    contactPhone: n.contact?.phone ?? '',
  };
}

export const NEED_FIELD_LABELS: Record<string, MessageKey> = {
  title: 'form.title',
  problem: 'need.problem',
  sectorCode: 'form.sector',
  keywords: 'form.keywords',
  desiredTrl: 'need.desiredTrl',
  'budget.minVnd': 'need.budgetMin',
  'budget.maxVnd': 'need.budgetMax',
  wantedBy: 'need.wantedBy',
  'locality.provinceCode': 'form.province',
  'locality.communeCode': 'form.commune',
  'contact.name': 'form.contactName',
  'contact.email': 'form.contactEmail',
  'contact.phone': 'form.contactPhone',
  'onBehalfOf.organisationId': 'intake.organisation',
  'onBehalfOf.organisationName': 'intake.organisationName',
};

/** Map a server field path to the need form's field ids. */
export function needServerField(field: string): string {
  const f = dotPath(field);
  if (f === 'locality') return 'locality.provinceCode';
  if (f === 'contact') return 'contact.name';
  if (f === 'budget') return 'budget.minVnd';
  if (f.startsWith('keywords')) return 'keywords';
  if (f === 'sector' || f === 'sector.code') return 'sectorCode';
  if (f === 'onBehalfOf') return 'onBehalfOf.organisationName';
  return f;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (what `<input type="date">` gives and the API takes). */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Digits only (the form strips spaces, dots and commas as the user types). */
export function cleanAmount(s: string): string {
  return s.replace(/[\s.,]/g, '');
}

function validAmount(s: string): boolean {
  return isDigitString(s) && BigInt(s) >= 0n && BigInt(s) <= LIMITS.maxVnd;
}

export function validateNeed(f: NeedFormState, onBehalfOf?: OnBehalfOfState): FieldError[] {
  const errors: FieldError[] = [];
  checkLength(errors, 'title', 'form.title', f.title, NEED_LIMITS.title.min, NEED_LIMITS.title.max);
  checkLength(errors, 'problem', 'need.problem', f.problem, NEED_LIMITS.problem.min, NEED_LIMITS.problem.max, true);
  if (!f.sectorCode) errors.push({ field: 'sectorCode', key: 'v.choose', label: 'form.sector' });
  const keywords = parseKeywords(f.keywords);
  if (keywords.length > LIMITS.keywords.max)
    errors.push({ field: 'keywords', key: 'v.maxItems', vars: { max: LIMITS.keywords.max } });
  else if (keywords.some((k) => k.length > LIMITS.keywords.itemMax))
    errors.push({
      field: 'keywords',
      key: 'v.maxLength',
      label: 'form.keywords',
      vars: { max: LIMITS.keywords.itemMax },
    });
  if (f.desiredTrl) {
    const trl = Number(f.desiredTrl);
    if (!Number.isInteger(trl) || trl < LIMITS.trl.min || trl > LIMITS.trl.max)
      errors.push({ field: 'desiredTrl', key: 'v.choose', label: 'need.desiredTrl' });
  }
  const min = cleanAmount(f.budgetMin);
  const max = cleanAmount(f.budgetMax);
  if (min && !validAmount(min)) errors.push({ field: 'budget.minVnd', key: 'v.budgetAmount' });
  if (max && !validAmount(max)) errors.push({ field: 'budget.maxVnd', key: 'v.budgetAmount' });
  else if (min && max && validAmount(min) && BigInt(min) > BigInt(max))
    errors.push({ field: 'budget.maxVnd', key: 'v.budgetOrder' });
  if (f.wantedBy && !isIsoDate(f.wantedBy)) errors.push({ field: 'wantedBy', key: 'v.date' });
  if (!f.provinceCode) errors.push({ field: 'locality.provinceCode', key: 'v.choose', label: 'form.province' });
  checkContact(errors, f);
  if (onBehalfOf) {
    if (onBehalfOf.mode === 'existing') {
      if (!onBehalfOf.organisationId)
        errors.push({ field: 'onBehalfOf.organisationId', key: 'v.choose', label: 'intake.organisation' });
    } else {
      checkLength(
        errors,
        'onBehalfOf.organisationName',
        'intake.organisationName',
        onBehalfOf.organisationName,
        NEED_LIMITS.organisationName.min,
        NEED_LIMITS.organisationName.max,
      );
    }
  }
  // Then the Techmart schema itself (the one source of truth) for anything the checks above missed.
  const parsed = onBehalfOf
    ? needIntakeSchema.safeParse(toNeedIntakeInput(f, onBehalfOf))
    : needInputSchema.safeParse(toNeedInput(f));
  if (!parsed.success)
    mergeSchemaIssues(errors, parsed.error.issues as SchemaIssue[], needServerField, NEED_FIELD_LABELS);
  return errors;
}

export function toNeedInput(f: NeedFormState): NeedInput {
  const min = cleanAmount(f.budgetMin);
  const max = cleanAmount(f.budgetMax);
  const input: NeedInput = {
    title: normaliseLine(f.title),
    problem: normaliseBlock(f.problem),
    sectorCode: f.sectorCode,
    keywords: parseKeywords(f.keywords),
    locality: f.communeCode
      ? { provinceCode: f.provinceCode, communeCode: f.communeCode }
      : { provinceCode: f.provinceCode },
    contact: contactInput(f),
  };
  if (f.desiredTrl) input.desiredTrl = Number(f.desiredTrl);
  if (min || max) input.budget = { ...(min ? { minVnd: min } : {}), ...(max ? { maxVnd: max } : {}) };
  if (f.wantedBy) input.wantedBy = f.wantedBy;
  return input;
}

export function toNeedIntakeInput(f: NeedFormState, o: OnBehalfOfState): NeedIntakeInput {
  return {
    ...toNeedInput(f),
    onBehalfOf:
      o.mode === 'existing'
        ? { organisationId: o.organisationId }
        : { organisationName: normaliseLine(o.organisationName) },
  };
}
