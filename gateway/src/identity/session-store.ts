// Signed-out sessions. Refresh tokens are self-contained JWTs (they survive restarts with the key);
// signing out records the session id here until its refresh tokens would have expired anyway.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class RevokedSessions {
  private readonly revoked = new Map<string, number>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string | undefined) {}

  static async open(dir: string | undefined): Promise<RevokedSessions> {
    const store = new RevokedSessions(dir ? join(dir, 'revoked-sessions.json') : undefined);
    if (store.file) {
      try {
        const saved = JSON.parse(await readFile(store.file, 'utf8')) as Record<string, number>;
        for (const [sid, until] of Object.entries(saved)) store.revoked.set(sid, until);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return store;
  }

  isRevoked(sid: string): boolean {
    return this.revoked.has(sid);
  }

  /** `untilEpochSeconds`: when the session's last refresh token expires; the entry is dropped after. */
  async revoke(sid: string, untilEpochSeconds: number): Promise<void> {
    const now = Date.now() / 1000;
    for (const [id, until] of this.revoked) if (until < now) this.revoked.delete(id);
    this.revoked.set(sid, untilEpochSeconds);
    await this.persist();
  }

  private persist(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const snapshot = JSON.stringify(Object.fromEntries(this.revoked));
    this.writing = this.writing.then(async () => {
      await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, snapshot, { mode: 0o600 });
      await rename(temporary, file);
    });
    return this.writing;
  }
}
