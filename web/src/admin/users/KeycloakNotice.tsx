// Distributed mode: the accounts live in Keycloak; say where, and which attributes carry the organisation.
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { KeycloakPointers } from '../api/admin-types.ts';

export function KeycloakNotice({ pointers }: { pointers: KeycloakPointers }) {
  const { t } = useI18n();
  return (
    <section className="callout" aria-labelledby="keycloak-title">
      <h2 id="keycloak-title">{t('admin.keycloak.title')}</h2>
      <p>{t('admin.keycloak.text')}</p>
      <p>
        {t('admin.keycloak.attributes', {
          organisationId: pointers.attributes.organisationId,
          organisationName: pointers.attributes.organisationName,
          localityCode: pointers.attributes.localityCode,
        })}
      </p>
      <a className="btn btn-primary" href={pointers.consoleUrl} target="_blank" rel="noopener noreferrer">
        {t('admin.keycloak.open')}
      </a>
    </section>
  );
}
