// The IP-support rule tables an administrator keeps: the per-right checklists, the official fee table,
// the subsidy policy and the yearly budgets, and the holiday calendar. Each is data with an effective
// date: a change is a new version or a new row, never an edit of what past dossiers were computed with.
import { type ReactNode, useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useAdminAdd, useBudgets, useChecklists, useFeeTables, useHolidays, usePolicies } from '../api/ip-queries.ts';
import { IP_RIGHTS, type IpRight } from '../api/ip-types.ts';
import { IpFrame } from '../components/IpFrame.tsx';
import { useCodeLabel, vnd } from '../components/labels.tsx';
import { parseChecklistLines } from './checklist-lines.ts';

type Field = {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'number' | 'right' | 'lines' | 'select';
  hint?: string;
  options?: { value: string; label: string }[];
};

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
            {f.type === 'select' ? (
              <select id={fid} value={v} onChange={(e) => set(e.target.value)}>
                <option value="">{t('ip.form.choose')}</option>
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === 'right' ? (
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
const SUBSIDY_KINDS = ['domestic_filing', 'foreign_filing', 'certificate_granted'] as const;
const TRIGGERS = ['application_accepted', 'certificate_granted'] as const;
const HOLIDAY_KINDS = ['public_holiday', 'compensatory_day_off', 'make_up_working_day'] as const;

export function IpAdminPage() {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const year = new Date().getFullYear();
  const checklists = useChecklists();
  const fees = useFeeTables();
  const feeTable = fees.data?.items.at(-1);
  const policies = usePolicies();
  const budgets = useBudgets();
  const holidays = useHolidays();
  const holidayTable = holidays.data?.inForce.find((h) => h.year === year);
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
        {feeTable && (
          <>
            <p className="muted">
              {t('ip.admin.version', { n: feeTable.version })},{' '}
              {t('ip.admin.from', { date: formatDate(feeTable.effectiveFrom, lang) })} — {feeTable.legalBasis}
            </p>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('ip.admin.fees')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ip.fee.item')}</th>
                    <th scope="col">{t('ip.col.right')}</th>
                    <th scope="col">{t('ip.fee.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {feeTable.items.map((f) => (
                    <tr key={f.code}>
                      <th scope="row">{lang === 'en' ? f.titleEn : f.titleVi}</th>
                      <td>{f.rights.map((r) => label('ip.right', r)).join(', ')}</td>
                      <td>{vnd(f.unitVnd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        <AddForm
          title={t('ip.admin.addFee')}
          path="/fees/tables"
          fields={[
            {
              name: 'code',
              label: t('ip.fee.item'),
              type: 'select',
              options: (feeTable?.items ?? []).map((f) => ({
                value: f.code,
                label: lang === 'en' ? f.titleEn : f.titleVi,
              })),
            },
            { name: 'unitVnd', label: t('ip.admin.amountVnd'), type: 'number' },
            { name: 'effectiveFrom', label: t('ip.admin.effectiveFrom'), type: 'date' },
            { name: 'legalBasis', label: t('ip.admin.legalBasis') },
          ]}
          toBody={(v) => {
            if (!feeTable) return t('ip.admin.noPolicy');
            const missing = need(v, ['code', 'unitVnd', 'effectiveFrom', 'legalBasis']);
            if (missing) return missing;
            const amount = digits(v.unitVnd);
            if (!/^\d{1,10}$/.test(amount)) return t('ip.admin.badAmount');
            // a new version of the schedule: every fee as in force, this one at its new amount
            return {
              effectiveFrom: v.effectiveFrom,
              legalBasis: v.legalBasis,
              items: feeTable.items.map((f) => (f.code === v.code ? { ...f, unitVnd: Number(amount) } : f)),
            };
          }}
        />
      </Section>

      <Section id="adm-policies" title={t('ip.admin.policies')}>
        {policies.isPending && <Loading />}
        {policies.isError && <ErrorBox error={policies.error} />}
        {policies.data?.items.map((p) => (
          <details key={p.id} className="ip-version" open={p.inForce}>
            <summary>
              {p.programmeName} — {t('ip.admin.version', { n: p.version })},{' '}
              {t('ip.admin.from', { date: formatDate(p.effectiveFrom, lang) })}
              {p.inForce ? ` (${t('ip.admin.inForce')})` : ''}
            </summary>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{p.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ip.col.right')}</th>
                    <th scope="col">{t('ip.claims.kind')}</th>
                    <th scope="col">{t('ip.admin.trigger')}</th>
                    <th scope="col">{t('ip.admin.support')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.rules.map((r) => (
                    <tr key={`${r.right}-${r.kind}`}>
                      <th scope="row">{label('ip.right', r.right)}</th>
                      <td>{label('ip.subsidyKind', r.kind)}</td>
                      <td>{label('ip.trigger', r.trigger)}</td>
                      <td>
                        {r.amount.type === 'fixed'
                          ? vnd(r.amount.amountVnd)
                          : `${r.amount.percentBp / 100}% (${t('ip.admin.cap')} ${vnd(r.amount.capVnd)})`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ))}
        <AddForm
          title={t('ip.admin.addPolicy')}
          path="/subsidies/policies"
          fields={[
            { name: 'effectiveFrom', label: t('ip.admin.effectiveFrom'), type: 'date' },
            { name: 'right', label: t('ip.col.right'), type: 'right' },
            {
              name: 'kind',
              label: t('ip.claims.kind'),
              type: 'select',
              options: SUBSIDY_KINDS.map((k) => ({ value: k, label: label('ip.subsidyKind', k) })),
            },
            {
              name: 'trigger',
              label: t('ip.admin.trigger'),
              type: 'select',
              options: TRIGGERS.map((k) => ({ value: k, label: label('ip.trigger', k) })),
            },
            { name: 'amountVnd', label: t('ip.admin.amountVnd'), type: 'number', hint: t('ip.admin.amountHint') },
            { name: 'percent', label: t('ip.admin.percent'), type: 'number' },
            { name: 'capVnd', label: t('ip.admin.capVnd'), type: 'number' },
          ]}
          toBody={(v) => {
            const base = policies.data?.items.find((p) => p.inForce) ?? policies.data?.items[0];
            if (!base) return t('ip.admin.noPolicy');
            const missing = need(v, ['effectiveFrom', 'right', 'kind', 'trigger']);
            if (missing) return missing;
            const amount = digits(v.amountVnd);
            const percent = Number((v.percent ?? '').replace(',', '.'));
            const cap = digits(v.capVnd);
            const rule = {
              right: v.right as IpRight,
              kind: v.kind ?? '',
              trigger: v.trigger ?? '',
              amount:
                amount && /^\d+$/.test(amount)
                  ? { type: 'fixed' as const, amountVnd: Number(amount) }
                  : percent > 0 && percent <= 100 && /^\d+$/.test(cap)
                    ? { type: 'percentage' as const, percentBp: Math.round(percent * 100), capVnd: Number(cap) }
                    : null,
            };
            if (!rule.amount) return t('ip.admin.badAmount');
            // a new version: the rules in force, with this right and kind's rule replaced or added
            const rules = [...base.rules.filter((r) => !(r.right === rule.right && r.kind === rule.kind)), rule];
            return {
              programmeCode: base.programmeCode,
              programmeName: base.programmeName,
              effectiveFrom: v.effectiveFrom,
              title: base.title,
              eligibility: base.eligibility,
              rules,
            };
          }}
        />
        <h3 className="h3">{t('ip.admin.budgets')}</h3>
        {budgets.data && (
          <ul>
            {budgets.data.items.map((b) => (
              <li key={b.id}>
                {b.programmeName} {b.year}: {vnd(b.totalVnd)} ({t('ip.budget.left')}: {vnd(b.leftVnd)})
              </li>
            ))}
          </ul>
        )}
        <AddForm
          title={t('ip.admin.addBudget')}
          path="/subsidies/budgets"
          fields={[
            { name: 'year', label: t('ip.admin.year'), type: 'number' },
            { name: 'totalVnd', label: t('ip.admin.amountVnd'), type: 'number' },
            { name: 'reference', label: t('ip.admin.allocation') },
          ]}
          toBody={(v) => {
            const base = budgets.data?.items[0] ?? policies.data?.items[0];
            if (!base) return t('ip.admin.noPolicy');
            return (
              need(v, ['year', 'totalVnd', 'reference']) ?? {
                programmeCode: base.programmeCode,
                programmeName: base.programmeName,
                year: Number(v.year),
                totalVnd: Number(digits(v.totalVnd)),
                reference: v.reference,
              }
            );
          }}
        />
      </Section>

      <Section id="adm-holidays" title={t('ip.admin.holidays', { year })}>
        {holidays.isPending && <Loading />}
        {holidays.isError && <ErrorBox error={holidays.error} />}
        {holidayTable && (
          <>
            <p className="muted">
              {t('ip.admin.version', { n: holidayTable.version })},{' '}
              {t('ip.admin.from', { date: formatDate(holidayTable.effectiveFrom, lang) })}
            </p>
            <ul>
              {holidayTable.entries.map((h) => (
                <li key={`${h.date}-${h.kind}`}>
                  {formatDate(h.date, lang)} — {lang === 'en' ? h.nameEn : h.nameVi}{' '}
                  <span className="muted">({label('ip.holidayKind', h.kind)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <AddForm
          title={t('ip.admin.addHoliday')}
          path="/holidays"
          fields={[
            { name: 'date', label: t('ip.admin.date'), type: 'date' },
            {
              name: 'kind',
              label: t('ip.admin.holidayKind'),
              type: 'select',
              options: HOLIDAY_KINDS.map((k) => ({ value: k, label: label('ip.holidayKind', k) })),
            },
            { name: 'nameVi', label: t('ip.admin.labelVi') },
            { name: 'nameEn', label: t('ip.admin.labelEn') },
            { name: 'effectiveFrom', label: t('ip.admin.effectiveFrom'), type: 'date' },
          ]}
          toBody={(v) => {
            const missing = need(v, ['date', 'kind', 'nameVi', 'effectiveFrom']);
            if (missing) return missing;
            const y = Number((v.date ?? '').slice(0, 4));
            const base = holidays.data?.inForce.find((h) => h.year === y);
            const entry = { date: v.date, kind: v.kind, nameVi: v.nameVi, nameEn: v.nameEn || v.nameVi };
            // a new version of that year's table: the days in force plus this one
            return {
              year: y,
              effectiveFrom: v.effectiveFrom,
              source: 'official',
              entries: [...(base?.entries ?? []).filter((h) => h.date !== v.date), entry],
            };
          }}
        />
      </Section>
    </IpFrame>
  );
}
