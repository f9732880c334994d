// The public startup directory: the startups that chose to publish their profile, searchable by text
// and filtered by stage and sector; a link to the contests' published results.
import { SECTORS, STARTUP_STAGES } from '@sti/incubation/api';
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useDirectory } from '../api/incubation-queries.ts';
import { IncFrame } from '../components/IncFrame.tsx';

export function StartupDirectoryPage() {
  const { t, lang } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const stage = params.get('stage') ?? '';
  const sector = params.get('sector') ?? '';
  const [text, setText] = useState(q);
  const res = useDirectory(q, stage, sector);
  const sectorName = (code: string) => {
    const s = SECTORS.find((x) => x.code === code);
    return s ? (lang === 'en' ? s.en : s.vi) : code;
  };
  const set = (k: string, v: string) =>
    setParams((p) => {
      if (v) p.set(k, v);
      else p.delete(k);
      return p;
    });
  const items = res.data?.items ?? [];
  return (
    <IncFrame
      title={t('inc.directory.title')}
      lead={t('inc.directory.lead')}
      actions={<Link to="/khoi-nghiep/ket-qua">{t('inc.directory.results')}</Link>}
    >
      <search>
        <form
          className="form inc-form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            set('q', text.trim());
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-q`}>{t('inc.directory.q')}</label>
            <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-stage`}>{t('inc.col.stage')}</label>
            <select id={`${id}-stage`} value={stage} onChange={(e) => set('stage', e.target.value)}>
              <option value="">{t('inc.directory.allStages')}</option>
              {STARTUP_STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`inc.stage.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sector`}>{t('inc.col.sector')}</label>
            <select id={`${id}-sector`} value={sector} onChange={(e) => set('sector', e.target.value)}>
              <option value="">{t('inc.directory.allSectors')}</option>
              {SECTORS.map((s) => (
                <option key={s.code} value={s.code}>
                  {lang === 'en' ? s.en : s.vi}
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary">
              {t('inc.directory.search')}
            </button>
          </div>
        </form>
      </search>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('inc.directory.empty')}</p>}
      <ul className="inc-cards" aria-label={t('inc.directory.title')}>
        {items.map((s) => (
          <li key={s.id}>
            <h2 className="h3">{s.name}</h2>
            <p>
              <span className="badge">{t(`inc.stage.${s.stage}`)}</span> {sectorName(s.sectorCode)} ·{' '}
              {t('inc.directory.trl', { trl: s.trl })}
            </p>
            <p className="prewrap">{s.summary}</p>
          </li>
        ))}
      </ul>
    </IncFrame>
  );
}
