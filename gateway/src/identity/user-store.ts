// The embedded provider's accounts: a small JSON file under the data dir (mode 0600), rewritten
// atomically on each change. Embedded mode serves one province office, so a few thousand accounts at
// most; Keycloak holds them in distributed mode.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Role } from '@sti/platform';

export interface StoredUser {
  /** token `sub` */
  id: string;
  username: string;
  displayName: string;
  email: string;
  roles: Role[];
  organisationId?: string;
  organisationName?: string;
  localityCode?: string;
  /** scrypt hash (password-hasher.ts) */
  passwordHash: string;
  /** set for a first or a reset password: the next sign-in must choose a new one */
  mustChangePassword: boolean;
  enabled: boolean;
  /** a self-registered business account an officer has not verified yet */
  pending: boolean;
  createdAt: string;
  updatedAt: string;
}

export type NewUser = Omit<StoredUser, 'id' | 'createdAt' | 'updatedAt' | 'pending' | 'enabled'> & {
  id?: string;
  pending?: boolean;
  enabled?: boolean;
};

export type UserPatch = Partial<Omit<StoredUser, 'id' | 'createdAt' | 'updatedAt'>>;

export class UsernameTakenError extends Error {
  constructor(username: string) {
    super(`username ${username} is taken`);
  }
}

export class UserStore {
  private readonly users = new Map<string, StoredUser>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string | undefined) {}

  /** `dir` undefined keeps the accounts in memory only (tests, throw-away instances). */
  static async open(dir: string | undefined): Promise<UserStore> {
    const store = new UserStore(dir ? join(dir, 'users.json') : undefined);
    if (store.file) {
      try {
        const saved = JSON.parse(await readFile(store.file, 'utf8')) as { users: StoredUser[] };
        for (const user of saved.users) store.users.set(user.id, user);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return store;
  }

  get size(): number {
    return this.users.size;
  }

  all(): StoredUser[] {
    return [...this.users.values()];
  }

  byId(id: string): StoredUser | undefined {
    return this.users.get(id);
  }

  byUsername(username: string): StoredUser | undefined {
    const wanted = username.trim().normalize('NFC').toLowerCase();
    for (const user of this.users.values()) if (user.username.toLowerCase() === wanted) return user;
    return undefined;
  }

  async create(input: NewUser): Promise<StoredUser> {
    if (this.byUsername(input.username)) throw new UsernameTakenError(input.username);
    const now = new Date().toISOString();
    const user: StoredUser = {
      ...input,
      id: input.id ?? uuidV7(),
      username: input.username.trim().normalize('NFC'),
      enabled: input.enabled ?? true,
      pending: input.pending ?? false,
      createdAt: now,
      updatedAt: now,
    };
    this.users.set(user.id, user);
    await this.persist();
    return user;
  }

  async update(id: string, patch: UserPatch): Promise<StoredUser | undefined> {
    const user = this.users.get(id);
    if (!user) return undefined;
    const updated: StoredUser = { ...user, ...patch, id, updatedAt: new Date().toISOString() };
    this.users.set(id, updated);
    await this.persist();
    return updated;
  }

  async remove(id: string): Promise<void> {
    if (this.users.delete(id)) await this.persist();
  }

  private persist(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const snapshot = JSON.stringify({ users: [...this.users.values()] }, null, 1);
    this.writing = this.writing.then(async () => {
      await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, snapshot, { mode: 0o600 });
      await rename(temporary, file);
    });
    return this.writing;
  }
}

/** UUIDv7 (time-ordered), as the platform's ids are. */
export function uuidV7(): string {
  const bytes = Buffer.from(randomUUID().replaceAll('-', ''), 'hex');
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
