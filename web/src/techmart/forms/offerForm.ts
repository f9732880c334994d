// The offer form's state, its client-side validation (the same limits as the Techmart API,
// docs/contracts-draft.md) and its conversion to the API's OfferInput.

import { offerInputSchema } from '@sti/techmart/api';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import type {
  EquipmentCondition,
  IpStatus,
  LocalizedText,
  Offer,
  OfferInput,
  OfferKind,
  TransferMode,
} from '../api/techmart-types.ts';
import { isDigitString } from '../../shared/lib/format.ts';

export const LIMITS = {
  title: { min: 5, max: 200 },
  summary: { min: 20, max: 500 },
  description: { max: 20000 },
  keywords: { max: 20, itemMax: 60 },
  trl: { min: 1, max: 9 },
  contactName: { min: 2, max: 120 },
  email: { max: 200 },
  specName: { max: 100 },
  specValue: { max: 500 },
  specs: { max: 50 },
  quantity: { min: 1, max: 100_000 },
  /** the largest accepted amount: 10^16 VND */
  maxVnd: 10n ** 16n,
  returnReason: { min: 10, max: 2000 },
} as const;

export interface OfferFormState {
  kind: OfferKind;
  title: string;
  summary: string;
  description: string;
  sectorCode: string;
  keywords: string;
  trl: string;
  ipStatus: IpStatus | '';
  transferModes: TransferMode[];
  priceMode: 'negotiable' | 'amount';
  amountVnd: string;
  provinceCode: string;
  communeCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  condition: EquipmentCondition | '';
  quantity: string;
  specs: { name: string; value: string }[];
}

export function emptyForm(): OfferFormState {
  return {
    kind: 'technology',
    title: '',
    summary: '',
    description: '',
    sectorCode: '',
    keywords: '',
    trl: '',
    ipStatus: '',
    transferModes: [],
    priceMode: 'negotiable',
    amountVnd: '',
    provinceCode: '',
    communeCode: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    condition: '',
    quantity: '1',
    specs: [],
  };
}

export function formFromOffer(o: Offer): OfferFormState {
  return {
    kind: o.kind,
    title: o.title,
    summary: o.summary,
    description: o.description ?? '',
    sectorCode: o.sector?.code ?? '',
    keywords: (o.keywords ?? []).join(', '),
    trl: o.trl ? String(o.trl) : '',
    ipStatus: o.ipStatus ?? '',
    transferModes: [...(o.transferModes ?? [])],
    priceMode: o.price && 'amountVnd' in o.price ? 'amount' : 'negotiable',
    amountVnd: o.price && 'amountVnd' in o.price ? o.price.amountVnd : '',
    provinceCode: o.locality?.provinceCode ?? '',
    communeCode: o.locality?.communeCode ?? '',
    contactName: o.contact?.name ?? '',
    contactEmail: o.contact?.email ?? '',
    contactPhone: o.contact?.phone ?? '',
    condition: o.equipment?.condition ?? '',
    quantity: o.equipment ? String(o.equipment.quantity) : '1',
    specs: o.equipment?.specifications.map((s) => ({ ...s })) ?? [],
  };
}

export function parseKeywords(raw: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of raw.split(/[,;\n]/)) {
    const k = normaliseLine(part);
    if (k && !seen.has(k.toLocaleLowerCase('vi'))) {
      seen.add(k.toLocaleLowerCase('vi'));
      out.push(k);
    }
  }
  return out;
}

/** One-line text as the server stores it: NFC, whitespace runs collapsed, trimmed. */
export function normaliseLine(s: string): string {
  return s.normalize('NFC').replaceAll('\u0000', '').replace(/\s+/g, ' ').trim();
}

/** Multi-line text as the server stores it: NFC, CRLF → LF, trimmed. */
export function normaliseBlock(s: string): string {
  return s.normalize('NFC').replaceAll('\u0000', '').replace(/\r\n?/g, '\n').trim();
}

/** Length as the server counts it (after its normalisation). */
export function textLength(s: string, multiline = false): number {
  return (multiline ? normaliseBlock(s) : normaliseLine(s)).length;
}

