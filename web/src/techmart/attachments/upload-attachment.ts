// Uploads one file with XMLHttpRequest: fetch() cannot report upload progress, and a 10 MB photo on a
// commune's connection takes long enough that a progress bar matters.

import type { AttachmentView } from '@sti/techmart/api';

export interface UploadOptions {
  url: string;
  file: File;
  token: string | null;
  /** the listing revision the user is looking at (the API refuses a stale one with 409) */
  revision?: number;
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { code?: string; message?: { vi?: string; en?: string } } | null,
  ) {
    super(problem?.message?.en ?? `HTTP ${status}`);
    this.name = 'UploadError';
  }
}

export function uploadAttachment(options: UploadOptions): Promise<AttachmentView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', options.url);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (options.token) xhr.setRequestHeader('Authorization', `Bearer ${options.token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress(1);
        resolve(body as AttachmentView);
      } else reject(new UploadError(xhr.status, body as UploadError['problem']));
    };
    xhr.onerror = () => reject(new UploadError(0, null));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    // The revision goes first: the server reads fields that precede the file.
    if (options.revision !== undefined) form.append('revision', String(options.revision));
    form.append('file', options.file, options.file.name);
    xhr.send(form);
  });
}
