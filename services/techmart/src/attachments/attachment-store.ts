// Attachment files on disk, content-addressed by SHA-256 under the data directory: the same file
// uploaded twice is stored once, and a stored file never changes.

import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class AttachmentStore {
  constructor(private readonly directory: string) {}

  static sha256(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return join(this.directory, sha256.slice(0, 2), sha256);
  }

  /** Writes via a temporary file and a rename, so a reader never sees half a file. */
  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = AttachmentStore.sha256(bytes);
    const path = this.pathOf(sha256);
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(join(this.directory, sha256.slice(0, 2)), { recursive: true });
      const temporary = `${path}.${randomUUID()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    }
    return sha256;
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }
}
