// storeUpload on a temporary directory: what a controller in any service gets for each kind of upload.

import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ProblemError } from '@sti/platform';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentStore } from './attachment-store.js';
import { downloadHeaders } from './download-headers.js';
import { storeUpload } from './upload-intake.js';

let dir: string;
let store: AttachmentStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'upload-intake-'));
  store = new AttachmentStore(dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const upload = (fileName: string, ...chunks: Buffer[]) => ({ fileName, stream: Readable.from(chunks) });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => {
      if (!(error instanceof ProblemError)) throw error;
      return error;
    },
  );

describe('storeUpload', () => {
  it('stores a PDF under its SHA-256, with a safe name and the type read from its content', async () => {
    const bytes = Buffer.from('%PDF-1.7\n% Bảng giá\n');
    const stored = await storeUpload(store, upload('C:\\tmp\\Bảng giá.bin', bytes));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(stored).toEqual({ fileName: 'Bảng giá.bin', mediaType: 'application/pdf', sizeBytes: bytes.length, sha256 });
    expect(await readFile(join(dir, sha256.slice(0, 2), sha256))).toEqual(bytes);
    expect(await readdir(store.temporaryDirectory)).toEqual([]);
  });

  it('answers 413 past the limit while streaming, naming the limit, and keeps nothing', async () => {
    const error = await refusal(
      storeUpload(store, upload('big.pdf', Buffer.from('%PDF-1.7'), Buffer.alloc(2 * 1024 * 1024)), {
        maxBytes: 2 * 1024 * 1024,
      }),
    );
    expect(error.status).toBe(413);
    expect(error.message).toContain('2 MB');
    expect(await readdir(store.temporaryDirectory)).toEqual([]);
    expect((await readdir(dir)).filter((name) => name !== 'tmp')).toEqual([]);
  });

  it('answers 415 for a script named .pdf and 400 for an empty file, and keeps nothing', async () => {
    const script = await refusal(storeUpload(store, upload('invoice.pdf', Buffer.from('<script>alert(1)</script>'))));
    expect(script.status).toBe(415);
    expect(script.code).toBe('unsupported_media_type');
    const empty = await refusal(storeUpload(store, upload('empty.pdf')));
    expect(empty.status).toBe(400);
    expect(empty.errors).toMatchObject([{ field: 'file', code: 'empty_file' }]);
    expect(await readdir(store.temporaryDirectory)).toEqual([]);
  });
});

describe('downloadHeaders', () => {
  it('shows images inline, downloads documents, and never lets the browser sniff or run the file', () => {
    const image = downloadHeaders({ fileName: 'ảnh máy.png', mediaType: 'image/png', sizeBytes: 12, sha256: 'ab' });
    expect(image['Content-Disposition']).toBe("inline; filename*=UTF-8''%E1%BA%A3nh%20m%C3%A1y.png");
    expect(image).toMatchObject({ 'Content-Length': '12', 'X-Content-Type-Options': 'nosniff', ETag: '"ab"' });
    const pdf = downloadHeaders({ fileName: 'a.pdf', mediaType: 'application/pdf', sizeBytes: 1, sha256: 'cd' });
    expect(pdf['Content-Disposition']).toMatch(/^attachment;/);
    expect(pdf['Content-Security-Policy']).toContain('sandbox');
  });
});
