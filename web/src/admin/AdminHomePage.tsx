// The administrator's home: what can be done here, each with its page.
import { Link } from 'react-router';
import { useI18n } from '../shared/i18n/I18nProvider.tsx';
import type { MessageKey } from '../shared/i18n/registry.ts';
import { AdminFrame } from './components/AdminFrame.tsx';

const AREAS: { to: string; title: MessageKey; text: MessageKey }[] = [
  { to: '/admin/users', title: 'admin.nav.users', text: 'admin.home.users' },
  { to: '/admin/users/pending', title: 'admin.nav.pending', text: 'admin.home.pending' },
  { to: '/admin/organisations', title: 'admin.nav.organisations', text: 'admin.home.organisations' },
  { to: '/admin/reference', title: 'admin.nav.reference', text: 'admin.home.reference' },
  { to: '/admin/audit', title: 'admin.nav.audit', text: 'admin.home.audit' },
];

export function AdminHomePage() {
  const { t } = useI18n();
  return (
    <AdminFrame title={t('admin.home.title')} lead={t('admin.home.lead')}>
      <ul className="admin-home-list">
        {AREAS.map((area) => (
          <li key={area.to}>
            <Link className="card" to={area.to}>
              <span className="admin-home-title">{t(area.title)}</span>
              <span className="admin-home-text">{t(area.text)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </AdminFrame>
  );
}
