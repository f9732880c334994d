// Photos and documents in the offer, equipment, need and expert forms: drag and drop or choose,
// type and size checked before anything is sent, a progress bar per file, a thumbnail for images.
// Files attach to a saved listing (the API needs its id): a new listing is saved first.
import type { AttachmentView } from '@sti/techmart/api';
import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { currentToken, TECHMART } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatBytes } from '../../shared/lib/format.ts';
import { invalidateListing } from '../api/techmart-queries.ts';
import { AttachmentGallery } from './AttachmentGallery.tsx';
import { ACCEPT_ATTRIBUTE, type Collection, checkFile, isImageType } from './attachment-check.ts';
import { UploadError, uploadAttachment } from './upload-attachment.ts';

interface PendingFile {
  key: string;
  file: File;
  preview?: string;
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  message?: string;
}

export function AttachmentsField({
  collection,
  listingId,
  title,
  attachments,
}: {
  collection: Collection;
  /** absent for a listing not saved yet */
  listingId?: string;
  title: string;
  attachments: readonly AttachmentView[];
}) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<PendingFile[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(
    () => () => {
      for (const p of pending) if (p.preview) URL.revokeObjectURL(p.preview);
    },
    [pending],
  );

  const update = (key: string, change: Partial<PendingFile>) =>
    setPending((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const add = (files: FileList | File[]) => {
    if (!listingId) return;
    const problems: string[] = [];
    for (const file of Array.from(files)) {
      const problem = checkFile(file);
      if (problem) {
        problems.push(t(`att.${problem}`, { name: file.name }));
        continue;
      }
      const key = `${file.name}-${file.size}-${Date.now()}-${Math.random()}`;
      const entry: PendingFile = {
        key,
        file,
        progress: 0,
        state: 'uploading',
        ...(isImageType(file.type) ? { preview: URL.createObjectURL(file) } : {}),
      };
      setPending((list) => [...list, entry]);
      // One at a time: each upload is an edit of the listing (its revision moves on).
      queue.current = queue.current.then(async () => {
        try {
          await uploadAttachment({
            url: `${TECHMART}/${collection}/${encodeURIComponent(listingId)}/attachments`,
            file,
            token: currentToken(),
            onProgress: (fraction) => update(key, { progress: fraction }),
          });
          update(key, { state: 'done', progress: 1, message: t('att.uploaded', { name: file.name }) });
          await invalidateListing(client, collection, listingId);
        } catch (error) {
          const detail = error instanceof UploadError ? (error.problem?.message?.[lang] ?? '') : t('error.network');
          update(key, { state: 'failed', message: t('att.failed', { name: file.name, detail }) });
        }
      });
    }
    setRejected(problems);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (e.dataTransfer.files.length) add(e.dataTransfer.files);
  };

  const uploading = pending.filter((p) => p.state !== 'done');
  return (
    <fieldset className="attachments-field">
      <legend>{t('att.title')}</legend>
      <p className="hint" id={`${inputId}-rules`}>
        {t('att.rules')}
      </p>
      {!listingId ? (
        <p className="alert alert-info">{t('att.saveFirst')}</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is a convenience; the labelled file input is the accessible control */}
          <div
            className={dragging ? 'dropzone dragging' : 'dropzone'}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p>
              {t('att.drop')}{' '}
              <label htmlFor={inputId} className="btn btn-secondary">
                {t('att.choose')}
              </label>
            </p>
            <input
              ref={inputRef}
              id={inputId}
              className="visually-hidden"
              type="file"
              multiple
              accept={ACCEPT_ATTRIBUTE}
              aria-describedby={`${inputId}-rules`}
              onChange={(e) => {
                if (e.target.files) add(e.target.files);
                e.target.value = '';
              }}
            />
          </div>
          {rejected.length > 0 && (
            <div className="alert alert-error" role="alert">
              {rejected.map((m) => (
                <p key={m}>{m}</p>
              ))}
            </div>
          )}
          {uploading.length > 0 && (
            <ul className="uploads" aria-live="polite">
              {uploading.map((p) => (
                <li key={p.key} className={`upload upload-${p.state}`}>
                  {p.preview && <img src={p.preview} alt="" className="upload-thumb" />}
                  <span className="upload-name">
                    {p.file.name} <span className="muted">({formatBytes(p.file.size, lang)})</span>
                  </span>
                  {p.state === 'uploading' ? (
                    <progress
                      max={1}
                      value={p.progress}
                      aria-label={t('att.uploading', { name: p.file.name, percent: Math.round(p.progress * 100) })}
                    />
                  ) : (
                    <span role="alert">{p.message}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="visually-hidden" role="status">
            {pending
              .filter((p) => p.state === 'done')
              .map((p) => p.message)
              .join(' ')}
          </p>
          {attachments.length === 0 ? (
            <p className="muted">{t('att.none')}</p>
          ) : (
            <AttachmentGallery collection={collection} listingId={listingId} title={title} attachments={attachments} />
          )}
        </>
      )}
    </fieldset>
  );
}
