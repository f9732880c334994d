// The IP-support rule tables an administrator keeps: the per-right checklists, the official fee table,
// the subsidy policy and the yearly budgets, and the holiday calendar. Each is data with an effective
// date: a change is a new version or a new row, never an edit of what past dossiers were computed with.
import { type ReactNode, useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useAdminAdd, useBudgets, useChecklists, useFees, useHolidays, usePolicies } from '../api/ip-queries.ts';
import { IP_RIGHTS } from '../api/ip-types.ts';
import { IpFrame } from '../components/IpFrame.tsx';
import { useCodeLabel, vnd } from '../components/labels.tsx';
import { parseChecklistLines } from './checklist-lines.ts';

type Field = { name: string; label: string; type?: 'text' | 'date' | 'number' | 'right' | 'lines'; hint?: string };

/** A small "add" form: labelled fields, the service's answer announced. */
function AddForm({
  title,
  fields,
  toBody,
  path,
}: {
  title: string;
  fields: Field[];
  toBody: (values: Record<string, string>) => unknown | string;
  path: string;
}) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const id = useId();
  const add = useAdminAdd();
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      className="form card ip-admin-form"
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        setDone(null);
        const body = toBody(values);
        if (typeof body === 'string') {
          setError(body);
          return;
        }
        add.mutate(
          { path, body },
          {
            onSuccess: () => {
              setValues({});
              setDone(t('ip.admin.added'));
            },
            onError: (e2) => setError(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
          },
        );
      }}
    >
      <h3 id={`${id}-h`} className="h3">
        {title}
      </h3>
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        const v = values[f.name] ?? '';
        const set = (x: string) => setValues((old) => ({ ...old, [f.name]: x }));
        return (
          <div className="field" key={f.name}>
            <label htmlFor={fid}>{f.label}</label>
            {f.type === 'right' ? (
              <select id={fid} value={v} onChange={(e) => set(e.target.value)}>
                <option value="">{t('ip.form.choose')}</option>
                {IP_RIGHTS.map((r) => (
                  <option key={r} value={r}>
                    {label('ip.right', r)}
                  </option>
                ))}
              </select>
            ) : f.type === 'lines' ? (
              <textarea
                id={fid}
                rows={5}
                value={v}
                aria-describedby={f.hint ? `${fid}-hint` : undefined}
                onChange={(e) => set(e.target.value)}
              />
            ) : (
              <input
                id={fid}
                type={f.type === 'date' ? 'date' : 'text'}
                inputMode={f.type === 'number' ? 'numeric' : undefined}
                value={v}
                aria-describedby={f.hint ? `${fid}-hint` : undefined}
                onChange={(e) => set(e.target.value)}
              />
            )}
            {f.hint && (
              <p id={`${fid}-hint`} className="hint">
                {f.hint}
              </p>
            )}
          </div>
        );
      })}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={add.isPending}>
        {t('ip.admin.add')}
      </button>
      <div role="status">{done && <p className="alert alert-success">{done}</p>}</div>
    </form>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="ip-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const digits = (s: string | undefined) => (s ?? '').replace(/[.\s,]/g, '');

