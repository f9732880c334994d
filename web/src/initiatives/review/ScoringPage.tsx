// The blind scoring form. The API's blind view carries no author, unit, organisation, contact or file
// name, and this page shows nothing else: the initiative's content, the rubric with its bands, one box
// per criterion with the band the score falls in, the running total; save a draft, submit the final
// sheet, or declare a conflict of interest (the assignment then goes to another reviewer).
import { useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatBytes, formatDate, formatVnd } from '../../shared/lib/format.ts';
import {
  downloadAssignedFile,
  useBlindAssignment,
  useDeclareConflict,
  useSaveSheet,
} from '../api/initiatives-queries.ts';
import type { AssignmentDetail } from '../api/initiatives-types.ts';
import { IniFrame, Outcome } from '../components/IniFrame.tsx';
import {
  bandOf,
  runningTotal,
  type ScoreFieldError,
  type ScoreFormState,
  scoreFormOf,
  toSheetInput,
  validateScoreForm,
} from './score-sheet-form.ts';

export function ScoringPage() {
  const { id = '' } = useParams();
  const res = useBlindAssignment(id);
  if (res.isPending) return <Loading />;
  if (res.isError)
    return (
      <div className="container page">
        <ErrorBox error={res.error} onRetry={() => void res.refetch()} />
      </div>
    );
  return <Scoring key={res.data.id} a={res.data} />;
}

