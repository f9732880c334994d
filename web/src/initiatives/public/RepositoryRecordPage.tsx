// One record of the central repository, as the public sees it.
import { Link, useParams } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate, formatVnd } from '../../shared/lib/format.ts';
import { useInitiativeReference, useRepositoryRecord } from '../api/initiatives-queries.ts';
import { IniFrame } from '../components/IniFrame.tsx';

export function RepositoryRecordPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const res = useRepositoryRecord(id);
  const reference = useInitiativeReference();
  if (res.isPending) return <Loading />;
  if (res.isError)
    return (
      <div className="container page">
        <ErrorBox error={res.error} onRetry={() => void res.refetch()} />
      </div>
    );
  const r = res.data;
  const field = reference.data?.fields.find((f) => f.code === r.fieldCode);
  return (
    <IniFrame title={r.title}>
      <dl className="facts">
        {field && (
          <div className="fact">
            <dt>{t('ini.f.field')}</dt>
            <dd>{lang === 'en' ? field.nameEn : field.nameVi}</dd>
          </div>
        )}
        {r.unitName && (
          <div className="fact">
            <dt>{t('ini.f.unitName')}</dt>
            <dd>{r.unitName}</dd>
          </div>
        )}
        {r.year && (
          <div className="fact">
            <dt>{t('ini.col.year')}</dt>
            <dd>{r.year}</dd>
          </div>
        )}
        <div className="fact">
          <dt>{t('ini.verify.organisation')}</dt>
          <dd>{r.organisation.name}</dd>
        </div>
        {r.decisionNumber && (
          <div className="fact">
            <dt>{t('ini.verify.decision')}</dt>
            <dd>
              {r.recognisedOn
                ? t('ini.verify.decisionText', { number: r.decisionNumber, date: formatDate(r.recognisedOn, lang) })
                : r.decisionNumber}
            </dd>
          </div>
        )}
        {r.benefitVnd !== null && r.benefitVnd > 0 && (
          <div className="fact">
            <dt>{t('ini.f.benefitVnd')}</dt>
            <dd>{formatVnd(String(r.benefitVnd))}</dd>
          </div>
        )}
        {r.authors && r.authors.length > 0 && (
          <div className="fact">
            <dt>{t('ini.f.authors')}</dt>
            <dd>{r.authors.map((a) => `${a.name} (${a.sharePercent}%)`).join('; ')}</dd>
          </div>
        )}
      </dl>
      {r.summary && <p className="lead prewrap">{r.summary}</p>}
      {r.effectivenessSummary && (
        <>
          <h2 className="h3">{t('ini.repo.effectiveness')}</h2>
          <p className="prewrap">{r.effectivenessSummary}</p>
        </>
      )}
      {r.certificateCode && (
        <p>
          <Link to={`/xac-minh/${encodeURIComponent(r.certificateCode)}`}>{t('ini.repo.verify')}</Link>
        </p>
      )}
      <p>
        <Link to="/sang-kien">{t('ini.repo.back')}</Link>
      </p>
    </IniFrame>
  );
}
