// One file input per checklist item (or claim): the type and size checked before anything is sent, a
// progress bar while it uploads, the outcome announced. The service checks the bytes again.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { currentToken } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatBytes } from '../../shared/lib/format.ts';
import { UploadError, uploadAttachment } from '../../techmart/attachments/upload-attachment.ts';
import { ipKeys } from '../api/ip-queries.ts';
import { ACCEPT_DOCUMENTS, checkDocument, MAX_DOCUMENT_BYTES } from './file-check.ts';

export function DocumentUpload({ url, label }: { url: string; label: string }) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const send = async (file: File) => {
    setError(null);
    setDone(null);
    const problem = checkDocument(file);
    if (problem) {
      setError(t(`ip.upload.${problem}`, { name: file.name, max: formatBytes(MAX_DOCUMENT_BYTES, lang) }));
      return;
    }
    setProgress(0);
    try {
      await uploadAttachment({ url, file, token: currentToken(), onProgress: setProgress });
      setDone(t('ip.upload.done', { name: file.name }));
      await client.invalidateQueries({ queryKey: ipKeys.all });
    } catch (e) {
      const detail = e instanceof UploadError ? (e.problem?.message?.[lang] ?? `HTTP ${e.status}`) : t('error.network');
      setError(t('ip.upload.failed', { name: file.name, detail }));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="ip-upload">
      <label htmlFor={id} className="btn btn-secondary btn-sm">
        {label}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={ACCEPT_DOCUMENTS}
        aria-describedby={`${id}-rules`}
        disabled={progress !== null}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void send(file);
        }}
      />
      <span id={`${id}-rules`} className="visually-hidden">
        {t('ip.upload.rules', { max: formatBytes(MAX_DOCUMENT_BYTES, lang) })}
      </span>
      {progress !== null && (
        <progress
          max={1}
          value={progress}
          aria-label={t('ip.upload.progress', { percent: Math.round(progress * 100) })}
        />
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <span role="status" className="ip-upload-done">
        {done}
      </span>
    </div>
  );
}
