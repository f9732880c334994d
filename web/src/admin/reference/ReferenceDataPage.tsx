// Reference data: sectors and a province's communes with their effective dates; add or edit one.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import { useReference } from '../../techmart/api/reference.ts';
import { useAdminCommunes, useAdminSectors, useSaveCommune, useSaveSector } from '../api/admin-queries.ts';
import { AdminFrame, Outcome } from '../components/AdminFrame.tsx';
import { Field } from '../components/Field.tsx';
import { type ReferenceFormValues, referenceFormSchema, validity } from './reference-form.ts';

type Editing = { kind: 'sector' | 'commune'; isNew: boolean; values: ReferenceFormValues } | null;

export function ReferenceDataPage() {
  const { t } = useI18n();
  const sectors = useAdminSectors();
  const { provinces } = useReference();
  const [province, setProvince] = useState('');
  const provinceCode = province || provinces[0]?.provinceCode || '';
  const communes = useAdminCommunes(provinceCode);
  const [editing, setEditing] = useState<Editing>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const unavailable = sectors.error instanceof ApiError && sectors.error.status === 404;
  const period = (from?: string, to?: string) =>
    t('admin.ref.period', { from: from ?? t('admin.ref.always'), to: to ?? t('admin.ref.always') });

  if (unavailable)
    return (
      <AdminFrame title={t('admin.ref.title')} lead={t('admin.ref.lead')}>
        <p className="alert alert-info">{t('admin.common.unavailable')}</p>
      </AdminFrame>
    );

  return (
    <AdminFrame title={t('admin.ref.title')} lead={t('admin.ref.lead')}>
      <Outcome text={outcome} />
      <section aria-labelledby="ref-sectors">
        <h2 id="ref-sectors">{t('admin.ref.sectors')}</h2>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() =>
            setEditing({
              kind: 'sector',
              isNew: true,
              values: { code: '', nameVi: '', nameEn: '', validFrom: '', validTo: '' },
            })
          }
        >
          {t('admin.ref.newSector')}
        </button>
        {sectors.isPending ? (
          <Loading />
        ) : sectors.isError ? (
          <ErrorBox error={sectors.error} onRetry={() => void sectors.refetch()} />
        ) : (
          <ul className="admin-list">
            {sectors.data.map((s) => (
              <li key={s.code} className="card admin-item">
                <div className="admin-item-main">
                  <h3>{s.nameVi}</h3>
                  <p className="admin-item-meta" lang="en">
                    {s.nameEn}
                  </p>
                  <p className="admin-item-meta">
                    {t('admin.ref.code')}: {s.code} · {period(s.validFrom, s.validTo)}
                  </p>
                  <span className={s.inForce ? 'badge badge-published' : 'badge badge-archived'}>
                    {s.inForce ? t('admin.ref.inForce') : t('admin.ref.notInForce')}
                  </span>
                </div>
                <div className="admin-item-actions">
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    aria-label={`${t('admin.common.edit')}: ${s.nameVi}`}
                    onClick={() =>
                      setEditing({
                        kind: 'sector',
                        isNew: false,
                        values: {
                          code: s.code,
                          nameVi: s.nameVi,
                          nameEn: s.nameEn,
                          validFrom: s.validFrom ?? '',
                          validTo: s.validTo ?? '',
                        },
                      })
                    }
                  >
                    {t('admin.common.edit')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ref-communes">
        <h2 id="ref-communes">{t('admin.ref.communes')}</h2>
        <div className="admin-filters">
          <Field id="ref-province" label={t('admin.ref.province')}>
            <select value={provinceCode} onChange={(event) => setProvince(event.target.value)}>
              {provinces.map((p) => (
                <option key={p.provinceCode} value={p.provinceCode}>
                  {p.provinceName}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!provinceCode}
            onClick={() =>
              setEditing({
                kind: 'commune',
                isNew: true,
                values: { code: '', nameVi: '', nameEn: '', validFrom: '', validTo: '' },
              })
            }
          >
            {t('admin.ref.newCommune')}
          </button>
        </div>
        {communes.isPending ? (
          provinceCode ? (
            <Loading />
          ) : null
        ) : communes.isError ? (
          <ErrorBox error={communes.error} onRetry={() => void communes.refetch()} />
        ) : (
          <ul className="admin-list">
            {communes.data.map((c) => (
              <li key={c.code} className="card admin-item">
                <div className="admin-item-main">
                  <h3>{c.name}</h3>
                  <p className="admin-item-meta">
                    {t('admin.ref.code')}: {c.code} · {period(c.validFrom, c.validTo)}
                  </p>
                  <span className={c.inForce ? 'badge badge-published' : 'badge badge-archived'}>
                    {c.inForce ? t('admin.ref.inForce') : t('admin.ref.notInForce')}
                  </span>
                </div>
                <div className="admin-item-actions">
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    aria-label={`${t('admin.common.edit')}: ${c.name}`}
                    onClick={() =>
                      setEditing({
                        kind: 'commune',
                        isNew: false,
                        values: {
                          code: c.code,
                          nameVi: c.name,
                          nameEn: '',
                          validFrom: c.validFrom ?? '',
                          validTo: c.validTo ?? '',
                        },
                      })
                    }
                  >
                    {t('admin.common.edit')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReferenceFormDialog
        editing={editing}
        provinceCode={provinceCode}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          setOutcome(t('admin.ref.saved', { name }));
        }}
      />
    </AdminFrame>
  );
}

const SERVER_FIELDS: Record<string, keyof ReferenceFormValues> = {
  nameVi: 'nameVi',
  nameEn: 'nameEn',
  name: 'nameVi',
  validFrom: 'validFrom',
  validTo: 'validTo',
};

function ReferenceFormDialog({
  editing,
  provinceCode,
  onClose,
  onSaved,
}: {
  editing: Editing;
  provinceCode: string;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const id = useId();
  const saveSector = useSaveSector();
  const saveCommune = useSaveCommune();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReferenceFormValues>({ resolver: zodResolver(referenceFormSchema) });
  const { register, handleSubmit, formState, reset, setError } = form;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (editing) {
      reset(editing.values);
      setFormError(null);
      if (!dialog.open) dialog.showModal();
    } else if (dialog.open) dialog.close();
  }, [editing, reset]);
  const sector = editing?.kind === 'sector';
  const errorOf = (field: keyof ReferenceFormValues) => {
    const message = formState.errors[field]?.message;
    return message ? (message.startsWith('admin.') ? t(message as MessageKey) : message) : undefined;
  };
  const submit = handleSubmit(async (values) => {
    if (sector && !values.nameEn.trim()) {
      setError('nameEn', { message: 'admin.v.name' });
      return;
    }
    setFormError(null);
    try {
      if (sector)
        await saveSector.mutateAsync({
          code: values.code,
          body: { nameVi: values.nameVi, nameEn: values.nameEn, ...validity(values) },
        });
      else
        await saveCommune.mutateAsync({
          code: values.code,
          body: { provinceCode, name: values.nameVi, ...validity(values) },
        });
      onSaved(values.nameVi);
    } catch (error) {
      const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      for (const fe of fields) {
        const field = SERVER_FIELDS[fe.field];
        if (field && fe.message) setError(field, { type: 'server', message: fe.message[lang] });
      }
      setFormError(errorMessage(error, lang, t('error.generic'), t('error.network')));
    }
  });
  return (
    <dialog
      ref={ref}
      className="admin-dialog"
      aria-labelledby={editing ? titleId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {editing && (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <h2 id={titleId}>
            {editing.isNew
              ? t(sector ? 'admin.ref.newSector' : 'admin.ref.newCommune')
              : `${t('admin.common.edit')}: ${editing.values.nameVi}`}
          </h2>
          {formError && (
            <div className="alert alert-error" role="alert">
              <p>{formError}</p>
            </div>
          )}
          <Field
            id={`${id}-code`}
            label={t('admin.ref.code')}
            hint={t('admin.ref.codeHint')}
            error={errorOf('code')}
            required
          >
            <input type="text" autoComplete="off" readOnly={!editing.isNew} {...register('code')} />
          </Field>
          <Field
            id={`${id}-nameVi`}
            label={sector ? t('admin.ref.nameVi') : t('admin.ref.name')}
            error={errorOf('nameVi')}
            required
          >
            <input type="text" autoComplete="off" {...register('nameVi')} />
          </Field>
          {sector && (
            <Field id={`${id}-nameEn`} label={t('admin.ref.nameEn')} error={errorOf('nameEn')} required>
              <input type="text" autoComplete="off" lang="en" {...register('nameEn')} />
            </Field>
          )}
          <div className="admin-form-grid">
            <Field id={`${id}-from`} label={t('admin.ref.validFrom')} error={errorOf('validFrom')}>
              <input type="date" {...register('validFrom')} />
            </Field>
            <Field id={`${id}-to`} label={t('admin.ref.validTo')} error={errorOf('validTo')}>
              <input type="date" {...register('validTo')} />
            </Field>
          </div>
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={onClose}>
              {t('admin.common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={saveSector.isPending || saveCommune.isPending}>
              {t('admin.common.save')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