export interface FieldError {
  field: string;
  key: MessageKey;
  vars?: Record<string, string | number>;
  /** the field label's message key, inserted as {field} */
  label?: MessageKey;
  /** a message the shared schema supplies in both languages (wins over `key`) */
  text?: LocalizedText;
}

const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'form.title',
  summary: 'form.summary',
  description: 'form.description',
  sectorCode: 'form.sector',
  keywords: 'form.keywords',
  trl: 'form.trl',
  ipStatus: 'form.ipStatus',
  transferModes: 'form.transferModes',
  'price.amountVnd': 'form.price.amountLabel',
  'locality.provinceCode': 'form.province',
  'locality.communeCode': 'form.commune',
  'contact.name': 'form.contactName',
  'contact.email': 'form.contactEmail',
  'contact.phone': 'form.contactPhone',
  'equipment.condition': 'form.condition',
  'equipment.quantity': 'form.quantity',
};

interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  params?: { vi?: unknown; en?: unknown };
}

/** A zod issue of the Techmart schema as a form error, in the portal's words where it has them. */
function fromIssue(issue: SchemaIssue): FieldError {
  const field = normaliseServerField(issue.path.map(String).join('.'));
  const label = FIELD_LABELS[field] ?? 'form.title';
  const { vi, en } = issue.params ?? {};
  if (typeof vi === 'string' && typeof en === 'string') return { field, key: 'v.invalid', text: { vi, en } };
  if (field === 'price.amountVnd') return { field, key: 'v.amount' };
  if (field === 'contact.email') return { field, key: 'v.email' };
  if (field === 'contact.phone') return { field, key: 'v.phone' };
  if (field === 'equipment.quantity') return { field, key: 'v.quantity' };
  if (field.startsWith('equipment.specifications')) return { field, key: 'v.spec' };
  if (issue.code === 'too_small' && typeof issue.minimum === 'number')
    return { field, key: issue.minimum <= 1 ? 'v.required' : 'v.minLength', label, vars: { min: issue.minimum } };
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return { field, key: field === 'keywords' ? 'v.maxItems' : 'v.maxLength', label, vars: { max: issue.maximum } };
  return { field, key: 'v.invalid', label };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{6,20}$/;

/**
 * Client-side validation: the portal's own field checks (precise, localised messages), then the
 * Techmart API's zod schema (`@sti/techmart/api`, the one source of truth) for anything else.
 */
export function validateOffer(f: OfferFormState): FieldError[] {
  const errors = fieldChecks(f);
  const parsed = offerInputSchema.safeParse(toOfferInput(f));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const e = fromIssue(issue as SchemaIssue);
      if (!errors.some((x) => x.field === e.field)) errors.push(e);
    }
  }
  return errors;
}

