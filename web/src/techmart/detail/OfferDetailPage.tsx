import { useParams } from 'react-router';
import { AttachmentGallery } from '../attachments/AttachmentGallery.tsx';
import { ListingWorkflowPanel } from './ListingWorkflowPanel.tsx';
import { VerifiedIpTitles } from './VerifiedIpTitles.tsx';
import { sectorName, useReference } from '../api/reference.ts';
import type { Offer } from '../api/techmart-types.ts';
import { useListing } from '../api/techmart-queries.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime, formatVnd } from '../../shared/lib/format.ts';
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

export function OfferDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { sectors } = useReference();
  const res = useListing<Offer>('offers', id);
  const offer = res.data;
  useTitle(offer?.title);
  if (!offer)
    return <DetailState loading={res.isPending} error={res.error ?? undefined} onRetry={() => void res.refetch()} />;

  const price =
    offer.price && 'amountVnd' in offer.price
      ? (formatVnd(offer.price.amountVnd) ?? offer.price.amountVnd)
      : t('detail.negotiable');
  return (
    <div className="container page">
      <BackLink />
      <article className="detail" aria-labelledby="detail-title">
        <header className="detail-head">
          <p className="eyebrow">{t(offer.kind === 'equipment' ? 'type.equipment' : 'type.offer')}</p>
          <h1 id="detail-title">{offer.title}</h1>
          <ProvenanceBadge provenance={offer.provenance} />
          {offer.status !== 'published' && (
            <div className="alert alert-info">
              <p>
                <StatusBadge status={offer.status} /> {t('detail.notPublicYet')}
              </p>
              {offer.returnReason && (
                <p>
                  <strong>{t('my.returnReason')}:</strong> <span className="prewrap">{offer.returnReason}</span>
                </p>
              )}
            </div>
          )}
          <p className="lead">{offer.summary}</p>
        </header>
        <ListingWorkflowPanel
          type="offer"
          id={offer.id}
          title={offer.title}
          status={offer.status}
          pendingRevision={offer.pendingRevision}
        />
        <div className="detail-layout">
          {/* first in the page: on a phone, price and contact come before the long description */}
          <aside className="detail-side">
            <section className="card" aria-labelledby="facts-title">
              <h2 id="facts-title">{t('detail.facts')}</h2>
              <dl className="facts">
                <Fact label={t('detail.price')}>{price}</Fact>
                <Fact label={t('detail.sector')}>{sectorName(offer.sector, sectors, lang)}</Fact>
                <Fact label={t('detail.trl')}>{offer.trl ? t('trl.value', { n: offer.trl }) : ''}</Fact>
                <Fact label={t('detail.ipStatus')}>{offer.ipStatus ? t(`ip.${offer.ipStatus}`) : ''}</Fact>
                <VerifiedIpTitles offerId={offer.id} />
                <Fact label={t('detail.transferModes')}>
                  {(offer.transferModes ?? []).map((m) => t(`transfer.${m}`)).join(', ')}
                </Fact>
                <Fact label={t('detail.locality')}>{localityText(offer.locality)}</Fact>
                <Fact label={t('detail.owner')}>{offer.owner?.name}</Fact>
                <Fact label={t('detail.keywords')}>{(offer.keywords ?? []).join(', ')}</Fact>
                <Fact label={t('detail.publishedAt')}>{formatDateTime(offer.publishedAt, lang)}</Fact>
                <Fact label={t('detail.updatedAt')}>{formatDateTime(offer.updatedAt, lang)}</Fact>
              </dl>
            </section>
            <ContactBlock contact={offer.contact} />
          </aside>
          <div className="detail-main">
            {offer.description && (
              <section aria-labelledby="desc-title">
                <h2 id="desc-title">{t('detail.description')}</h2>
                <Paragraphs text={offer.description} />
              </section>
            )}
            {offer.kind === 'equipment' && offer.equipment && (
              <section aria-labelledby="equip-title">
                <h2 id="equip-title">{t('detail.equipment')}</h2>
                <dl className="facts">
                  <Fact label={t('detail.condition')}>{t(`condition.${offer.equipment.condition}`)}</Fact>
                  <Fact label={t('detail.quantity')}>{offer.equipment.quantity}</Fact>
                  {offer.equipment.specifications.map((s, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: specifications may repeat names
                    <Fact key={i} label={s.name}>
                      {s.value}
                    </Fact>
                  ))}
                </dl>
              </section>
            )}
            <AttachmentGallery
              collection="offers"
              listingId={offer.id}
              title={offer.title}
              attachments={offer.attachments ?? []}
            />
          </div>
        </div>
      </article>
    </div>
  );
}