export function IpAdminPage() {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const year = new Date().getFullYear();
  const checklists = useChecklists();
  const fees = useFees();
  const policies = usePolicies();
  const budgets = useBudgets();
  const holidays = useHolidays(year);
  const need = (v: Record<string, string>, names: string[]) =>
    names.some((n) => !(v[n] ?? '').trim()) ? t('ip.admin.missing') : null;
  return (
    <IpFrame title={t('ip.admin.title')} lead={t('ip.admin.lead')}>
      <Section id="adm-checklists" title={t('ip.admin.checklists')}>
        {checklists.isPending && <Loading />}
        {checklists.isError && <ErrorBox error={checklists.error} />}
        {checklists.data?.items.map((c) => (
          <details key={c.id} className="ip-version">
            <summary>
              {label('ip.right', c.right)} — {t('ip.admin.from', { date: formatDate(c.effectiveFrom, lang) })}
            </summary>
            <ul>
              {c.items.map((i) => (
                <li key={i.code}>
                  {lang === 'en' ? i.titleEn : i.titleVi}
                  {i.mandatory ? ` (${t('ip.dossier.mandatory')})` : ''}
                </li>
              ))}
            </ul>
          </details>
        ))}
        <AddForm
          title={t('ip.admin.addChecklist')}
          path="/checklists"
          fields={[
            { name: 'right', label: t('ip.col.right'), type: 'right' },
            { name: 'effectiveFrom', label: t('ip.admin.effectiveFrom'), type: 'date' },
            { name: 'items', label: t('ip.admin.checklistItems'), type: 'lines', hint: t('ip.admin.checklistHint') },
          ]}
          toBody={(v) => {
            const missing = need(v, ['right', 'effectiveFrom', 'items']);
            if (missing) return missing;
            const items = parseChecklistLines(v.items ?? '');
            if (typeof items === 'number') return t('ip.admin.badLine', { line: items });
            return { right: v.right, effectiveFrom: v.effectiveFrom, items };
          }}
        />
      </Section>

      <Section id="adm-fees" title={t('ip.admin.fees')}>
        {fees.isPending && <Loading />}
        {fees.isError && <ErrorBox error={fees.error} />}
        {fees.data && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('ip.admin.fees')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ip.col.right')}</th>
                  <th scope="col">{t('ip.fee.item')}</th>
                  <th scope="col">{t('ip.fee.amount')}</th>
                  <th scope="col">{t('ip.admin.effectiveFrom')}</th>
                </tr>
              </thead>
              <tbody>
                {fees.data.items.map((f) => (
                  <tr key={f.id}>
                    <td>{label('ip.right', f.right)}</td>
                    <th scope="row">{lang === 'en' ? f.labelEn : f.labelVi}</th>
                    <td>{vnd(f.amountVnd)}</td>
                    <td>{formatDate(f.effectiveFrom, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <AddForm
          title={t('ip.admin.addFee')}
          path="/fees"
          fields={[
            { name: 'right', label: t('ip.col.right'), type: 'right' },
            { name: 'code', label: t('ip.admin.code') },
            { name: 'labelVi', label: t('ip.admin.labelVi') },
            { name: 'labelEn', label: t('ip.admin.labelEn') },
            { name: 'amountVnd', label: t('ip.admin.amountVnd'), type: 'number' },
            { name: 'effectiveFrom', label: t('ip.admin.effectiveFrom'), type: 'date' },
          ]}
          toBody={(v) =>
            need(v, ['right', 'code', 'labelVi', 'amountVnd', 'effectiveFrom']) ??
            (/^\d+$/.test(digits(v.amountVnd))
              ? { ...v, amountVnd: digits(v.amountVnd), labelEn: v.labelEn || v.labelVi }
              : t('ip.admin.badAmount'))
          }
        />
      </Section>

      <Section id="adm-policies" title={t('ip.admin.policies')}>
        {policies.isPending && <Loading />}
        {policies.isError && <ErrorBox error={policies.error} />}
        {policies.data && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('ip.admin.policies')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ip.col.right')}</th>
                  <th scope="col">{t('ip.admin.territory')}</th>
                  <th scope="col">{t('ip.admin.trigger')}</th>
                  <th scope="col">{t('ip.admin.support')}</th>
                  <th scope="col">{t('ip.admin.effectiveFrom')}</th>
                </tr>
              </thead>
              <tbody>
                {policies.data.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{label('ip.right', p.right)}</th>
                    <td>{label('ip.territory', p.territory)}</td>
                    <td>{label('ip.trigger', p.trigger)}</td>
                    <td>
                      {p.percent != null ? `${p.percent}%` : vnd(p.amountVnd)}
                      {p.capVnd ? ` (${t('ip.admin.cap')} ${vnd(p.capVnd)})` : ''}
                    </td>
                    <td>{formatDate(p.effectiveFrom, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <AddForm
          title={t('ip.admin.addPolicy')}
          path="/subsidy-policies"
          fields={[
            { name: 'right', label: t('ip.col.right'), type: 'right' },
            { name: 'territory', label: t('ip.admin.territory'), hint: t('ip.admin.territoryHint') },
            { name: 'trigger', label: t('ip.admin.trigger'), hint: t('ip.admin.triggerHint') },
            { name: 'amountVnd', label: t('ip.admin.amountVnd'), type: 'number' },
            { name: 'percent', label: t('ip.admin.percent'), type: 'number' },
            { name: 'capVnd', label: t('ip.admin.capVnd'), type: 'number' },
            { name: 'effectiveFrom', label: t('ip.admin.effectiveFrom'), type: 'date' },
          ]}
          toBody={(v) =>
            need(v, ['right', 'territory', 'trigger', 'effectiveFrom']) ?? {
              right: v.right,
              territory: v.territory,
              trigger: v.trigger,
              effectiveFrom: v.effectiveFrom,
              ...(digits(v.amountVnd) ? { amountVnd: digits(v.amountVnd) } : {}),
              ...(v.percent ? { percent: Number(v.percent) } : {}),
              ...(digits(v.capVnd) ? { capVnd: digits(v.capVnd) } : {}),
            }
          }
        />
        <h3 className="h3">{t('ip.admin.budgets')}</h3>
        {budgets.data && (
          <ul>
            {budgets.data.items.map((b) => (
              <li key={b.id}>
                {b.programme} {b.year}: {vnd(b.totalVnd)} ({t('ip.budget.left')}: {vnd(b.leftVnd)})
              </li>
            ))}
          </ul>
        )}
        <AddForm
          title={t('ip.admin.addBudget')}
          path="/budgets"
          fields={[
            { name: 'programme', label: t('ip.admin.programme') },
            { name: 'year', label: t('ip.admin.year'), type: 'number' },
            { name: 'totalVnd', label: t('ip.admin.amountVnd'), type: 'number' },
          ]}
          toBody={(v) =>
            need(v, ['programme', 'year', 'totalVnd']) ?? {
              programme: v.programme,
              year: Number(v.year),
              totalVnd: digits(v.totalVnd),
            }
          }
        />
      </Section>

      <Section id="adm-holidays" title={t('ip.admin.holidays', { year })}>
        {holidays.isPending && <Loading />}
        {holidays.isError && <ErrorBox error={holidays.error} />}
        {holidays.data && (
          <ul>
            {holidays.data.items.map((h) => (
              <li key={h.date}>
                {formatDate(h.date, lang)} — {lang === 'en' ? (h.nameEn ?? h.nameVi) : h.nameVi}
              </li>
            ))}
          </ul>
        )}
        <AddForm
          title={t('ip.admin.addHoliday')}
          path="/holidays"
          fields={[
            { name: 'date', label: t('ip.admin.date'), type: 'date' },
            { name: 'nameVi', label: t('ip.admin.labelVi') },
            { name: 'nameEn', label: t('ip.admin.labelEn') },
          ]}
          toBody={(v) =>
            need(v, ['date', 'nameVi']) ?? { date: v.date, nameVi: v.nameVi, nameEn: v.nameEn || v.nameVi }
          }
        />
      </Section>
    </IpFrame>
  );
}
