// Accessible form controls shared by the listing forms (offers, needs, expert profiles): a label for
// every control, the required mark spoken as text, errors linked with aria-describedby, counters
// that count as the server does.

import { type ReactNode, type RefObject, useState } from 'react';
import { ApiError, errorMessage } from '../api/client.ts';
import type { LocalizedText } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type FieldError, fieldId, normaliseServerField, textLength } from '../../techmart/forms/offerForm.ts';

export function Req() {
  const { t } = useI18n();
  return (
    <span className="req">
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">{t('form.required')}</span>
    </span>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={id} className="field-error">
      {errors.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

export interface TextFieldProps {
  field: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors: string[];
  max: number;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'date';
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  hideCounter?: boolean;
}

export function TextField(p: TextFieldProps) {
  const { t } = useI18n();
  const id = fieldId(p.field);
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  const countId = `${id}-count`;
  const describedBy = [p.hint ? hintId : null, p.hideCounter ? null : countId, p.errors.length ? errId : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: p.field,
    value: p.value,
    'aria-invalid': p.errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': p.required ? true : undefined,
  } as const;
  const n = textLength(p.value, p.multiline);
  return (
    <div className={p.errors.length ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {p.label}
        {p.required && (
          <>
            {' '}
            <Req />
          </>
        )}
      </label>
      {p.hint && (
        <p id={hintId} className="hint">
          {p.hint}
        </p>
      )}
      {p.multiline ? (
        <textarea {...common} rows={p.rows ?? 4} onChange={(e) => p.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={p.type ?? 'text'}
          inputMode={p.inputMode}
          autoComplete={p.autoComplete ?? 'off'}
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
      {!p.hideCounter && (
        <p id={countId} className={n > p.max ? 'counter over' : 'counter'}>
          {t('form.chars', { n, max: p.max })}
        </p>
      )}
      <FieldErrors id={errId} errors={p.errors} />
    </div>
  );
}

export function SelectField(p: {
  field: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors: string[];
  optional?: boolean;
  children: ReactNode;
}) {
  const id = fieldId(p.field);
  const errId = `${id}-err`;
  return (
    <div className={p.errors.length ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {p.label}
        {!p.optional && (
          <>
            {' '}
            <Req />
          </>
        )}
      </label>
      <select
        id={id}
        name={p.field}
        value={p.value}
        aria-invalid={p.errors.length > 0 ? true : undefined}
        aria-describedby={p.errors.length ? errId : undefined}
        aria-required={p.optional ? undefined : true}
        onChange={(e) => p.onChange(e.target.value)}
      >
        {p.children}
      </select>
      <FieldErrors id={errId} errors={p.errors} />
    </div>
  );
}

export interface ShownError {
  field: string;
  text: string;
}

/**
 * The error state of a listing form: client-side errors (localised by key), the server's
 * problem+json field errors (already in both languages), and one message for the whole form.
 * `mapField` turns a server field path into the form's field id.
 */
export function useFormErrors(
  mapField: (serverField: string) => string = normaliseServerField,
  /** the form's own errors when a form library keeps them (react-hook-form) */
  formErrors?: FieldError[],
) {
  const { t, lang } = useI18n();
  const [ownErrors, setClientErrors] = useState<FieldError[]>([]);
  const clientErrors = formErrors ?? ownErrors;
  const [serverErrors, setServerErrors] = useState<{ field: string; message: LocalizedText }[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const shown: ShownError[] = [
    ...clientErrors.map((e) => ({
      field: e.field,
      text: e.text ? e.text[lang] : t(e.key, { ...(e.vars ?? {}), field: e.label ? t(e.label) : '' }),
    })),
    ...serverErrors
      .filter((s) => !clientErrors.some((c) => c.field === s.field))
      .map((e) => ({ field: e.field, text: e.message[lang] || e.message.vi })),
  ];
  return {
    shown,
    showErrors,
    formError,
    setShowErrors,
    setClientErrors,
    setFormError,
    errorFor: (field: string) => shown.filter((e) => e.field === field).map((e) => e.text),
    /** Forget the server's error of a field the user has just changed. */
    clearServer: (match: (field: string) => boolean) => setServerErrors((errs) => errs.filter((e) => !match(e.field))),
    resetServer: () => setServerErrors([]),
    /** Show a failed save: a stale revision (409), or the problem's message and field errors. */
    fromFailure: (e: unknown) => {
      if (e instanceof ApiError && e.status === 409) {
        setFormError(t('form.conflict'));
        return;
      }
      const fieldErrors = e instanceof ApiError ? (e.problem?.errors ?? []) : [];
      setServerErrors(
        fieldErrors.map((fe) => ({
          field: mapField(fe.field),
          message: fe.message ?? { vi: fe.code ?? t('error.generic'), en: fe.code ?? t('error.generic') },
        })),
      );
      setFormError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    },
  };
}

/** The focusable box above a form listing every error, each linked to its field. */
export function ErrorSummary({
  anchor,
  formError,
  shown,
  visible,
}: {
  anchor: RefObject<HTMLDivElement | null>;
  formError: string | null;
  shown: ShownError[];
  visible: boolean;
}) {
  const { t } = useI18n();
  return (
    <div ref={anchor} tabIndex={-1} className="error-summary-anchor">
      {(formError || (visible && shown.length > 0)) && (
        <div className="alert alert-error" role="alert">
          {formError && <p>{formError}</p>}
          {shown.length > 0 && (
            <>
              <p>
                <strong>{t('form.errorSummary')}</strong>
              </p>
              <ul>
                {shown.map((e) => (
                  <li key={`${e.field}-${e.text}`}>
                    <a href={`#${fieldId(e.field)}`}>{e.text}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** What the owner needs to know about a listing being edited: its status, the officer's reason, the public copy. */
export function EditNotices({
  status,
  returnReason,
  hasPublishedVersion,
}: {
  status: string;
  returnReason?: string | undefined;
  hasPublishedVersion: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      {status === 'returned' && returnReason && (
        <div className="alert alert-warning">
          <p>
            <strong>{t('form.returnedNotice')}</strong>
          </p>
          <p className="prewrap">{returnReason}</p>
        </div>
      )}
      {(status === 'published' || hasPublishedVersion) && (
        <div className="alert alert-info">
          <p>{t('form.publishedStaysVisible')}</p>
        </div>
      )}
    </>
  );
}
