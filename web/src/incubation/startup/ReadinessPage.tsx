// The road to an S&T enterprise for a startup: for each certification (S&T enterprise, high-tech
// enterprise) the conditions in force on the day, met or not with the startup's own figures, and
// what to do about each one that is not.
import { useId } from 'react';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useReadiness } from '../api/incubation-queries.ts';
import type { ReadinessView, Startup } from '../api/incubation-types.ts';
import { IncFrame } from '../components/IncFrame.tsx';
import { StartupGate } from '../components/StartupGate.tsx';

export function ReadinessPage() {
  const { t } = useI18n();
  return (
    <IncFrame title={t('inc.readiness.title')} lead={t('inc.readiness.lead')} sections="startup">
      <StartupGate>{(s) => <Readiness startup={s} />}</StartupGate>
    </IncFrame>
  );
}

const percent = (bp: number | null, lang: string) =>
  bp === null
    ? '—'
    : `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(bp / 100)} %`;

function Readiness({ startup }: { startup: Startup }) {
  const res = useReadiness(startup.id);
  if (res.isPending) return <Loading />;
  if (res.isError) return <ErrorBox error={res.error} onRetry={() => void res.refetch()} />;
  return (
    <>
      {res.data.results.map((r) => (
        <Checklist key={r.certification} result={r} />
      ))}
    </>
  );
}

function Checklist({ result }: { result: ReadinessView['results'][number] }) {
  const { t, lang } = useI18n();
  const id = useId();
  const text = (x: { vi: string; en: string }) => (lang === 'en' ? x.en : x.vi);
  return (
    <section className="inc-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t(`inc.readiness.${result.certification}`)}</h2>
      <p>{t('inc.readiness.rules', { title: text(result.basis), from: formatDate(result.effectiveFrom, lang) })}</p>
      <p className="score-total">{t('inc.readiness.summary', { met: result.met, total: result.total })}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t(`inc.readiness.${result.certification}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inc.readiness.condition')}</th>
              <th scope="col">{t('inc.col.status')}</th>
              <th scope="col">{t('inc.readiness.yours')}</th>
              <th scope="col">{t('inc.readiness.whatToDo')}</th>
            </tr>
          </thead>
          <tbody>
            {result.conditions.map((c) => (
              <tr key={c.code}>
                <th scope="row">{text(c.title)}</th>
                <td className={c.status === 'met' ? 'inc-met' : 'inc-missing'}>
                  {t(`inc.readiness.${c.status === 'missing' ? 'unknown' : c.status}`)}
                </td>
                <td>
                  {c.requiredBasisPoints !== null
                    ? `${percent(c.actualBasisPoints, lang)} / ${percent(c.requiredBasisPoints, lang)}`
                    : '—'}
                </td>
                <td>{c.status === 'met' ? '' : text(c.hint)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
