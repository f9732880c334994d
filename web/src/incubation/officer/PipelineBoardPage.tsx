// A programme's pipeline board: applications in columns by status (new, under selection, selected,
// not selected) with score and rank from the selection panel; the officer ticks the startups to select
// and forms a cohort with a name, start and end (the service marks the others not selected).
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import {
  useCreateCohort,
  useProgramme,
  useProgrammeAction,
  useProgrammeApplications,
} from '../api/incubation-queries.ts';
import type { ProgrammeApplication } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';

const COLUMNS = ['submitted', 'in_review', 'selected', 'not_selected'] as const;

export function PipelineBoardPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const fid = useId();
  const programme = useProgramme(id);
  const apps = useProgrammeApplications(id);
  const create = useCreateCohort();
  const step = useProgrammeAction();
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const items = apps.data?.items ?? [];
  const title = programme.data?.title ?? '…';
  const byColumn = (c: (typeof COLUMNS)[number]) =>
    items.filter((a) => a.status === c).sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  const selectable = (a: ProgrammeApplication) => a.status === 'submitted' || a.status === 'in_review';

  const submit = () => {
    setDone(null);
    setFailure(null);
    const found: Record<string, string> = {};
    if (name.trim().length < 2) found.name = t('inc.prog.cohortNameRule');
    if (!startsOn) found.startsOn = t('inc.apply.required');
    if (!endsOn || (startsOn && endsOn <= startsOn)) found.endsOn = t('inc.prog.endRule');
    if (picked.size === 0) found.picked = t('inc.prog.pickRule');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { programmeId: id, body: { name: name.trim(), startsOn, endsOn, startupIds: [...picked] } },
      {
        onSuccess: () => {
          setDone(t('inc.prog.cohortCreated', { cohort: name.trim(), count: picked.size }));
          setPicked(new Set());
        },
        onError: (e) => setFailure(errorMessage(e, lang, t('error.generic'), t('error.network'))),
      },
    );
  };

  const input = (key: string, label: string, value: string, set: (v: string) => void, type = 'text') => (
    <div className={errors[key] ? 'field has-error' : 'field'}>
      <label htmlFor={`${fid}-${key}`}>{label}</label>
      <input
        id={`${fid}-${key}`}
        type={type}
        value={value}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${fid}-${key}-err` : undefined}
        onChange={(e) => set(e.target.value)}
      />
      <FieldErrors id={`${fid}-${key}-err`} errors={errors[key] ? [errors[key]] : []} />
    </div>
  );

  return (
    <IncFrame title={t('inc.prog.boardOf', { programme: title })} sections="officer">
      <Outcome text={done} error={failure} />
      {programme.data && (
        <p>
          <span className="badge">{t(`inc.prog.status.${programme.data.status}`)}</span>{' '}
          {programme.data.status === 'call_open' && (
            <button
              type="button"
              className="btn btn-secondary"
              disabled={step.isPending}
              onClick={() =>
                step.mutate(
                  { programmeId: id, action: 'start-selection' },
                  {
                    onSuccess: () => setDone(t('inc.prog.selectionStarted')),
                    onError: (e) => setFailure(errorMessage(e, lang, t('error.generic'), t('error.network'))),
                  },
                )
              }
            >
              {t('inc.prog.startSelection')}
            </button>
          )}
        </p>
      )}
      {apps.isPending && <Loading />}
      {apps.isError && <ErrorBox error={apps.error} onRetry={() => void apps.refetch()} />}
      <div className="inc-board">
        {COLUMNS.map((c) => (
          <section key={c} aria-labelledby={`${fid}-col-${c}`}>
            <h2 id={`${fid}-col-${c}`} className="h3">
              {t(`inc.prog.col.${c}`)} ({byColumn(c).length})
            </h2>
            <ul>
              {byColumn(c).map((a) => (
                <li key={a.id}>
                  {selectable(a) ? (
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={picked.has(a.startupId)}
                        onChange={(e) =>
                          setPicked((p) => {
                            const n = new Set(p);
                            if (e.target.checked) n.add(a.startupId);
                            else n.delete(a.startupId);
                            return n;
                          })
                        }
                      />{' '}
                      {t('inc.prog.select', { startup: a.startupName })}
                    </label>
                  ) : (
                    <strong>{a.startupName}</strong>
                  )}
                  {a.score !== null && (
                    <p className="muted">
                      {t('inc.col.score')}: {a.score}
                      {a.rank !== null && ` · ${t('inc.col.rank')}: ${a.rank}`}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <section className="inc-section" aria-labelledby={`${fid}-cohort`}>
        <h2 id={`${fid}-cohort`}>{t('inc.prog.newCohort')}</h2>
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <p>{t('inc.prog.picked', { count: picked.size })}</p>
          <FieldErrors id={`${fid}-picked-err`} errors={errors.picked ? [errors.picked] : []} />
          <div className="inc-form-grid">
            {input('name', t('inc.prog.cohortName'), name, setName)}
            {input('startsOn', t('inc.prog.startsOn'), startsOn, setStartsOn, 'date')}
            {input('endsOn', t('inc.prog.endsOn'), endsOn, setEndsOn, 'date')}
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={create.isPending}>
              {t('inc.prog.createCohort')}
            </button>
          </div>
        </form>
      </section>
      {(programme.data?.cohorts ?? []).length > 0 && (
        <section className="inc-section" aria-labelledby={`${fid}-cohorts`}>
          <h2 id={`${fid}-cohorts`}>{t('inc.prog.cohorts')}</h2>
          <ul>
            {(programme.data?.cohorts ?? []).map((c) => (
              <li key={c.id}>
                <Link to={`/khoi-nghiep/quan-ly/khoa/${encodeURIComponent(c.id)}`}>
                  {t('inc.prog.dashboard', { cohort: c.name })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </IncFrame>
  );
}
