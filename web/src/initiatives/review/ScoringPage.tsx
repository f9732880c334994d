// The blind scoring form. The API's blind view carries no author, unit, organisation, contact or file
// name, and this page shows nothing else: the initiative's content, the rubric with its bands, one box
// per criterion with the band the score falls in, the running total; save a draft, submit the final
// sheet (the form shared with incubation juries), or declare a conflict of interest (the assignment then goes to another reviewer).
import { useId, useState } from 'react';
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
import { ScoreSheetForm } from '../../shared/review/ScoreSheetForm.tsx';
import { IniFrame } from '../components/IniFrame.tsx';

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
  const [fileError, setFileError] = useState<string | null>(null);
  const final = a.sheet.status === 'final' || a.roundClosed;
  const sub = a.submission;

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
                    void downloadAssignedFile(a.id, f.id, f.number).catch(() => setFileError(t('error.network')))
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
        {fileError && (
          <p className="field-error" role="alert">
            {fileError}
          </p>
        )}
      </section>

      <ScoreSheetForm
        rubric={a.rubric}
        sheet={a.sheet}
        final={final}
        pending={save.isPending}
        finalNote={t('ini.score.isFinal')}
        onSave={async (sheet, isFinal) => {
          await save.mutateAsync({ id: a.id, sheet, final: isFinal });
        }}
        beforeTotal={
          a.otherReviews && a.otherReviews.length > 0 ? (
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
          ) : null
        }
      />
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
