// A jury member scores one application with the scoring form shared with initiative reviewers
// (web/src/shared/review), plus the written feedback the applicant receives (every applicant gets it).
// The application is shown without the team's contact data; a conflict of interest hands it on.
import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { ScoreSheetForm } from '../../shared/review/ScoreSheetForm.tsx';
import { useDeclareJuryConflict, useJuryAssignment, useSaveJurySheet } from '../api/incubation-queries.ts';
import type { JuryAssignmentDetail } from '../api/incubation-types.ts';
import { IncFrame } from '../components/IncFrame.tsx';
import { sectorName, stageName } from '../lib/names.ts';

export function JuryScoringPage() {
  const { id = '' } = useParams();
  const res = useJuryAssignment(id);
  if (res.isPending) return <Loading />;
  if (res.isError)
    return (
      <div className="container page">
        <ErrorBox error={res.error} onRetry={() => void res.refetch()} />
      </div>
    );
  return <Scoring key={res.data.id} a={res.data} />;
}

/** The least feedback a final sheet carries (the service's rule). */
const MIN_FEEDBACK = 20;

function Scoring({ a }: { a: JuryAssignmentDetail }) {
  const { t, lang } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const save = useSaveJurySheet();
  const [feedback, setFeedback] = useState(a.sheet.feedback ?? '');
  const [feedbackError, setFeedbackError] = useState<string | null>(null);
  const final = a.status === 'final' || !a.open;
  return (
    <IncFrame title={a.applicationTitle} lead={a.subjectTitle}>
      <section className="inc-section" aria-labelledby={`${id}-content`}>
        <h2 id={`${id}-content`}>{t('inc.jury.answers')}</h2>
        <dl className="facts">
          <div className="fact">
            <dt>{t('inc.col.stage')}</dt>
            <dd>{stageName(a.application.stage, lang)}</dd>
          </div>
          <div className="fact">
            <dt>{t('inc.col.sector')}</dt>
            <dd>{sectorName(a.application.sectorCode, lang)}</dd>
          </div>
          <div className="fact">
            <dt>TRL</dt>
            <dd>{a.application.trl}</dd>
          </div>
        </dl>
        <h3 className="h3">{t('inc.profile.summary')}</h3>
        <p className="prewrap">{a.application.summary}</p>
        {a.application.answers.map((x) => (
          <div key={x.key}>
            <h3 className="h3">{lang === 'en' ? x.label.en : x.label.vi}</h3>
            <p className="prewrap">{x.value}</p>
          </div>
        ))}
      </section>
      <ScoreSheetForm
        rubric={a.rubric}
        sheet={{ scores: a.sheet.scores }}
        final={final}
        pending={save.isPending}
        finalNote={t('inc.jury.isFinal')}
        onSave={async (sheet, isFinal) => {
          const clean = feedback.trim();
          if (isFinal && clean.length < MIN_FEEDBACK) {
            setFeedbackError(t('inc.jury.feedbackRule', { min: MIN_FEEDBACK }));
            throw new Error(t('inc.jury.feedbackRule', { min: MIN_FEEDBACK }));
          }
          setFeedbackError(null);
          await save.mutateAsync({
            id: a.id,
            body: { status: isFinal ? 'final' : 'draft', scores: sheet.scores, feedback: clean },
          });
        }}
        extra={
          <div className={feedbackError ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-feedback`}>{t('inc.jury.feedback')}</label>
            <p id={`${id}-feedback-hint`} className="hint">
              {t('inc.jury.feedbackHint')}
            </p>
            <textarea
              id={`${id}-feedback`}
              rows={5}
              value={feedback}
              disabled={final}
              aria-invalid={feedbackError ? true : undefined}
              aria-describedby={`${id}-feedback-hint${feedbackError ? ` ${id}-feedback-err` : ''}`}
              onChange={(e) => setFeedback(e.target.value)}
            />
            <FieldErrors id={`${id}-feedback-err`} errors={feedbackError ? [feedbackError] : []} />
          </div>
        }
      />
      {!final && <ConflictBox id={a.id} onDeclared={() => navigate('/khoi-nghiep/cham', { replace: true })} />}
      <p>
        <Link to="/khoi-nghiep/cham">{t('inc.jury.back')}</Link>
      </p>
    </IncFrame>
  );
}

function ConflictBox({ id, onDeclared }: { id: string; onDeclared: () => void }) {
  const { t, lang } = useI18n();
  const boxId = useId();
  const declare = useDeclareJuryConflict();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="inc-section" aria-labelledby={`${boxId}-h`}>
      <h2 id={`${boxId}-h`} className="h3">
        {t('inc.conflict.title')}
      </h2>
      {!open ? (
        <button type="button" className="btn btn-secondary" onClick={() => setOpen(true)}>
          {t('inc.conflict.open')}
        </button>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim().length < 5) {
              setError(t('inc.conflict.reasonNeeded'));
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
            <label htmlFor={boxId}>{t('inc.conflict.reason')}</label>
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
              {t('inc.common.cancel')}
            </button>
            <button type="submit" className="btn btn-danger" disabled={declare.isPending}>
              {t('inc.conflict.declare')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
