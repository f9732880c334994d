// The generic part of accepting an upload: stream it into the store under a size limit, refuse an
// empty file or one whose content is not an accepted type, and move it into place. The caller has
// already checked that the user may attach here (so a refused upload is never read), and writes its
// own row afterwards; if that fails, the stored file is an orphan the sweep removes.

import type { Readable } from 'node:stream';
import { problem } from '@sti/platform';
import { type AttachmentStore, FileTooLargeError, type ReceivedFile } from './attachment-store.js';
import {
  ACCEPTED_MEDIA_TYPES,
  type AcceptedMediaType,
  MAX_ATTACHMENT_BYTES,
  safeFileName,
  sniffMediaType,
} from './media-type.js';

/** What a service stores in its attachment row (next to its own id and owner columns). */
export interface StoredFile {
  /** the uploaded name made safe (no path, no control characters) */
  fileName: string;
  mediaType: AcceptedMediaType;
  sizeBytes: number;
  /** SHA-256 hex of the content; the store's key */
  sha256: string;
}

export interface UploadIntakeOptions {
  /** defaults to MAX_ATTACHMENT_BYTES (10 MB) */
  maxBytes?: number;
}

/**
 * Streams `stream` into the store and commits it. Throws problem+json errors: 413
 * `payload_too_large` past the limit, 400 `validation_failed` (field `file`, code `empty_file`)
 * for an empty file, 415 `unsupported_media_type` when the content is none of the accepted types.
 * Nothing is left in `tmp/` when it throws.
 */
export async function storeUpload(
  store: AttachmentStore,
  upload: { fileName: string; stream: Readable },
  options: UploadIntakeOptions = {},
): Promise<StoredFile> {
  const maxBytes = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
  let received: ReceivedFile;
  try {
    received = await store.receive(upload.stream, maxBytes);
  } catch (error) {
    if (error instanceof FileTooLargeError) throw fileTooLarge(maxBytes);
    throw error;
  }
  let committed = false;
  try {
    if (received.sizeBytes === 0) throw emptyFile();
    const mediaType = sniffMediaType(received.sample);
    if (!mediaType) throw unsupportedFile();
    const sha256 = await store.commit(received);
    committed = true;
    return { fileName: safeFileName(upload.fileName, mediaType), mediaType, sizeBytes: received.sizeBytes, sha256 };
  } finally {
    if (!committed) await store.discard(received);
  }
}

/** "10 MB" for 10 × 1024 × 1024 bytes. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export function fileTooLarge(maxBytes: number = MAX_ATTACHMENT_BYTES) {
  const size = formatMegabytes(maxBytes);
  return problem('payload_too_large', {
    message: { vi: `Tệp không được lớn hơn ${size}.`, en: `The file must not exceed ${size}.` },
  });
}

function emptyFile() {
  return problem('validation_failed', {
    errors: [{ field: 'file', code: 'empty_file', message: { vi: 'Tệp rỗng.', en: 'The file is empty.' } }],
  });
}

function unsupportedFile() {
  const names = Object.values(ACCEPTED_MEDIA_TYPES).join(', ');
  return problem('unsupported_media_type', {
    message: {
      vi: `Chỉ nhận tệp ${names} (kiểm tra theo nội dung tệp).`,
      en: `Only ${names} files are accepted (checked by content).`,
    },
  });
}
