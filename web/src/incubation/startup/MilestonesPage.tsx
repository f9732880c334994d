// A startup's milestones in its cohort: due date, status, the officer's note, and evidence links to
// submit for the officer's sign-off.
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useMilestones, useSubmitMilestone } from '../api/incubation-queries.ts';
import type { Milestone, Startup } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { StartupGate } from '../components/StartupGate.tsx';

export function MilestonesPage() {
  const { t } = useI18n();
  return (
    <IncFrame title={t('inc.milestones.title')} lead={t('inc.milestones.lead')} sections="startup">
      <StartupGate>{(s) => <Milestones startup={s} />}</StartupGate>
    </IncFrame>
  );
}

function Milestones({ startup }: { startup: Startup }) {
  const { t } = useI18n();
  const res = useMilestones(startup.id);
  if (res.isPending) return <Loading />;
  if (res.isError) return <ErrorBox error={res.error} onRetry={() => void res.refetch()} />;
  if (res.data.items.length === 0) return <p className="empty">{t('inc.milestones.empty')}</p>;
  return (
    <ul className="inc-cards">
      {[...res.data.items]
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
        .map((m) => (
          <li key={m.id}>
            <MilestoneCard m={m} />
          </li>
        ))}
    </ul>
  );
}

function MilestoneCard({ m }: { m: Milestone }) {
  const { t, lang } = useI18n();
  const id = useId();
  const submit = useSubmitMilestone();
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const canSubmit = m.status === 'open' || m.status === 'returned';
  return (
    <article aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h3">
        {m.title}
      </h2>
      <p>
        <span className="badge">{t(`inc.milestones.state.${m.status}`)}</span>{' '}
        {t('inc.milestones.due', { due: formatDate(m.dueOn, lang) })}
      </p>
      {m.description && <p className="prewrap">{m.description}</p>}
      {m.officerNote && <p className="prewrap">{t('inc.milestones.note', { note: m.officerNote })}</p>}
      {m.links.length > 0 && (
        <ul>
          {m.links.map((l) => (
            <li key={l.url}>
              <a href={l.url} rel="noopener noreferrer nofollow" target="_blank">
                {l.label || l.url}
              </a>
            </li>
          ))}
        </ul>
      )}
      <Outcome text={done} error={failure} />
      {canSubmit && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setDone(null);
            setFailure(null);
            let ok = false;
            try {
              const u = new URL(url.trim());
              ok = u.protocol === 'https:' || u.protocol === 'http:';
            } catch {
              ok = false;
            }
            if (!ok) {
              setError(t('inc.milestones.urlRule'));
              return;
            }
            setError(null);
            submit.mutate(
              { id: m.id, links: [...m.links, { url: url.trim(), label: label.trim() }] },
              {
                onSuccess: () => setDone(t('inc.milestones.submitted')),
                onError: (e2) => setFailure(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
              },
            );
          }}
        >
          <div className={error ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-url`}>{t('inc.milestones.linkUrl')}</label>
            <input
              id={`${id}-url`}
              type="url"
              value={url}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-url-err` : undefined}
              onChange={(e) => setUrl(e.target.value)}
            />
            <FieldErrors id={`${id}-url-err`} errors={error ? [error] : []} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-label`}>{t('inc.milestones.linkLabel')}</label>
            <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={submit.isPending}>
              {t('inc.milestones.submit')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
