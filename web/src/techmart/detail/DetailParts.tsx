import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../shared/api/client.ts';
import type { Contact, Locality } from '../api/techmart-types.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';

export function localityText(l: Locality | undefined): string {
  if (!l) return '';
  return [l.communeName, l.provinceName ?? l.provinceCode].filter(Boolean).join(', ');
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ContactBlock({ contact }: { contact?: Contact }) {
  const { t } = useI18n();
  if (!contact?.name) return null;
  return (
    <section className="card" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('detail.contact')}</h2>
      <p className="contact-name">{contact.name}</p>
      {contact.email && (
        <p>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </p>
      )}
      {contact.phone && (
        <p>
          <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</a>
        </p>
      )}
    </section>
  );
}

export function DetailState({ loading, error, onRetry }: { loading: boolean; error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  if (loading) return <Loading />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 403))
    return (
      <div className="container narrow page">
        <h1>{t('notFound.title')}</h1>
        <p>{t('detail.notFound')}</p>
        <Link to="/search">{t('nav.search')}</Link>
      </div>
    );
  return (
    <div className="container narrow page">
      <ErrorBox error={error} onRetry={onRetry} />
    </div>
  );
}

/**
 * "Back to results": to the search the user came from (its page, filters and tab, carried in the
 * link's state), or to the search page when the detail page was opened directly.
 */
export function BackLink() {
  const { t } = useI18n();
  const location = useLocation();
  const from = (location.state as { fromSearch?: unknown } | null)?.fromSearch;
  const to = typeof from === 'string' && from.startsWith('/search') ? from : '/search';
  return (
    <p className="back">
      <Link to={to}>← {t('detail.back')}</Link>
    </p>
  );
}

export function Paragraphs({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positional
          <p key={i} className="prewrap">
            {p}
          </p>
        ))}
    </>
  );
}

/** "nguồn: …" for a listing imported from another exchange (the national or a regional one). */
export function ProvenanceBadge({ provenance }: { provenance?: { sourceName: { vi: string; en: string } } }) {
  const { t, lang } = useI18n();
  if (!provenance) return null;
  const name = lang === 'en' ? provenance.sourceName.en : provenance.sourceName.vi;
  return (
    <p className="provenance" title={t('detail.sourceHint')} data-testid="provenance">
      <span className="badge">{t('detail.source', { name })}</span>
    </p>
  );
}
