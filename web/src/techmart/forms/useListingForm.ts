import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, type PathValue, useForm } from 'react-hook-form';
import { formErrorsOf, listingFormSchema } from './listingFormSchema.ts';
import type { FieldError } from './offerForm.ts';

/**
 * A listing form on react-hook-form: the values, a setter, the client-side errors (shown once the
 * user has tried to save, then updated as they type) and whether anything changed.
 * `validate` may read state outside the form (the intake's organisation) through its closure.
 */
export function useListingForm<S extends FieldValues>(initial: () => S, validate: (values: S) => FieldError[]) {
  const validateRef = useRef(validate);
  validateRef.current = validate;
  const [resolver] = useState(() => zodResolver(listingFormSchema<S>((values) => validateRef.current(values))));
  const methods = useForm<S>({
    defaultValues: initial() as DefaultValues<S>,
    // biome-ignore lint/suspicious/noExplicitAny: the resolver's input and output are the form state
    resolver: resolver as any,
    mode: 'onSubmit',
  });
  const { formState } = methods;
  const form = methods.watch() as S;
  const submitted = formState.isSubmitted;

  /** Re-checks the whole form once the user has tried to save (errors of one field may sit on another's path). */
  const revalidate = () => {
    if (methods.formState.isSubmitted) void methods.trigger();
  };
  const set = <K extends Path<S>>(key: K, value: PathValue<S, K>) => {
    methods.setValue(key, value, { shouldDirty: true });
    revalidate();
  };
  /** Validates everything and marks the form as submitted; true when there is nothing to fix. */
  const validateNow = async (): Promise<boolean> => {
    let ok = false;
    await methods.handleSubmit(() => {
      ok = true;
    })();
    return ok;
  };
  const clientErrors: FieldError[] = submitted ? formErrorsOf(formState.errors) : [];
  return { form, set, clientErrors, submitted, validateNow, revalidate, isDirty: formState.isDirty, methods };
}
