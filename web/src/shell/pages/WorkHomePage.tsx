import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useTitle } from '../../shared/lib/useTitle.ts';

/**
 * The reviewer's and the administrator's home until their modules land: it says plainly what they
 * will find here, and what they can do meanwhile. No pretend features.
 */
export function WorkHomePage({ area }: { area: 'review' | 'admin' }) {
  const { t } = useI18n();
  useTitle(t(`workHome.${area}.title`));
  return (
    <div className="container narrow page">
      <h1>{t(`workHome.${area}.title`)}</h1>
      <p className="lead">{t(`workHome.${area}.lead`)}</p>
      <section className="callout">
        <p>{t(`workHome.${area}.soon`)}</p>
        <p>{t(`workHome.${area}.now`)}</p>
        <Link className="btn btn-primary" to="/search">
          {t('workHome.search')}
        </Link>
      </section>
    </div>
  );
}
