// The expert-profile form's state, its client-side validation (the Techmart expert schema's limits,
// services/techmart/src/experts/expert.schema.ts) and its conversion to ExpertInput.

import { EXPERT_RESULT_KINDS, expertInputSchema, type ExpertInput } from '@sti/techmart/api';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import type { Expert } from '../api/techmart-types.ts';
import { checkContact, checkLength, contactInput, dotPath, mergeSchemaIssues, type SchemaIssue } from './formCommon.ts';
import { type FieldError, LIMITS, normaliseBlock, normaliseLine, parseKeywords } from './offerForm.ts';

export type ExpertResultKind = (typeof EXPERT_RESULT_KINDS)[number];
export { EXPERT_RESULT_KINDS };

export const EXPERT_LIMITS = {
  fullName: { min: 2, max: 120 },
  academicTitle: { max: 40 },
  fields: { min: 1, max: 5 },
  resultTitle: { min: 3, max: 300 },
  year: { min: 1950, max: 2100 },
  results: { max: 50 },
  biography: { max: 5000 },
} as const;

export interface ExpertResultState {
  title: string;
  year: string;
  kind: ExpertResultKind | '';
}

export interface ExpertFormState {
  fullName: string;
  academicTitle: string;
  fieldCodes: string[];
  keywords: string;
  results: ExpertResultState[];
  availableForConsulting: boolean;
  biography: string;
  provinceCode: string;
  communeCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export function emptyExpertForm(): ExpertFormState {
  return {
    fullName: '',
    academicTitle: '',
    fieldCodes: [],
    keywords: '',
    results: [],
    availableForConsulting: true,
    biography: '',
    provinceCode: '',
    communeCode: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  };
}

export function expertFormFromExpert(e: Expert): ExpertFormState {
  return {
    fullName: e.fullName,
    academicTitle: e.academicTitle ?? '',
    fieldCodes: (e.fields ?? []).map((f) => f.code),
    keywords: (e.keywords ?? []).join(', '),
    results: (e.results ?? []).map((r) => ({
      title: r.title,
      year: r.year ? String(r.year) : '',
      kind: (EXPERT_RESULT_KINDS as readonly string[]).includes(r.kind ?? '') ? (r.kind as ExpertResultKind) : '',
    })),
    availableForConsulting: e.availableForConsulting ?? false,
    biography: e.biography ?? '',
    provinceCode: e.locality?.provinceCode ?? '',
    communeCode: e.locality?.communeCode ?? '',
    contactName: e.contact?.name ?? '',
    contactEmail: e.contact?.email ?? '',
    contactPhone: e.contact?.phone ?? '',
  };
}

export const EXPERT_FIELD_LABELS: Record<string, MessageKey> = {
  fullName: 'expert.fullName',
  academicTitle: 'expert.academicTitle',
  fieldCodes: 'expert.fields',
  keywords: 'form.keywords',
  results: 'expert.results',
  biography: 'expert.biography',
  'locality.provinceCode': 'form.province',
  'locality.communeCode': 'form.commune',
  'contact.name': 'form.contactName',
  'contact.email': 'form.contactEmail',
  'contact.phone': 'form.contactPhone',
};

/** Map a server field path to the expert form's field ids (`results.2.year` → `results.2`). */
export function expertServerField(field: string): string {
  const f = dotPath(field);
  if (f === 'locality') return 'locality.provinceCode';
  if (f === 'contact') return 'contact.name';
  if (f.startsWith('keywords')) return 'keywords';
  if (f.startsWith('fieldCodes') || f === 'fields') return 'fieldCodes';
  const result = /^results\.(\d+)/.exec(f);
  if (result) return `results.${result[1]}`;
  return f;
}

export function validateExpert(f: ExpertFormState): FieldError[] {
  const errors: FieldError[] = [];
  checkLength(
    errors,
    'fullName',
    'expert.fullName',
    f.fullName,
    EXPERT_LIMITS.fullName.min,
    EXPERT_LIMITS.fullName.max,
  );
  checkLength(
    errors,
    'academicTitle',
    'expert.academicTitle',
    f.academicTitle,
    undefined,
    EXPERT_LIMITS.academicTitle.max,
  );
  const codes = new Set(f.fieldCodes);
  if (codes.size < EXPERT_LIMITS.fields.min)
    errors.push({ field: 'fieldCodes', key: 'v.atLeastOne', label: 'expert.fieldOne' });
  else if (codes.size > EXPERT_LIMITS.fields.max)
    errors.push({ field: 'fieldCodes', key: 'v.maxFields', vars: { max: EXPERT_LIMITS.fields.max } });
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
  if (f.results.length > EXPERT_LIMITS.results.max)
    errors.push({ field: 'results', key: 'v.maxResults', vars: { max: EXPERT_LIMITS.results.max } });
  f.results.forEach((r, i) => {
    const n = normaliseLine(r.title).length;
    const year = Number(r.year);
    if (
      n < EXPERT_LIMITS.resultTitle.min ||
      n > EXPERT_LIMITS.resultTitle.max ||
      !/^\d{4}$/.test(r.year.trim()) ||
      year < EXPERT_LIMITS.year.min ||
      year > EXPERT_LIMITS.year.max ||
      !r.kind
    )
      errors.push({ field: `results.${i}`, key: 'v.result', vars: { n: i + 1 } });
  });
  checkLength(errors, 'biography', 'expert.biography', f.biography, undefined, EXPERT_LIMITS.biography.max, true);
  if (!f.provinceCode) errors.push({ field: 'locality.provinceCode', key: 'v.choose', label: 'form.province' });
  checkContact(errors, f);
  const parsed = expertInputSchema.safeParse(toExpertInput(f));
  if (!parsed.success)
    mergeSchemaIssues(errors, parsed.error.issues as SchemaIssue[], expertServerField, EXPERT_FIELD_LABELS);
  return errors;
}

export function toExpertInput(f: ExpertFormState): ExpertInput {
  const title = normaliseLine(f.academicTitle);
  return {
    fullName: normaliseLine(f.fullName),
    ...(title ? { academicTitle: title } : {}),
    fieldCodes: [...new Set(f.fieldCodes)],
    keywords: parseKeywords(f.keywords),
    results: f.results.map((r) => ({
      title: normaliseLine(r.title),
      year: Number(r.year.trim()),
      kind: (r.kind || 'other') as ExpertResultKind,
    })),
    availableForConsulting: f.availableForConsulting,
    biography: normaliseBlock(f.biography),
    locality: f.communeCode
      ? { provinceCode: f.provinceCode, communeCode: f.communeCode }
      : { provinceCode: f.provinceCode },
    contact: contactInput(f),
  };
}