function fieldChecks(f: OfferFormState): FieldError[] {
  const errors: FieldError[] = [];
  const len = (
    field: string,
    label: MessageKey,
    value: string,
    min: number | undefined,
    max: number,
    multi = false,
  ) => {
    const n = textLength(value, multi);
    if (min !== undefined && n === 0) errors.push({ field, key: 'v.required', label });
    else if (min !== undefined && n < min) errors.push({ field, key: 'v.minLength', label, vars: { min } });
    else if (n > max) errors.push({ field, key: 'v.maxLength', label, vars: { max } });
  };
  len('title', 'form.title', f.title, LIMITS.title.min, LIMITS.title.max);
  len('summary', 'form.summary', f.summary, LIMITS.summary.min, LIMITS.summary.max, true);
  len('description', 'form.description', f.description, undefined, LIMITS.description.max, true);
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
  const trl = Number(f.trl);
  const optional = readinessIsOptional(f);
  if (!(optional && !f.trl) && (!f.trl || !Number.isInteger(trl) || trl < LIMITS.trl.min || trl > LIMITS.trl.max))
    errors.push({ field: 'trl', key: 'v.choose', label: 'form.trl' });
  if (!f.ipStatus && !optional) errors.push({ field: 'ipStatus', key: 'v.choose', label: 'form.ipStatus' });
  if (f.transferModes.length === 0)
    errors.push({ field: 'transferModes', key: 'v.atLeastOne', label: 'form.transferModes' });
  if (f.priceMode === 'amount') {
    const a = f.amountVnd.trim();
    if (!isDigitString(a) || BigInt(a) <= 0n || BigInt(a) > LIMITS.maxVnd)
      errors.push({ field: 'price.amountVnd', key: 'v.amount' });
  }
  if (!f.provinceCode) errors.push({ field: 'locality.provinceCode', key: 'v.choose', label: 'form.province' });
  len('contact.name', 'form.contactName', f.contactName, LIMITS.contactName.min, LIMITS.contactName.max);
  const email = f.contactEmail.trim();
  if (email && (!EMAIL.test(email) || email.length > LIMITS.email.max))
    errors.push({ field: 'contact.email', key: 'v.email' });
  if (f.contactPhone.trim() && !PHONE.test(f.contactPhone.trim()))
    errors.push({ field: 'contact.phone', key: 'v.phone' });
  if (f.kind === 'equipment') {
    if (!f.condition) errors.push({ field: 'equipment.condition', key: 'v.choose', label: 'form.condition' });
    const q = Number(f.quantity);
    if (!/^\d+$/.test(f.quantity.trim()) || q < LIMITS.quantity.min || q > LIMITS.quantity.max)
      errors.push({ field: 'equipment.quantity', key: 'v.quantity' });
    f.specs.forEach((s, i) => {
      const name = normaliseLine(s.name);
      const value = normaliseLine(s.value);
      if (!name || !value || name.length > LIMITS.specName.max || value.length > LIMITS.specValue.max)
        errors.push({ field: `equipment.specifications.${i}`, key: 'v.spec' });
    });
  }
  return errors;
}

/** TRL and IP status may stay empty for used equipment (any condition chosen other than new). */
export function readinessIsOptional(f: Pick<OfferFormState, 'kind' | 'condition'>): boolean {
  return f.kind === 'equipment' && f.condition !== '' && f.condition !== 'new';
}

export function toOfferInput(f: OfferFormState): OfferInput {
  const clean = normaliseLine;
  const input: OfferInput = {
    kind: f.kind,
    title: clean(f.title),
    summary: normaliseBlock(f.summary),
    description: normaliseBlock(f.description),
    sectorCode: f.sectorCode,
    keywords: parseKeywords(f.keywords),
    trl: f.trl ? Number(f.trl) : null,
    ipStatus: f.ipStatus ? f.ipStatus : null,
    transferModes: f.transferModes,
    price: f.priceMode === 'amount' ? { amountVnd: f.amountVnd.trim() } : { negotiable: true },
    locality: f.communeCode
      ? { provinceCode: f.provinceCode, communeCode: f.communeCode }
      : { provinceCode: f.provinceCode },
    contact: {
      name: clean(f.contactName),
      ...(f.contactEmail.trim() ? { email: f.contactEmail.trim() } : {}),
      ...(f.contactPhone.trim() ? { phone: f.contactPhone.trim() } : {}),
    },
  };
  if (f.kind === 'equipment') {
    input.equipment = {
      condition: f.condition as EquipmentCondition,
      quantity: Number(f.quantity),
      specifications: f.specs.map((s) => ({ name: clean(s.name), value: clean(s.value) })),
    };
  }
  return input;
}

/**
 * Map a server field path (`title`, `/contact/email`, `body.locality.provinceCode`,
 * `price`) to the form's field ids.
 */
export function normaliseServerField(field: string): string {
  let f = field
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1');
  f = f.replace(/^body\./, '');
  if (f === 'price' || f.startsWith('price.')) return 'price.amountVnd';
  if (f === 'locality') return 'locality.provinceCode';
  if (f === 'contact') return 'contact.name';
  if (f.startsWith('keywords')) return 'keywords';
  if (f.startsWith('transferModes')) return 'transferModes';
  if (f === 'sector' || f === 'sector.code') return 'sectorCode';
  const spec = /^equipment\.specifications\.(\d+)/.exec(f);
  if (spec) return `equipment.specifications.${spec[1]}`;
  if (f === 'equipment') return 'equipment.condition';
  return f;
}

/** DOM id of the control for a field, so error summaries can link to it. */
export function fieldId(field: string): string {
  return `f-${field.replace(/\./g, '-')}`;
}
