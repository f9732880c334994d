// Create or edit an account: react-hook-form over the gateway's rules, the server's refusals shown on
// their fields, an organisation chosen from Techmart's organisations (or typed when none fits),
// a commune from the reference data.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import { ROLES } from '../../shell/auth/roles.ts';
import { useReference } from '../../techmart/api/reference.ts';
import { useCreateUser, useOrganisationSearch, useUpdateUser } from '../api/admin-queries.ts';
import type { UserView, WithTemporaryPassword } from '../api/admin-types.ts';
import { Field } from '../components/Field.tsx';
import {
  createInput,
  EMPTY_USER,
  formValuesOf,
  patchInput,
  refusedSave,
  type UserField,
  type UserFormValues,
  userFormSchema,
} from './user-form.ts';

export function UserFormDialog({
  editing,
  open,
  onClose,
  onCreated,
  onSaved,
}: {
  /** the account being edited; null: a new account */
  editing: UserView | null;
  open: boolean;
  onClose: () => void;
  onCreated: (answer: WithTemporaryPassword) => void;
  onSaved: (user: UserView) => void;
}) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const idPrefix = useId();
  const create = useCreateUser();
  const update = useUpdateUser();
  const { provinces } = useReference();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UserFormValues>({
    defaultValues: EMPTY_USER,
    resolver: zodResolver(userFormSchema),
  });
  const { register, handleSubmit, formState, setError, reset, watch, setValue } = form;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open) {
      reset(editing ? formValuesOf(editing) : EMPTY_USER);
      setFormError(null);
      if (!dialog.open) dialog.showModal();
    } else if (dialog.open) dialog.close();
  }, [open, editing, reset]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (editing) {
        const patch = patchInput(editing, values);
        if (Object.keys(patch).length === 0) {
          onClose();
          return;
        }
        onSaved(await update.mutateAsync({ id: editing.id, patch }));
      } else {
        onCreated(await create.mutateAsync(createInput(values)));
      }
    } catch (error) {
      const refused = refusedSave(error, { vi: t('error.generic'), en: t('error.generic') });
      for (const { field, message } of refused.fields) setError(field, { type: 'server', message: message[lang] });
      setFormError(refused.message ? refused.message[lang] : t('admin.common.formError'));
    }
  });

  const errorOf = (field: UserField): string | undefined => {
    const message = formState.errors[field]?.message;
    if (!message) return undefined;
    return message.startsWith('admin.v.') ? t(message as MessageKey) : message;
  };
  const id = (field: string) => `${idPrefix}-${field}`;
  const busy = create.isPending || update.isPending;
  const organisationId = watch('organisationId');
  const organisationName = watch('organisationName');

  return (
    <dialog
      ref={ref}
      className="admin-dialog"
      aria-labelledby={open ? titleId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <form onSubmit={(event) => void submit(event)} noValidate className="form">
          <h2 id={titleId}>
            {editing ? t('admin.users.editTitle', { name: editing.username }) : t('admin.users.createTitle')}
          </h2>
          {formError && (
            <div className="alert alert-error" role="alert">
              <p>{formError}</p>
            </div>
          )}
          {!editing && (
            <Field
              id={id('username')}
              label={t('admin.users.username')}
              hint={t('admin.users.usernameHint')}
              error={errorOf('username')}
              required
            >
              <input
                type="text"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                {...register('username')}
              />
            </Field>
          )}
          <Field id={id('displayName')} label={t('admin.users.displayName')} error={errorOf('displayName')} required>
            <input type="text" autoComplete="off" {...register('displayName')} />
          </Field>
          <Field id={id('email')} label={t('admin.users.email')} error={errorOf('email')}>
            <input type="email" autoComplete="off" {...register('email')} />
          </Field>
          <fieldset
            className={errorOf('roles') ? 'admin-roles field has-error' : 'admin-roles'}
            aria-describedby={errorOf('roles') ? id('roles-err') : undefined}
          >
            <legend>{t('admin.users.roles')}</legend>
            {ROLES.map((role) => (
              <label key={role}>
                <input type="checkbox" value={role} {...register('roles')} />
                {t(`role.${role}`)}
              </label>
            ))}
            {errorOf('roles') && (
              <div id={id('roles-err')} className="field-error">
                <p>{errorOf('roles')}</p>
              </div>
            )}
          </fieldset>
          <OrganisationPicker
            inputId={id('organisation-q')}
            chosenName={organisationId ? organisationName : ''}
            onChoose={(org) => {
              setValue('organisationId', org?.id ?? '', { shouldDirty: true });
              setValue('organisationName', org?.name ?? '', { shouldDirty: true });
            }}
          />
          {!organisationId && (
            <Field
              id={id('organisationName')}
              label={t('admin.users.organisationName')}
              error={errorOf('organisationName')}
            >
              <input type="text" autoComplete="off" {...register('organisationName')} />
            </Field>
          )}
          <Field id={id('localityCode')} label={t('admin.users.locality')} error={errorOf('localityCode')}>
            <select {...register('localityCode')}>
              <option value="">{t('admin.users.noLocality')}</option>
              {provinces.map((province) => (
                <optgroup key={province.provinceCode} label={province.provinceName}>
                  {province.communes.map((commune) => (
                    <option key={commune.code} value={commune.code}>
                      {commune.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={onClose}>
              {t('admin.common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {editing ? t('admin.common.save') : t('admin.users.create')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

/** Find an organisation by name and choose it; hidden when Techmart cannot search organisations. */
function OrganisationPicker({
  inputId,
  chosenName,
  onChoose,
}: {
  inputId: string;
  chosenName: string;
  onChoose: (org: { id: string; name: string } | null) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const needle = q.trim();
  const search = useOrganisationSearch(needle.length >= 2 ? needle : '');
  if (search.isError) return null;
  const items = needle.length >= 2 ? (search.data?.pages.flatMap((p) => p.items) ?? []).slice(0, 6) : [];
  if (chosenName)
    return (
      <div className="field">
        <p>{t('admin.users.organisationChosen', { name: chosenName })}</p>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => onChoose(null)}>
          {t('admin.users.organisationClear')}
        </button>
      </div>
    );
  return (
    <div>
      <Field id={inputId} label={t('admin.users.organisationPick')} hint={t('admin.users.organisationPickHint')}>
        <input type="search" autoComplete="off" value={q} onChange={(event) => setQ(event.target.value)} />
      </Field>
      {items.length > 0 && (
        <ul className="admin-picker" aria-label={t('admin.users.organisationPick')}>
          {items.map((org) => (
            <li key={org.id}>
              <button type="button" className="btn btn-secondary btn-sm" onClick={() => onChoose(org)}>
                {org.name}
                {org.verified ? ` · ${t('admin.orgs.verified')}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
