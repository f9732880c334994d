import { AttachmentGallery } from '../attachments/AttachmentGallery.tsx';
import { ListingWorkflowPanel } from './ListingWorkflowPanel.tsx';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { sectorName, useReference } from '../api/reference.ts';
import type { Need } from '../api/techmart-types.ts';
import { useListing } from '../api/techmart-queries.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { canModerate } from '../../shell/auth/roles.ts';
import { Flash } from '../../shared/components/Status.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate, formatDateTime, formatVnd } from '../../shared/lib/format.ts';
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

function budgetText(min: string | undefined, max: string | undefined): string {
  const a = min ? formatVnd(String(min)) : null;
  const b = max ? formatVnd(String(max)) : null;
  if (a && b) return a === b ? a : `${a} – ${b}`;
  return a ?? b ?? '';
}

export function NeedDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { sectors } = useReference();
  const { identity } = useAuth();
  const location = useLocation();
  // the intake form comes here with a message once it has saved
  const [flash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const res = useListing<Need>('needs', id);
  const need = res.data;
  useTitle(need?.title);
  if (!need)
    return <DetailState loading={res.isPending} error={res.error ?? undefined} onRetry={() => void res.refetch()} />;
  const intakeBy = need.intake?.enteredBy?.displayName;
  const intakeFor = need.intake?.onBehalfOf?.name ?? need.requester?.name ?? '';
  // officers keep editing the needs they took in for businesses without an account
  const officerEdits =
    !!need.intake &&
    canModerate(identity?.roles ?? []) &&
    (need.status === 'draft' || need.status === 'returned' || need.status === 'published');
  return (
    <div className="container page">
      <BackLink />
      <article className="detail" aria-labelledby="detail-title">
        <header className="detail-head">
          <p className="eyebrow">{t('type.need')}</p>
          <h1 id="detail-title">{need.title}</h1>
          <ProvenanceBadge provenance={need.provenance} />
          <Flash message={flash} />
          {need.status && need.status !== 'published' && (
            <div className="alert alert-info">
              <p>
                <StatusBadge status={need.status} /> {t('detail.notPublicYet')}
              </p>
              {need.returnReason && (
                <p>
                  <strong>{t('my.returnReason')}:</strong> <span className="prewrap">{need.returnReason}</span>
                </p>
              )}
            </div>
          )}
          {intakeBy && (
            <p className="intake-attribution">{t('detail.intakeAttribution', { name: intakeBy, org: intakeFor })}</p>
          )}
          {officerEdits && (
            <p>
              <Link className="btn btn-secondary btn-sm" to={`/intake/needs/${encodeURIComponent(need.id)}/edit`}>
                {t('detail.editIntake')}
              </Link>
            </p>
          )}
        </header>
        <ListingWorkflowPanel
          type="need"
          id={need.id}
          title={need.title}
          status={need.status}
          pendingRevision={need.pendingRevision}
        />
        <div className="detail-layout">
          {/* first in the page: on a phone, price and contact come before the long description */}
          <aside className="detail-side">
            <section className="card" aria-labelledby="facts-title">
              <h2 id="facts-title">{t('detail.facts')}</h2>
              <dl className="facts">
                <Fact label={t('detail.requester')}>{need.requester?.name ?? need.intake?.onBehalfOf?.name}</Fact>
                <Fact label={t('detail.sector')}>{sectorName(need.sector, sectors, lang)}</Fact>
                <Fact label={t('detail.desiredTrl')}>
                  {need.desiredTrl ? t('trl.value', { n: need.desiredTrl }) : ''}
                </Fact>
                <Fact label={t('detail.budget')}>{budgetText(need.budget?.minVnd, need.budget?.maxVnd)}</Fact>
                <Fact label={t('detail.wantedBy')}>{formatDate(need.wantedBy, lang)}</Fact>
                <Fact label={t('detail.locality')}>{localityText(need.locality)}</Fact>
                <Fact label={t('detail.keywords')}>{(need.keywords ?? []).join(', ')}</Fact>
                <Fact label={t('detail.publishedAt')}>{formatDateTime(need.publishedAt, lang)}</Fact>
              </dl>
            </section>
            <ContactBlock contact={need.contact} />
          </aside>
          <div className="detail-main">
            <section aria-labelledby="problem-title">
              <h2 id="problem-title">{t('detail.problem')}</h2>
              <Paragraphs text={need.problem} />
            </section>
            <AttachmentGallery
              collection="needs"
              listingId={need.id}
              title={need.title}
              attachments={need.attachments ?? []}
            />
          </div>
        </div>
      </article>
    </div>
  );
}