function Scoring({ a }: { a: AssignmentDetail }) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const navigate = useNavigate();
  const save = useSaveSheet();
  const [state, setState] = useState<ScoreFormState>(() => scoreFormOf(a.sheet));
  const [errors, setErrors] = useState<ScoreFieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const rubric = a.rubric;
  const final = a.sheet.status === 'final' || a.roundClosed;
  const sub = a.submission;
  const errorsOf = (f: string) => errors.filter((e) => e.field === f).map((e) => e.message[lang]);

  const send = async (status: 'draft' | 'final') => {
    setDone(null);
    setFailure(null);
    const found = validateScoreForm(rubric, state, status);
    setErrors(found);
    if (found.length > 0) {
      setFailure(t('ini.score.fix'));
      summary.current?.focus();
      return;
    }
    // a final sheet cannot be changed: the first press asks, the second sends
    if (status === 'final' && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    try {
      await save.mutateAsync({ id: a.id, sheet: toSheetInput(rubric, state), final: status === 'final' });
      setDone(t(status === 'final' ? 'ini.score.submitted' : 'ini.score.saved'));
    } catch (e) {
      setFailure(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };

  return (
    <IniFrame title={sub.title} lead={t('ini.score.lead', { due: formatDate(a.dueOn, lang) })}>
      {sub.blind && <p className="alert alert-info">{t('ini.score.blindNote')}</p>}
      <section className="ini-section" aria-labelledby={`${prefix}-content`}>
        <h2 id={`${prefix}-content`}>{t('ini.detail.content')}</h2>
        <dl className="facts">
          <div className="fact">
            <dt>{t('ini.f.field')}</dt>
            <dd>{lang === 'en' ? sub.field.nameEn : sub.field.nameVi}</dd>
          </div>
          <div className="fact">
            <dt>{t('ini.f.firstAppliedOn')}</dt>
            <dd>{formatDate(sub.firstAppliedOn, lang)}</dd>
          </div>
          <div className="fact">
            <dt>{t('ini.f.benefitVnd')}</dt>
            <dd>{sub.benefitVnd === null ? '' : (formatVnd(String(sub.benefitVnd)) ?? '')}</dd>
          </div>
        </dl>
        {(['problem', 'solution', 'novelty', 'applicationPlace', 'benefitText'] as const).map((f) => (
          <div key={f}>
            <h3 className="h3">{t(`ini.f.${f}`)}</h3>
            <p className="prewrap">{sub[f]}</p>
          </div>
        ))}
        {!sub.blind && sub.authors && (
          <p>
            <strong>{t('ini.f.authors')}:</strong>{' '}
            {sub.authors.map((x) => `${x.fullName} (${x.sharePercent}%)`).join('; ')}
            {sub.unitName ? ` — ${sub.unitName}` : ''}
          </p>
        )}
        <h3 className="h3">{t('ini.review.files')}</h3>
        {sub.attachments.length > 0 ? (
          <ul>
            {sub.attachments.map((f) => (
              <li key={f.id}>
                <button
                  type="button"
                  className="btn btn-link"
                  onClick={() =>
                    void downloadAssignedFile(a.id, f.id, f.number).catch(() => setFailure(t('error.network')))
                  }
                >
                  {f.fileName ?? t('ini.review.fileN', { n: f.number })}
                </button>{' '}
                <span className="muted">({formatBytes(f.sizeBytes, lang)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('ini.review.noFiles')}</p>
        )}
      </section>

      <div ref={summary} tabIndex={-1} className="error-summary-anchor">
        <Outcome text={done} error={failure} />
      </div>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send('final');
        }}
      >
        <h2>{t('ini.score.sheet')}</h2>
        {rubric.criteria.map((c) => {
          const boxId = `${prefix}-${c.key}`;
          const text = state.scores[c.key] ?? '';
          const band = bandOf(rubric, c.key, text);
          const errs = errorsOf(`score.${c.key}`);
          return (
            <fieldset key={c.key} className={errs.length ? 'ini-criterion has-error' : 'ini-criterion'}>
              <legend>
                {lang === 'en' ? c.title.en : c.title.vi}{' '}
                <span className="muted">{t('ini.score.range', { min: c.min, max: c.max, weight: c.weight })}</span>
              </legend>
              <ul className="ini-bands" aria-label={t('ini.score.bands')}>
                {c.bands.map((b) => (
                  <li key={`${b.min}-${b.max}`}>
                    <strong>
                      {b.min}–{b.max}
                    </strong>
                    : {lang === 'en' ? b.description.en : b.description.vi}
                  </li>
                ))}
              </ul>
              <div className="field">
                <label htmlFor={boxId}>
                  {t('ini.score.scoreFor', { criterion: lang === 'en' ? c.title.en : c.title.vi })}
                </label>
                <input
                  id={boxId}
                  className="ini-score-box"
                  type="text"
                  inputMode="decimal"
                  value={text}
                  disabled={final}
                  aria-invalid={errs.length ? true : undefined}
                  aria-describedby={[`${boxId}-band`, errs.length ? `${boxId}-err` : null].filter(Boolean).join(' ')}
                  onChange={(e) => setState((s) => ({ ...s, scores: { ...s.scores, [c.key]: e.target.value } }))}
                />
                <p id={`${boxId}-band`} className="hint">
                  {band
                    ? t('ini.score.inBand', { band: lang === 'en' ? band.description.en : band.description.vi })
                    : ''}
                </p>
                <FieldErrors id={`${boxId}-err`} errors={errs} />
              </div>
              <div className="field">
                <label htmlFor={`${boxId}-note`}>{t('ini.score.note')}</label>
                <textarea
                  id={`${boxId}-note`}
                  rows={2}
                  value={state.notes[c.key] ?? ''}
                  disabled={final}
                  onChange={(e) => setState((s) => ({ ...s, notes: { ...s.notes, [c.key]: e.target.value } }))}
                />
              </div>
            </fieldset>
          );
        })}
        <FieldErrors id={`${prefix}-sheet-err`} errors={errorsOf('scores')} />
        {a.otherReviews && a.otherReviews.length > 0 && (
          <div className="callout">
            <h3 className="h3">{t('ini.score.others')}</h3>
            <ul>
              {a.otherReviews.map((o) => (
                <li key={o.label}>
                  {o.label}: {o.total}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="ini-totals" aria-live="polite">
          {t('ini.score.total', { total: runningTotal(rubric, state), max: rubric.totalWeight })}
        </p>
        <div className="field">
          <label htmlFor={`${prefix}-comment`}>{t('ini.score.comment')}</label>
          <textarea
            id={`${prefix}-comment`}
            rows={4}
            value={state.comment}
            disabled={final}
            onChange={(e) => setState((s) => ({ ...s, comment: e.target.value }))}
          />
        </div>
        {final ? (
          <p className="alert alert-success">{t('ini.score.isFinal')}</p>
        ) : (
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-secondary"
              disabled={save.isPending}
              onClick={() => void send('draft')}
            >
              {t('ini.score.saveDraft')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {t(confirming ? 'ini.score.confirmSubmit' : 'ini.score.submit')}
            </button>
            {confirming && (
              <p className="alert alert-warning" role="status">
                {t('ini.score.confirmFinal')}
              </p>
            )}
          </div>
        )}
      </form>
      {!final && <ConflictBox id={a.id} onDeclared={() => navigate('/sang-kien/cham', { replace: true })} />}
      <p>
        <Link to="/sang-kien/cham">{t('ini.score.back')}</Link>
      </p>
    </IniFrame>
  );
}

function ConflictBox({ id, onDeclared }: { id: string; onDeclared: () => void }) {
  const { t, lang } = useI18n();
  const boxId = useId();
  const declare = useDeclareConflict();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="ini-section" aria-labelledby={`${boxId}-h`}>
      <h2 id={`${boxId}-h`} className="h3">
        {t('ini.conflict.title')}
      </h2>
      <p>{t('ini.conflict.lead')}</p>
      {!open ? (
        <button type="button" className="btn btn-secondary" onClick={() => setOpen(true)}>
          {t('ini.conflict.open')}
        </button>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim().length < 5) {
              setError(t('ini.conflict.reasonNeeded'));
              return;
            }
            declare.mutate(
              { id, reason: reason.trim() },
              {
                onSuccess: onDeclared,
                onError: (e2) => setError(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
              },
            );
          }}
        >
          <div className={error ? 'field has-error' : 'field'}>
            <label htmlFor={boxId}>{t('ini.conflict.reason')}</label>
            <textarea
              id={boxId}
              rows={3}
              value={reason}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${boxId}-err` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            <FieldErrors id={`${boxId}-err`} errors={error ? [error] : []} />
          </div>
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setOpen(false)}>
              {t('ini.common.cancel')}
            </button>
            <button type="submit" className="btn btn-danger" disabled={declare.isPending}>
              {t('ini.conflict.declare')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
