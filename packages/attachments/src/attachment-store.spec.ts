// The store on a temporary directory: streaming with the size limit, and the sweep's grace period.

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentStore, FileTooLargeError } from './attachment-store.js';

let dir: string;
let store: AttachmentStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attachment-store-'));
  store = new AttachmentStore(dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const nothingReferenced = async () => new Set<string>();

describe('attachment store', () => {
  it('stops a stream past the limit and leaves no temporary file', async () => {
    const source = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(store.receive(source, 1000)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await readdir(store.temporaryDirectory)).toEqual([]);
  });

  it('hashes while streaming and keeps the start and end of long files for sniffing', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7'), Buffer.alloc(200_000, 1), Buffer.from('END')]);
    const received = await store.receive(Readable.from([bytes]), 1_000_000);
    expect(received.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(received.sizeBytes).toBe(bytes.length);
    expect(Buffer.from(received.sample.subarray(0, 8)).toString()).toBe('%PDF-1.7');
    expect(Buffer.from(received.sample.subarray(-3)).toString()).toBe('END');
    await store.discard(received);
    expect(await readdir(store.temporaryDirectory)).toEqual([]);
  });

  it('does not sweep an old stored orphan that a new upload has just committed again', async () => {
    const bytes = Buffer.from('same content, uploaded again');
    const sha = createHash('sha256').update(bytes).digest('hex');
    await mkdir(join(dir, sha.slice(0, 2)), { recursive: true });
    await writeFile(join(dir, sha.slice(0, 2), sha), bytes);
    const longAgo = new Date(Date.now() - 3 * 60 * 60 * 1000);
    await utimes(join(dir, sha.slice(0, 2), sha), longAgo, longAgo);
    // The upload's row is not written yet when the sweep runs.
    await store.commit(await store.receive(Readable.from([bytes]), 1000));
    expect(await store.sweep({ isReferenced: nothingReferenced, graceMs: 60 * 60 * 1000 })).toEqual({
      temporary: 0,
      orphans: 0,
    });
    expect(await readdir(join(dir, sha.slice(0, 2)))).toEqual([sha]);
  });
});
