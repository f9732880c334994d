import { AttachmentGallery } from '../attachments/AttachmentGallery.tsx';
import { ListingWorkflowPanel } from './ListingWorkflowPanel.tsx';
import { useParams } from 'react-router';
import { sectorName, useReference } from '../api/reference.ts';
import type { Expert } from '../api/techmart-types.ts';
import { useListing } from '../api/techmart-queries.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useTitle } from '../../shared/lib/useTitle.ts';
import {
  BackLink,
  ProvenanceBadge,
  ContactBlock,
  DetailState,
  Fact,
  localityText,
  Paragraphs,
} from './DetailParts.tsx';

export function ExpertDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { sectors } = useReference();
  const res = useListing<Expert>('experts', id);
  const ex = res.data;
  const name = ex ? [ex.academicTitle, ex.fullName].filter(Boolean).join(' ') : undefined;
  useTitle(name);
  if (!ex)
    return <DetailState loading={res.isPending} error={res.error ?? undefined} onRetry={() => void res.refetch()} />;
  return (
    <div className="container page">
      <BackLink />
      <article className="detail" aria-labelledby="detail-title">
        <header className="detail-head">
          <p className="eyebrow">{t('type.expert')}</p>
          <h1 id="detail-title">{name}</h1>
          <ProvenanceBadge provenance={ex.provenance} />
          {ex.organisation?.name && <p className="lead">{ex.organisation.name}</p>}
        </header>
        <ListingWorkflowPanel
          type="expert"
          id={ex.id}
          title={name ?? ex.fullName}
          status={ex.status}
          pendingRevision={ex.pendingRevision}
        />
        <div className="detail-layout">
          {/* first in the page: on a phone, price and contact come before the long description */}
          <aside className="detail-side">
            <section className="card" aria-labelledby="facts-title">
              <h2 id="facts-title">{t('detail.facts')}</h2>
              <dl className="facts">
                <Fact label={t('detail.organisation')}>{ex.organisation?.name}</Fact>
                <Fact label={t('detail.fields')}>
                  {(ex.fields ?? []).map((f) => sectorName(f, sectors, lang)).join(', ')}
                </Fact>
                <Fact label={t('detail.consulting')}>
                  {ex.availableForConsulting === undefined
                    ? ''
                    : t(ex.availableForConsulting ? 'detail.consultingYes' : 'detail.consultingNo')}
                </Fact>
                <Fact label={t('detail.locality')}>{localityText(ex.locality)}</Fact>
                <Fact label={t('detail.keywords')}>{(ex.keywords ?? []).join(', ')}</Fact>
              </dl>
            </section>
            <ContactBlock contact={ex.contact} />
          </aside>
          <div className="detail-main">
            {ex.biography && (
              <section aria-labelledby="bio-title">
                <h2 id="bio-title">{t('detail.biography')}</h2>
                <Paragraphs text={ex.biography} />
              </section>
            )}
            {(ex.results ?? []).length > 0 && (
              <section aria-labelledby="results-title">
                <h2 id="results-title">{t('detail.results')}</h2>
                <ul className="results-list">
                  {(ex.results ?? []).map((r, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: results are positional
                    <li key={i}>
                      {r.title}
                      {r.year ? <span className="muted"> ({r.year})</span> : null}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <AttachmentGallery
              collection="experts"
              listingId={ex.id}
              title={ex.fullName}
              attachments={ex.attachments ?? []}
            />
          </div>
        </div>
      </article>
    </div>
  );
}
