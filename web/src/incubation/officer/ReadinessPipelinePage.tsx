// The province's pipeline toward its targets (15 S&T enterprises, 10 high-tech enterprises by 2030):
// per certification, how many startups are certified, ready, close, in progress, and the gap; then
// each startup's level. Tables, so every figure is read the same way by everyone.
import { useId } from 'react';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { usePipeline } from '../api/incubation-queries.ts';
import { IncFrame } from '../components/IncFrame.tsx';

export function ReadinessPipelinePage() {
  const { t } = useI18n();
  const id = useId();
  const res = usePipeline();
  return (
    <IncFrame title={t('inc.readiness.pipelineTitle')} lead={t('inc.readiness.pipelineLead')} sections="officer">
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.data && (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption>{t('inc.readiness.pipelineTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('inc.readiness.certification')}</th>
                  <th scope="col">{t('inc.readiness.target')}</th>
                  <th scope="col">{t('inc.readiness.certified')}</th>
                  <th scope="col">{t('inc.readiness.ready')}</th>
                  <th scope="col">{t('inc.readiness.close')}</th>
                  <th scope="col">{t('inc.readiness.inProgress')}</th>
                  <th scope="col">{t('inc.readiness.gap')}</th>
                </tr>
              </thead>
              <tbody>
                {res.data.rows.map((r) => (
                  <tr key={r.certification}>
                    <th scope="row">{t(`inc.readiness.${r.certification}`)}</th>
                    <td className="num">{t('inc.readiness.targetBy', { target: r.target, year: r.byYear })}</td>
                    <td className="num">{r.certified}</td>
                    <td className="num">{r.ready}</td>
                    <td className="num">{r.close}</td>
                    <td className="num">{r.inProgress}</td>
                    <td className="num">{r.gap}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section className="inc-section" aria-labelledby={`${id}-startups`}>
            <h2 id={`${id}-startups`}>{t('inc.readiness.byStartup')}</h2>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('inc.readiness.byStartup')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('inc.col.startup')}</th>
                    <th scope="col">{t('inc.readiness.st_enterprise')}</th>
                    <th scope="col">{t('inc.readiness.high_tech')}</th>
                  </tr>
                </thead>
                <tbody>
                  {res.data.startups.map((s) => (
                    <tr key={s.startup.id}>
                      <th scope="row">{s.startup.name}</th>
                      {(['st_enterprise', 'high_tech'] as const).map((c) => {
                        const l = s.levels.find((x) => x.certification === c);
                        return (
                          <td key={c}>
                            {l
                              ? `${l.certified ? t('inc.readiness.certified') : t(`inc.readiness.level.${l.level}`)} (${l.met}/${l.total})`
                              : '—'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </IncFrame>
  );
}
