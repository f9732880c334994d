// "Khởi nghiệp của tôi": the team's contest applications with status, score, rank, award and the
// jury's written feedback (every applicant gets it once results are published), the programme
// applications, and the rounds and programme calls open now.
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import {
  useApplyToProgramme,
  useContests,
  useMyApplications,
  useMyProgrammeApplications,
  useMyStartups,
  useProgrammes,
} from '../api/incubation-queries.ts';
import type { MyApplication, Programme } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';

export function MyApplicationsPage() {
  const { t, lang } = useI18n();
  const id = useId();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const apps = useMyApplications();
  const progApps = useMyProgrammeApplications();
  const contests = useContests();
  const programmes = useProgrammes();
  const open = (contests.data?.items ?? []).flatMap((c) =>
    c.rounds.filter((r) => r.status === 'open').map((r) => ({ contest: c, round: r })),
  );
  const calls = (programmes.data?.items ?? []).filter((p) => p.status === 'call_open');
  return (
    <IncFrame title={t('inc.my.title')} lead={t('inc.my.lead')} sections="startup">
      <Outcome text={flash} />
      {apps.isPending && <Loading />}
      {apps.isError && <ErrorBox error={apps.error} onRetry={() => void apps.refetch()} />}
      {apps.isSuccess && apps.data.items.length === 0 && <p className="empty">{t('inc.my.empty')}</p>}
      {(apps.data?.items ?? []).map((a) => (
        <ApplicationCard key={a.id} app={a} />
      ))}

      {(progApps.data?.items ?? []).length > 0 && (
        <section className="inc-section" aria-labelledby={`${id}-prog`}>
          <h2 id={`${id}-prog`}>{t('inc.my.programmeApps')}</h2>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('inc.my.programmeApps')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('inc.nav.programmes')}</th>
                  <th scope="col">{t('inc.col.startup')}</th>
                  <th scope="col">{t('inc.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {(progApps.data?.items ?? []).map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.programmeTitle}</th>
                    <td>{p.startupName}</td>
                    <td>{t(`inc.app.${p.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section className="inc-section" aria-labelledby={`${id}-open`}>
        <h2 id={`${id}-open`}>{t('inc.my.open')}</h2>
        {contests.isSuccess && open.length === 0 && calls.length === 0 && <p className="empty">{t('inc.my.noOpen')}</p>}
        <ul className="inc-cards">
          {open.map(({ contest, round }) => (
            <li key={round.id}>
              <h3 className="h3">{contest.title}</h3>
              <p>
                {round.title} · {t('inc.col.closes')}: {formatDate(round.closesAt, lang)}
              </p>
              <Link className="btn btn-primary" to={`/khoi-nghiep/vong/${encodeURIComponent(round.id)}/nop`}>
                {t('inc.my.apply', { round: round.title })}
              </Link>
            </li>
          ))}
          {calls.map((p) => (
            <li key={p.id}>
              <ProgrammeCall programme={p} />
            </li>
          ))}
        </ul>
      </section>
    </IncFrame>
  );
}

function ApplicationCard({ app }: { app: MyApplication }) {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <article className="inc-section callout" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h3">
        {app.title}
      </h2>
      <p className="muted">{[app.contestTitle, app.roundTitle].filter(Boolean).join(' · ')}</p>
      <p>
        <span className="badge">{t(`inc.app.${app.status}`)}</span>{' '}
        {app.score !== null && app.rank !== null && t('inc.my.scoreRank', { score: app.score, rank: app.rank })}
        {app.award && ` · ${app.award}`}
      </p>
      {app.eligibility.length > 0 && (
        <ul>
          {app.eligibility.map((e) => (
            <li key={e.code}>{lang === 'en' ? e.message.en : e.message.vi}</li>
          ))}
        </ul>
      )}
      <h3 className="h3">{t('inc.my.feedback')}</h3>
      {app.feedback.length === 0 ? (
        <p className="muted">{t('inc.my.noFeedback')}</p>
      ) : (
        <ul className="inc-feedback">
          {app.feedback.map((f) => (
            <li key={f.juror}>
              <strong>{f.juror}</strong>
              {f.total !== null && ` (${f.total})`}: <span className="prewrap">{f.comment}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function ProgrammeCall({ programme }: { programme: Programme }) {
  const { t, lang } = useI18n();
  const id = useId();
  const startups = useMyStartups();
  const apply = useApplyToProgramme();
  const [open, setOpen] = useState(false);
  const [motivation, setMotivation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const startup = startups.data?.items[0];
  return (
    <>
      <h3 className="h3">{programme.title}</h3>
      <p>
        {t('inc.col.closes')}: {formatDate(programme.callClosesAt, lang)}
      </p>
      <Outcome text={done} error={failure} />
      {!open && !done && (
        <button type="button" className="btn btn-primary" disabled={!startup} onClick={() => setOpen(true)}>
          {t('inc.my.applyProgramme', { programme: programme.title })}
        </button>
      )}
      {open && startup && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (motivation.trim().length < 20) {
              setError(t('inc.my.motivationRule'));
              return;
            }
            setError(null);
            apply.mutate(
              { programmeId: programme.id, body: { startupId: startup.id, motivation: motivation.trim() } },
              {
                onSuccess: () => {
                  setOpen(false);
                  setDone(t('inc.my.appliedProgramme'));
                },
                onError: (e2) => setFailure(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
              },
            );
          }}
        >
          <div className={error ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-m`}>{t('inc.my.motivation')}</label>
            <textarea
              id={`${id}-m`}
              rows={4}
              value={motivation}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-m-err` : undefined}
              onChange={(e) => setMotivation(e.target.value)}
            />
            <FieldErrors id={`${id}-m-err`} errors={error ? [error] : []} />
          </div>
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setOpen(false)}>
              {t('inc.common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={apply.isPending}>
              {t('inc.my.sendProgramme')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
