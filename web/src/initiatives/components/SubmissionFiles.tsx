// The documents attached to a submission: the authors download them, and while the submission is a
// draft add (type and size checked before anything is sent, progress shown) and remove them.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { currentToken } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatBytes } from '../../shared/lib/format.ts';
import { ACCEPT_ATTRIBUTE, checkFile } from '../../techmart/attachments/attachment-check.ts';
import { uploadAttachment } from '../../techmart/attachments/upload-attachment.ts';
import {
  attachmentUploadUrl,
  downloadSubmissionFile,
  initiativeKeys,
  removeSubmissionFile,
} from '../api/initiatives-queries.ts';
import type { SubmissionAttachment } from '../api/initiatives-types.ts';

export function SubmissionFiles({
  submissionId,
  files,
  editable,
}: {
  submissionId: string;
  files: readonly SubmissionAttachment[];
  editable: boolean;
}) {
  const { t, lang } = useI18n();
  const inputId = useId();
  const client = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: initiativeKeys.submission(submissionId) });
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await refresh();
    } catch (e) {
      const problem = (e as { problem?: { message?: { vi?: string; en?: string } } }).problem;
      setError(problem?.message?.[lang] ?? t('ini.form.uploadFailed'));
    }
  };
  const upload = async (file: File) => {
    const problem = checkFile(file);
    if (problem) {
      setError(t(`att.${problem}`, { name: file.name }));
      return;
    }
    setProgress(0);
    await run(() =>
      uploadAttachment({
        url: attachmentUploadUrl(submissionId),
        file,
        token: currentToken(),
        onProgress: setProgress,
      }),
    );
    setProgress(null);
  };
  return (
    <section className="ini-section" aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`} className="h3">
        {t('ini.f.attachments')}
      </h2>
      {files.length > 0 ? (
        <ul>
          {files.map((f) => (
            <li key={f.id}>
              <button
                type="button"
                className="btn btn-link"
                onClick={() => void run(() => downloadSubmissionFile(submissionId, f.id, f.fileName))}
              >
                {f.fileName}
              </button>{' '}
              <span className="muted">({formatBytes(f.sizeBytes, lang)})</span>{' '}
              {editable && (
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  aria-label={t('ini.form.removeAttachment', { name: f.fileName })}
                  onClick={() => void run(() => removeSubmissionFile(submissionId, f.id))}
                >
                  {t('ini.form.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('ini.form.noAttachments')}</p>
      )}
      {editable && (
        <div className="field">
          <label htmlFor={inputId}>{t('ini.form.addAttachment')}</label>
          <p className="hint" id={`${inputId}-rules`}>
            {t('att.rules')}
          </p>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            aria-describedby={`${inputId}-rules`}
            disabled={progress !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
              e.target.value = '';
            }}
          />
        </div>
      )}
      {progress !== null && <progress value={progress} max={1} aria-label={t('ini.form.uploading')} />}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
