// The scoring form shared by initiative reviewers and incubation jury members: the rubric with its
// bands, one box per criterion with the band the typed score falls in, a note per criterion, the
// running total and a general comment; save a draft, or submit the final sheet after a confirmation.
// The page around it shows what is scored and sends the sheet to its own API (`onSave`).
import type { CriterionScore, Rubric } from '@sti/review';
import { type ReactNode, useId, useRef, useState } from 'react';
import { errorMessage } from '../api/client.ts';
import { FieldErrors } from '../components/FormFields.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import {
  bandOf,
  runningTotal,
  type ScoreFieldError,
  type ScoreFormState,
  scoreFormOf,
  toSheetInput,
  validateScoreForm,
} from './score-sheet-form.ts';
import './review.css';

export interface SheetInput {
  scores: CriterionScore[];
  comment?: string;
}

type SavedSheet = Parameters<typeof scoreFormOf>[0];

export function ScoreSheetForm({
  rubric,
  sheet,
  final,
  pending,
  onSave,
  finalNote,
  beforeTotal,
  extra,
}: {
  rubric: Rubric;
  /** what was saved before (a draft), or nothing */
  sheet: SavedSheet;
  /** the sheet is final (or the round closed): shown, not editable */
  final: boolean;
  pending: boolean;
  /** sends the sheet; resolves when saved, rejects with the API's error (the page shows it) */
  onSave: (input: SheetInput, final: boolean) => Promise<void>;
  /** shown instead of the buttons once the sheet is final */
  finalNote: string;
  /** shown above the running total (other members' totals after the round) */
  beforeTotal?: ReactNode;
  /** more fields after the general comment (a jury's written feedback to the applicant) */
  extra?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const [state, setState] = useState<ScoreFormState>(() => scoreFormOf(sheet));
  const [errors, setErrors] = useState<ScoreFieldError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const errorsOf = (f: string) => errors.filter((e) => e.field === f).map((e) => e.message[lang]);

  const send = async (status: 'draft' | 'final') => {
    setDone(null);
    setFailure(null);
    const found = validateScoreForm(rubric, state, status);
    setErrors(found);
    if (found.length > 0) {
      setFailure(t('review.fix'));
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
      await onSave(toSheetInput(rubric, state), status === 'final');
      setDone(t(status === 'final' ? 'review.submitted' : 'review.saved'));
    } catch (e) {
      setFailure(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };

  return (
    <>
      <div ref={summary} tabIndex={-1} className="error-summary-anchor">
        {failure ? (
          <div className="alert alert-error" role="alert">
            <p>{failure}</p>
          </div>
        ) : null}
        <div role="status">{done && <p className="alert alert-success">{done}</p>}</div>
      </div>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send('final');
        }}
      >
        <h2>{t('review.sheet')}</h2>
        {rubric.criteria.map((c) => {
          const boxId = `${prefix}-${c.key}`;
          const text = state.scores[c.key] ?? '';
          const band = bandOf(rubric, c.key, text);
          const errs = errorsOf(`score.${c.key}`);
          const title = lang === 'en' ? c.title.en : c.title.vi;
          return (
            <fieldset key={c.key} className={errs.length ? 'score-criterion has-error' : 'score-criterion'}>
              <legend>
                {title} <span className="muted">{t('review.range', { min: c.min, max: c.max, weight: c.weight })}</span>
              </legend>
              <ul className="score-bands" aria-label={t('review.bands')}>
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
                <label htmlFor={boxId}>{t('review.scoreFor', { criterion: title })}</label>
                <input
                  id={boxId}
                  className="score-box"
                  type="text"
                  inputMode="decimal"
                  value={text}
                  disabled={final}
                  aria-invalid={errs.length ? true : undefined}
                  aria-describedby={[`${boxId}-band`, errs.length ? `${boxId}-err` : null].filter(Boolean).join(' ')}
                  onChange={(e) => setState((s) => ({ ...s, scores: { ...s.scores, [c.key]: e.target.value } }))}
                />
                <p id={`${boxId}-band`} className="hint">
                  {band ? t('review.inBand', { band: lang === 'en' ? band.description.en : band.description.vi }) : ''}
                </p>
                <FieldErrors id={`${boxId}-err`} errors={errs} />
              </div>
              <div className="field">
                <label htmlFor={`${boxId}-note`}>{t('review.note')}</label>
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
        {beforeTotal}
        <p className="score-total" aria-live="polite">
          {t('review.total', { total: runningTotal(rubric, state), max: rubric.totalWeight })}
        </p>
        <div className="field">
          <label htmlFor={`${prefix}-comment`}>{t('review.comment')}</label>
          <textarea
            id={`${prefix}-comment`}
            rows={4}
            value={state.comment}
            disabled={final}
            onChange={(e) => setState((s) => ({ ...s, comment: e.target.value }))}
          />
        </div>
        {extra}
        {final ? (
          <p className="alert alert-success">{finalNote}</p>
        ) : (
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" disabled={pending} onClick={() => void send('draft')}>
              {t('review.saveDraft')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={pending}>
              {t(confirming ? 'review.confirmSubmit' : 'review.submit')}
            </button>
            {confirming && (
              <p className="alert alert-warning" role="status">
                {t('review.confirmFinal')}
              </p>
            )}
          </div>
        )}
      </form>
    </>
  );
}
