// Which accounts the embedded provider starts with. Fail closed: the demo accounts (an admin
// among them, one published password) exist only in demo mode; otherwise one administrator whose
// password comes from the environment or is generated, shown once, and must be changed at first sign-in.
import { randomBytes } from 'node:crypto';
import type { AuditLog } from './audit-log.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
import { hashPassword } from './password-hasher.js';
import type { UserStore } from './user-store.js';

export const INITIAL_ADMIN_USERNAME = 'admin';
const SYSTEM = { id: 'system', username: 'system' };

export interface SeedOptions {
  demo: boolean;
  /** INITIAL_ADMIN_PASSWORD; generated when absent */
  initialAdminPassword?: string;
}

export interface SeedResult {
  /** set on the start that created the first administrator with a generated password (print it once) */
  generatedAdminPassword?: string;
  /** the administrator created on this start */
  createdAdmin?: string;
}

export async function seedAccounts(users: UserStore, audit: AuditLog, options: SeedOptions): Promise<SeedResult> {
  const demoIds = new Set(DEMO_USERS.map((user) => user.id));
  if (options.demo) {
    const missing = DEMO_USERS.filter((demo) => !users.byId(demo.id));
    if (missing.length > 0) {
      const hash = await hashPassword(DEMO_PASSWORD); // one hash: they share the published password
      for (const demo of missing) {
        await users.create({
          id: demo.id,
          username: demo.username,
          displayName: demo.displayName,
          email: demo.email,
          roles: [...demo.roles],
          organisationId: demo.organisationId,
          organisationName: demo.organisationName,
          localityCode: demo.localityCode,
          passwordHash: hash,
          mustChangePassword: false,
        });
      }
      await audit.append({ actor: SYSTEM, action: 'demo-accounts.seeded', detail: { count: missing.length } });
    }
    return {};
  }

  // Outside demo mode the demo accounts (known password) must not survive from an earlier demo run.
  const leftovers = users.all().filter((user) => demoIds.has(user.id));
  for (const user of leftovers) await users.remove(user.id);
  if (leftovers.length > 0)
    await audit.append({ actor: SYSTEM, action: 'demo-accounts.removed', detail: { count: leftovers.length } });

  if (users.all().some((user) => user.enabled && user.roles.includes('admin'))) return {};
  const generated = options.initialAdminPassword ? undefined : randomBytes(15).toString('base64url');
  const password = options.initialAdminPassword ?? generated ?? '';
  const username = users.byUsername(INITIAL_ADMIN_USERNAME)
    ? `${INITIAL_ADMIN_USERNAME}-${Date.now()}`
    : INITIAL_ADMIN_USERNAME;
  const admin = await users.create({
    username,
    displayName: 'Quản trị viên',
    email: '',
    roles: ['admin'],
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  await audit.append({
    actor: SYSTEM,
    action: 'account.created',
    target: { id: admin.id, username: admin.username },
    detail: { roles: admin.roles, passwordSource: generated ? 'generated' : 'INITIAL_ADMIN_PASSWORD' },
  });
  return { generatedAdminPassword: generated, createdAdmin: admin.username };
}
