// Attachment files on disk, content-addressed by SHA-256 under the data directory: the same file
// uploaded twice is stored once, and a stored file never changes. Uploads stream into `tmp/` first
// (hashed and size-checked on the way), and move into place only once the upload is accepted.

import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** How much of the start and end of a file is kept for sniffing (ZIP part names sit at both ends). */
const SNIFF_BYTES = 64 * 1024;

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file exceeds ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** A fully received upload waiting in `tmp/`: commit or discard it. */
export interface ReceivedFile {
  temporaryPath: string;
  sha256: string;
  sizeBytes: number;
  /** the first bytes and, for longer files, the last bytes (for content sniffing) */
  sample: Uint8Array;
}

export class AttachmentStore {
  constructor(private readonly directory: string) {}

  static sha256(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  get temporaryDirectory(): string {
    return join(this.directory, 'tmp');
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return join(this.directory, sha256.slice(0, 2), sha256);
  }

  /**
   * Streams an upload into a temporary file, hashing it and stopping at `maxBytes` (a truncated
   * source, as multipart parsers mark one past their limit, counts as too large). Nothing is left
   * behind when it fails.
   */
  async receive(source: Readable, maxBytes: number): Promise<ReceivedFile> {
    await mkdir(this.temporaryDirectory, { recursive: true });
    const temporaryPath = join(this.temporaryDirectory, `${randomUUID()}.upload`);
    const hash = createHash('sha256');
    let size = 0;
    const head: Buffer[] = [];
    let headSize = 0;
    let tail = Buffer.alloc(0);
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) {
          callback(new FileTooLargeError(maxBytes));
          return;
        }
        hash.update(chunk);
        if (headSize < SNIFF_BYTES) {
          head.push(chunk.subarray(0, SNIFF_BYTES - headSize));
          headSize += Math.min(chunk.length, SNIFF_BYTES - headSize);
        }
        tail = Buffer.concat([tail, chunk]);
        if (tail.length > SNIFF_BYTES) tail = tail.subarray(tail.length - SNIFF_BYTES);
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(temporaryPath, { flags: 'wx' }));
      if ((source as Readable & { truncated?: boolean }).truncated) throw new FileTooLargeError(maxBytes);
    } catch (error) {
      await rm(temporaryPath, { force: true });
      throw error;
    }
    const sample = size > SNIFF_BYTES ? Buffer.concat([...head, tail]) : Buffer.concat(head);
    return { temporaryPath, sha256: hash.digest('hex'), sizeBytes: size, sample };
  }

  /** Moves a received file into place (a rename: readers never see half a file). */
  async commit(file: ReceivedFile): Promise<string> {
    const path = this.pathOf(file.sha256);
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (exists) {
      await this.discard(file);
      // Fresh again: the sweep must not take a stored orphan that this upload is about to refer to.
      const now = new Date();
      await utimes(path, now, now);
    } else {
      await mkdir(join(this.directory, file.sha256.slice(0, 2)), { recursive: true });
      await rename(file.temporaryPath, path);
    }
    return file.sha256;
  }

  async discard(file: ReceivedFile): Promise<void> {
    await rm(file.temporaryPath, { force: true });
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  /**
   * Removes temporary files and stored files no attachment row refers to, once they are older than
   * `graceMs` (younger ones may belong to an upload still in flight). Returns what it removed.
   */
  async sweep(options: {
    isReferenced: (sha256s: string[]) => Promise<Set<string>>;
    graceMs: number;
    now?: Date;
  }): Promise<{ temporary: number; orphans: number }> {
    const cutoff = (options.now ?? new Date()).getTime() - options.graceMs;
    const old = async (path: string) => (await stat(path).catch(() => null))?.mtime.getTime() ?? cutoff + 1;
    let temporary = 0;
    for (const name of await readdir(this.temporaryDirectory).catch(() => [] as string[])) {
      const path = join(this.temporaryDirectory, name);
      if ((await old(path)) < cutoff) {
        await rm(path, { force: true });
        temporary += 1;
      }
    }
    const candidates: string[] = [];
    for (const prefix of await readdir(this.directory).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
      for (const name of await readdir(join(this.directory, prefix)).catch(() => [] as string[])) {
        if (/^[0-9a-f]{64}$/.test(name) && (await old(this.pathOf(name))) < cutoff) candidates.push(name);
      }
    }
    let orphans = 0;
    const referenced = candidates.length > 0 ? await options.isReferenced(candidates) : new Set<string>();
    for (const sha256 of candidates) {
      if (referenced.has(sha256)) continue;
      await rm(this.pathOf(sha256), { force: true });
      orphans += 1;
    }
    return { temporary, orphans };
  }
}
