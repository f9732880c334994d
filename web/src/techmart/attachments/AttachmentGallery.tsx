// A listing's attachments on its detail page and in moderation: images as a gallery of thumbnails
// (each opens full size), documents as a list of downloads. Files of a listing that is not public
// yet need the reader's token, which an <img src> cannot send: they are fetched as blobs.
import type { AttachmentView } from '@sti/techmart/api';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { currentToken, TECHMART } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatBytes } from '../../shared/lib/format.ts';
import { attachmentUrl, type Collection, isImageType } from './attachment-check.ts';

async function fetchBlob(url: string, signal: AbortSignal): Promise<Blob> {
  const token = currentToken();
  const res = await fetch(url, { signal, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.blob();
}

/** An object URL for the attachment's bytes, revoked when the component goes. */
function useBlobUrl(url: string): string | undefined {
  const blob = useQuery({
    queryKey: ['techmart', 'attachment', url],
    queryFn: ({ signal }) => fetchBlob(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [objectUrl, setObjectUrl] = useState<string>();
  useEffect(() => {
    if (!blob.data) return;
    const created = URL.createObjectURL(blob.data);
    setObjectUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob.data]);
  return objectUrl;
}

function Thumbnail({ url, alt }: { url: string; alt: string }) {
  const src = useBlobUrl(url);
  return (
    <a href={src ?? url} target="_blank" rel="noopener noreferrer" className="gallery-item">
      {src ? <img src={src} alt={alt} loading="lazy" /> : <span className="gallery-placeholder" aria-hidden="true" />}
    </a>
  );
}

async function download(url: string, fileName: string): Promise<void> {
  const blob = await fetchBlob(url, new AbortController().signal);
  const objectUrl = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = objectUrl;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}

export function AttachmentGallery({
  collection,
  listingId,
  title,
  attachments,
}: {
  collection: Collection;
  listingId: string;
  title: string;
  attachments: readonly AttachmentView[];
}) {
  const { t, lang } = useI18n();
  if (attachments.length === 0) return null;
  const images = attachments.filter((a) => isImageType(a.mediaType));
  const documents = attachments.filter((a) => !isImageType(a.mediaType));
  const url = (a: AttachmentView) => attachmentUrl(TECHMART, collection, listingId, a.id);
  return (
    <section aria-labelledby="att-title" className="attachments-section">
      <h2 id="att-title">{t('att.title')}</h2>
      {images.length > 0 && (
        <ul className="gallery" aria-label={t('att.gallery')}>
          {images.map((a, i) => (
            <li key={a.id}>
              <Thumbnail url={url(a)} alt={t('att.photoOf', { n: i + 1, title })} />
            </li>
          ))}
        </ul>
      )}
      {documents.length > 0 && (
        <ul className="attachments" aria-label={t('att.documents')}>
          {documents.map((a) => (
            <li key={a.id}>
              <a
                href={url(a)}
                onClick={(e) => {
                  e.preventDefault();
                  void download(url(a), a.fileName);
                }}
                aria-label={t('att.download', { name: a.fileName, size: formatBytes(Number(a.sizeBytes), lang) })}
              >
                {a.fileName}
              </a>{' '}
              <span className="muted">({formatBytes(Number(a.sizeBytes), lang)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
