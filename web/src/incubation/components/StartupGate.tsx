// The startup a signed-in team member is working on: their first startup, or the one named by
// ?startup= when they belong to several. Without one, the page says so and links to the profile form.
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useMyStartups } from '../api/incubation-queries.ts';
import type { Startup } from '../api/incubation-types.ts';

export function StartupGate({ children }: { children: (startup: Startup) => ReactNode }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const res = useMyStartups();
  if (res.isPending) return <Loading />;
  if (res.isError) return <ErrorBox error={res.error} onRetry={() => void res.refetch()} />;
  const items = res.data.items;
  const chosen = items.find((s) => s.id === params.get('startup')) ?? items[0];
  if (!chosen)
    return (
      <div className="callout">
        <p>{t('inc.my.noStartup')}</p>
        <Link className="btn btn-primary" to="/khoi-nghiep/cua-toi/ho-so">
          {t('inc.my.createStartup')}
        </Link>
      </div>
    );
  return (
    <>
      {items.length > 1 && (
        <div className="field">
          <label htmlFor="inc-startup-pick">{t('inc.col.startup')}</label>
          <select
            id="inc-startup-pick"
            value={chosen.id}
            onChange={(e) =>
              setParams((p) => {
                p.set('startup', e.target.value);
                return p;
              })
            }
          >
            {items.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {children(chosen)}
    </>
  );
}
