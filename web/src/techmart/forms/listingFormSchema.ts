// The listing forms' zod schema for react-hook-form's zod resolver: the form state is checked by
// the form's validate function, which runs the Techmart API's own input schema (offerInputSchema,
// needInputSchema, expertInputSchema from @sti/techmart/api) over the converted input, so the
// limits never drift. Each issue carries the form's localisable FieldError as its message.
import { z } from 'zod';
import type { FieldError } from './offerForm.ts';

export function listingFormSchema<S>(validate: (values: S) => FieldError[]) {
  return z
    .custom<S>((value) => typeof value === 'object' && value !== null)
    .superRefine((values, ctx) => {
      validate(values).forEach((error, order) => {
        ctx.addIssue({ code: 'custom', path: error.field.split('.'), message: JSON.stringify({ ...error, order }) });
      });
    });
}

/** The resolver's nested error object back to the form's FieldErrors, in the validate function's order. */
export function formErrorsOf(errors: unknown): FieldError[] {
  const out: (FieldError & { order: number })[] = [];
  const seen = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string' && message.startsWith('{')) {
      if (!seen.has(message)) {
        seen.add(message);
        try {
          out.push(JSON.parse(message) as FieldError & { order: number });
        } catch {
          // not one of ours
        }
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'ref' && key !== 'message') walk(child);
  };
  walk(errors);
  return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...e }) => e);
}
