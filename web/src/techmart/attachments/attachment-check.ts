// What the portal checks before it uploads a file: the same types and size limit as the Techmart API
// (which decides again from the file's bytes), so a user learns at once that a .zip or a 30 MB video
// will not go through instead of after a long upload. Pure.

import { ACCEPTED_MEDIA_TYPES, MAX_ATTACHMENT_BYTES } from '@sti/techmart/api';

export { MAX_ATTACHMENT_BYTES };

/** Extensions the API accepts, by media type (".jpg" and ".jpeg" both for JPEG). */
const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
};

/** The `accept` attribute of the file input. */
export const ACCEPT_ATTRIBUTE = [
  ...Object.keys(ACCEPTED_MEDIA_TYPES),
  ...Object.values(EXTENSIONS)
    .flat()
    .map((e) => `.${e}`),
].join(',');

export type FileProblem = 'type' | 'size' | 'empty';

export interface FileLike {
  name: string;
  type: string;
  size: number;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The media type the file will most likely be stored as, or null when the API would refuse it. */
export function expectedMediaType(file: FileLike): string | null {
  if (file.type in EXTENSIONS) return file.type;
  // Browsers leave `type` empty for some files (docx on some systems): fall back to the extension.
  const ext = extensionOf(file.name);
  for (const [type, extensions] of Object.entries(EXTENSIONS)) if (extensions.includes(ext)) return type;
  return null;
}

/** Why a file cannot be uploaded, or null when it can. */
export function checkFile(file: FileLike): FileProblem | null {
  if (expectedMediaType(file) === null) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size';
  return null;
}

export function isImageType(mediaType: string): boolean {
  return mediaType.startsWith('image/');
}

export type Collection = 'offers' | 'needs' | 'experts';

/** Where an attachment is served (images inline, documents as downloads). */
export function attachmentUrl(base: string, collection: Collection, listingId: string, attachmentId: string): string {
  return `${base}/${collection}/${encodeURIComponent(listingId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
