// Sessions of the embedded provider. Refresh tokens are self-contained JWTs (they survive restarts with
// the key); this store keeps what a JWT cannot say about itself:
// - signed-out (revoked) sessions, until their refresh tokens would have expired anyway;
// - the newest refresh token of each session: refresh tokens rotate, and presenting an older one
//   (a stolen copy used after the owner refreshed, or the owner after the thief did) revokes the session.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface Saved {
  revoked: Record<string, number>;
  /** sid → [newest refresh jti, until epoch seconds] */
  current: Record<string, [string, number]>;
}

export type RotationResult = 'rotated' | 'reused' | 'revoked';

export class SessionStore {
  private readonly revoked = new Map<string, number>();
  private readonly current = new Map<string, [string, number]>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string | undefined) {}

  static async open(dir: string | undefined): Promise<SessionStore> {
    const store = new SessionStore(dir ? join(dir, 'sessions.json') : undefined);
    if (store.file) {
      try {
        const saved = JSON.parse(await readFile(store.file, 'utf8')) as Saved;
        for (const [sid, until] of Object.entries(saved.revoked ?? {})) store.revoked.set(sid, until);
        for (const [sid, entry] of Object.entries(saved.current ?? {})) store.current.set(sid, entry);
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
    this.prune();
    this.revoked.set(sid, untilEpochSeconds);
    this.current.delete(sid);
    await this.persist();
  }

  /** Remembers a session's newest refresh token (at sign-in and after each rotation). */
  async remember(sid: string, jti: string, untilEpochSeconds: number): Promise<void> {
    this.prune();
    this.current.set(sid, [jti, untilEpochSeconds]);
    await this.persist();
  }

  /**
   * A refresh token `jti` of session `sid` is presented: `rotated` when it is the newest (the caller
   * issues the next and remembers it), `reused` when it is an older one — the session is revoked —
   * and `revoked` when the session was signed out or revoked before.
   */
  async present(sid: string, jti: string, untilEpochSeconds: number): Promise<RotationResult> {
    if (this.revoked.has(sid)) return 'revoked';
    const newest = this.current.get(sid);
    if (newest && newest[0] === jti) return 'rotated';
    await this.revoke(sid, Math.max(untilEpochSeconds, newest?.[1] ?? 0));
    return 'reused';
  }

  private prune(): void {
    const now = Date.now() / 1000;
    for (const [id, until] of this.revoked) if (until < now) this.revoked.delete(id);
    for (const [id, [, until]] of this.current) if (until < now) this.current.delete(id);
  }

  private persist(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const snapshot: Saved = {
      revoked: Object.fromEntries(this.revoked),
      current: Object.fromEntries(this.current),
    };
    const text = JSON.stringify(snapshot);
    this.writing = this.writing.then(async () => {
      await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, text, { mode: 0o600 });
      await rename(temporary, file);
    });
    return this.writing;
  }
}
