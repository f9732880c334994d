// Append-only audit log of account administration (who, when, what, from where): one JSON line per
// entry, appended with O_APPEND and never rewritten. Readable by admins through the admin API.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface AuditEntry {
  at: string;
  /** the acting user (`system` for start-up seeding, `self` actions carry the user's own id) */
  actor: { id: string; username: string };
  action: string;
  /** the account acted on */
  target?: { id: string; username: string };
  /** what changed (never a password) */
  detail?: Record<string, unknown>;
  /** the client address as the gateway saw it */
  ip?: string;
}

export class AuditLog {
  private readonly memory: AuditEntry[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string | undefined) {}

  private get file(): string | undefined {
    return this.dir ? join(this.dir, 'audit.jsonl') : undefined;
  }

  append(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    const full: AuditEntry = { at: new Date().toISOString(), ...entry };
    const file = this.file;
    if (!file) {
      this.memory.push(full);
      return Promise.resolve();
    }
    this.writing = this.writing.then(async () => {
      await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
      await appendFile(file, `${JSON.stringify(full)}\n`, { mode: 0o600, flag: 'a' });
    });
    return this.writing;
  }

  /**
   * Newest first. `before` is the previous page's `nextCursor` (a position in the log: entries written
   * in the same millisecond are neither skipped nor repeated).
   */
  async read(options: {
    limit: number;
    before?: number;
    targetId?: string;
  }): Promise<{ items: AuditEntry[]; nextCursor: number | null }> {
    await this.writing;
    let entries = this.memory;
    const file = this.file;
    if (file) {
      try {
        entries = (await readFile(file, 'utf8'))
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as AuditEntry);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        entries = [];
      }
    }
    const items: AuditEntry[] = [];
    let position = Math.min(options.before ?? entries.length, entries.length) - 1;
    for (; position >= 0 && items.length < options.limit; position--) {
      const entry = entries[position];
      if (entry && (!options.targetId || entry.target?.id === options.targetId)) items.push(entry);
    }
    return { items, nextCursor: position >= 0 ? position + 1 : null };
  }
}
