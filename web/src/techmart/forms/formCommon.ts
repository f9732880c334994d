// Validation helpers shared by the need and expert-profile forms: length checks counted as the
// server counts, the contact block, and turning the Techmart schema's zod issues into form errors.

import type { MessageKey } from '../../shared/i18n/registry.ts';
import { type FieldError, LIMITS, textLength } from './offerForm.ts';

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE = /^\+?[0-9 ().-]{6,20}$/;

/** Pushes a required / min / max length error for a text field (length after normalisation). */
export function checkLength(
  errors: FieldError[],
  field: string,
  label: MessageKey,
  value: string,
  min: number | undefined,
  max: number,
  multiline = false,
): void {
  const n = textLength(value, multiline);
  if (min !== undefined && min > 0 && n === 0) errors.push({ field, key: 'v.required', label });
  else if (min !== undefined && n < min) errors.push({ field, key: 'v.minLength', label, vars: { min } });
  else if (n > max) errors.push({ field, key: 'v.maxLength', label, vars: { max } });
}

export interface ContactFields {
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export function checkContact(errors: FieldError[], f: ContactFields): void {
  checkLength(
    errors,
    'contact.name',
    'form.contactName',
    f.contactName,
    LIMITS.contactName.min,
    LIMITS.contactName.max,
  );
  const email = f.contactEmail.trim();
  if (email && (!EMAIL.test(email) || email.length > LIMITS.email.max))
    errors.push({ field: 'contact.email', key: 'v.email' });
  if (f.contactPhone.trim() && !PHONE.test(f.contactPhone.trim()))
    errors.push({ field: 'contact.phone', key: 'v.phone' });
}

export function contactInput(f: ContactFields): { name: string; email?: string; phone?: string } {
  return {
    name: f.contactName.normalize('NFC').replace(/\s+/g, ' ').trim(),
    ...(f.contactEmail.trim() ? { email: f.contactEmail.trim() } : {}),
    ...(f.contactPhone.trim() ? { phone: f.contactPhone.trim() } : {}),
  };
}

export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  params?: { vi?: unknown; en?: unknown };
}

/**
 * Adds the schema's issues that the form's own checks did not already report for the same field,
 * in the portal's words where it has them and in the schema's own two languages where it supplies them.
 */
export function mergeSchemaIssues(
  errors: FieldError[],
  issues: readonly SchemaIssue[],
  mapField: (path: string) => string,
  labels: Record<string, MessageKey>,
): FieldError[] {
  for (const issue of issues) {
    const field = mapField(issue.path.map(String).join('.'));
    if (errors.some((x) => x.field === field)) continue;
    const label = labels[field] ?? 'form.field';
    const { vi, en } = issue.params ?? {};
    let e: FieldError;
    if (typeof vi === 'string' && typeof en === 'string') e = { field, key: 'v.invalid', text: { vi, en } };
    else if (field === 'contact.email') e = { field, key: 'v.email' };
    else if (field === 'contact.phone') e = { field, key: 'v.phone' };
    else if (issue.code === 'too_small' && typeof issue.minimum === 'number')
      e = { field, key: issue.minimum <= 1 ? 'v.required' : 'v.minLength', label, vars: { min: issue.minimum } };
    else if (issue.code === 'too_big' && typeof issue.maximum === 'number')
      e = { field, key: 'v.maxLength', label, vars: { max: issue.maximum } };
    else e = { field, key: 'v.invalid', label };
    errors.push(e);
  }
  return errors;
}

/** A server or schema path (`/budget/maxVnd`, `body.results[2].title`) as dots. */
export function dotPath(field: string): string {
  return field
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^body\./, '');
}
