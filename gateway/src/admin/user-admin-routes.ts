// `/api/admin/v1/users`: account administration. Embedded mode: the embedded provider's accounts
// (list/search, create, disable/enable, reset password, roles and organisation, verify a registered
// business), every change in the append-only audit log. Distributed mode: Keycloak owns the accounts,
// so the API answers where to manage them (the admin console) and which attributes to set.
import { randomBytes } from 'node:crypto';
import { type Principal, ProblemError, problem, ROLES, type Role } from '@sti/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuditLog } from '../identity/audit-log.js';
import { hashPassword } from '../identity/password-hasher.js';
import { type StoredUser, type UserStore, UsernameTakenError } from '../identity/user-store.js';

export const ADMIN_USERS_PATH = '/api/admin/v1/users';
export const ADMIN_AUDIT_PATH = '/api/admin/v1/audit';

/** The Keycloak user attributes the platform reads (mapped into the tokens by the realm's sti-portal client). */
export const KEYCLOAK_ATTRIBUTES = {
  organisationId: 'organisation_id',
  organisationName: 'organisation_name',
  localityCode: 'locality_code',
} as const;

export type UserAdminOptions =
  | { mode: 'embedded'; users: UserStore; audit: AuditLog }
  | { mode: 'keycloak'; keycloakUrl: string; realm: string };

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  email: string;
  roles: Role[];
  organisationId: string | null;
  organisationName: string | null;
  localityCode: string | null;
  enabled: boolean;
  pending: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

const MAX_PAGE = 100;

const roleList = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
const text = (max: number) =>
  z
    .string()
    .transform((value) => value.trim().normalize('NFC'))
    .pipe(z.string().min(1).max(max));

export const listQuery = z.object({
  q: z.string().max(100).optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(['enabled', 'disabled', 'pending']).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20),
  cursor: z.string().max(100).optional(),
});

export const createBody = z.object({
  username: z.string().regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'lower-case letters, digits, . _ -, 3–40 characters'),
  displayName: text(120),
  email: z.email().max(200).or(z.literal('')).default(''),
  roles: roleList,
  organisationId: text(100).optional(),
  organisationName: text(200).optional(),
  localityCode: z
    .string()
    .regex(/^\d{2,5}$/)
    .optional(),
});

export const patchBody = z
  .object({
    displayName: text(120).optional(),
    email: z.email().max(200).or(z.literal('')).optional(),
    roles: roleList.optional(),
    organisationId: text(100).nullable().optional(),
    organisationName: text(200).nullable().optional(),
    localityCode: z
      .string()
      .regex(/^\d{2,5}$/)
      .nullable()
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });

export const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
  before: z.coerce.number().int().min(0).optional(),
  userId: z.string().max(100).optional(),
});

export function registerUserAdminRoutes(app: FastifyInstance, options: UserAdminOptions): void {
  if (options.mode === 'keycloak') {
    registerKeycloakPointers(app, options);
    return;
  }
  const { users, audit } = options;

  app.get(ADMIN_USERS_PATH, async (request) => {
    const query = listQuery.parse(request.query);
    // Officers verify registered businesses: they may list the pending accounts, nothing else.
    const principal = requireRole(request, query.status === 'pending' ? ['admin', 'officer'] : ['admin']);
    void principal;
    const needle = query.q?.trim().normalize('NFC').toLowerCase();
    const matches = users
      .all()
      .filter(
        (user) =>
          (!needle ||
            [user.username, user.displayName, user.email, user.organisationName ?? ''].some((field) =>
              field.toLowerCase().includes(needle),
            )) &&
          (!query.role || user.roles.includes(query.role)) &&
          (!query.status ||
            (query.status === 'pending' ? user.pending : query.status === 'disabled' ? !user.enabled : user.enabled)),
      )
      .sort((a, b) => a.username.localeCompare(b.username));
    const start = query.cursor ? matches.findIndex((user) => user.username > (query.cursor ?? '')) : 0;
    const page = start < 0 ? [] : matches.slice(start, start + query.limit);
    const last = page.at(-1);
    const more = start >= 0 && start + query.limit < matches.length;
    return { items: page.map(view), nextCursor: more && last ? last.username : null };
  });

  app.post(ADMIN_USERS_PATH, async (request, reply) => {
    const admin = requireRole(request, ['admin']);
    const body = createBody.parse(request.body ?? {});
    const temporaryPassword = temporary();
    let user: StoredUser;
    try {
      user = await users.create({
        ...body,
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
      });
    } catch (error) {
      if (error instanceof UsernameTakenError)
        throw problem('conflict', {
          message: { vi: 'Tên đăng nhập này đã được dùng.', en: 'This username is taken.' },
          detail: error.message,
        });
      throw error;
    }
    await audit.append({
      actor: actorOf(admin),
      action: 'account.created',
      target: actorOf(user),
      detail: { roles: user.roles, organisationId: user.organisationId ?? null },
      ip: request.ip,
    });
    reply.code(201).header('location', `${ADMIN_USERS_PATH}/${user.id}`).header('cache-control', 'no-store');
    return { user: view(user), temporaryPassword };
  });

  app.get(`${ADMIN_USERS_PATH}/:id`, async (request) => {
    requireRole(request, ['admin']);
    return view(found(users, request));
  });

  app.patch(`${ADMIN_USERS_PATH}/:id`, async (request) => {
    const admin = requireRole(request, ['admin']);
    const user = found(users, request);
    const body = patchBody.parse(request.body ?? {});
    if (user.id === admin.userId && body.roles && !body.roles.includes('admin')) {
      throw problem('conflict', {
        message: {
          vi: 'Bạn không thể tự bỏ vai trò quản trị của mình.',
          en: 'You cannot remove your own administrator role.',
        },
      });
    }
    const patch = Object.fromEntries(
      Object.entries(body).map(([key, value]) => [key, value === null ? undefined : value]),
    ) as Partial<StoredUser>;
    const updated = (await users.update(user.id, patch)) ?? user;
    await audit.append({
      actor: actorOf(admin),
      action: 'account.updated',
      target: actorOf(updated),
      detail: changes(user, updated, Object.keys(body) as (keyof StoredUser)[]),
      ip: request.ip,
    });
    return view(updated);
  });

  for (const [action, enabled] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    app.post(`${ADMIN_USERS_PATH}/:id/${action}`, async (request) => {
      const admin = requireRole(request, ['admin']);
      const user = found(users, request);
      if (!enabled && user.id === admin.userId) {
        throw problem('conflict', {
          message: { vi: 'Bạn không thể tự khoá tài khoản của mình.', en: 'You cannot disable your own account.' },
        });
      }
      const updated = (await users.update(user.id, { enabled })) ?? user;
      await audit.append({
        actor: actorOf(admin),
        action: enabled ? 'account.enabled' : 'account.disabled',
        target: actorOf(user),
        ip: request.ip,
      });
      return view(updated);
    });
  }

  app.post(`${ADMIN_USERS_PATH}/:id/reset-password`, async (request, reply) => {
    const admin = requireRole(request, ['admin']);
    const user = found(users, request);
    const temporaryPassword = temporary();
    const updated =
      (await users.update(user.id, {
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
      })) ?? user;
    await audit.append({
      actor: actorOf(admin),
      action: 'password.reset-by-admin',
      target: actorOf(user),
      ip: request.ip,
    });
    reply.header('cache-control', 'no-store');
    return { user: view(updated), temporaryPassword };
  });

  app.post(`${ADMIN_USERS_PATH}/:id/verify`, async (request) => {
    const officer = requireRole(request, ['admin', 'officer']);
    const user = found(users, request);
    if (!user.pending) return view(user);
    const updated = (await users.update(user.id, { pending: false })) ?? user;
    await audit.append({
      actor: actorOf(officer),
      action: 'account.verified',
      target: actorOf(user),
      detail: { organisationId: user.organisationId ?? null, organisationName: user.organisationName ?? null },
      ip: request.ip,
    });
    return view(updated);
  });

  app.get(ADMIN_AUDIT_PATH, async (request, reply) => {
    requireRole(request, ['admin']);
    const query = auditQuery.parse(request.query);
    reply.header('cache-control', 'no-store');
    return audit.read({ limit: query.limit, before: query.before, targetId: query.userId });
  });
}

function registerKeycloakPointers(app: FastifyInstance, options: { keycloakUrl: string; realm: string }): void {
  const pointers = {
    mode: 'keycloak' as const,
    consoleUrl: `${options.keycloakUrl}/admin/master/console/#/${options.realm}/users`,
    attributes: KEYCLOAK_ATTRIBUTES,
    roles: [...ROLES],
  };
  app.get(ADMIN_USERS_PATH, async (request) => {
    requireRole(request, ['admin', 'officer']);
    return pointers;
  });
  const managedByKeycloak = async (request: FastifyRequest) => {
    requireRole(request, ['admin', 'officer']);
    throw new ProblemError({
      status: 409,
      code: 'managed_by_keycloak',
      title: { vi: 'Tài khoản do Keycloak quản lý', en: 'Accounts are managed in Keycloak' },
      message: {
        vi: `Ở chế độ phân tán, tài khoản được quản lý trong trang quản trị Keycloak. Đặt tổ chức bằng thuộc tính "${KEYCLOAK_ATTRIBUTES.organisationId}".`,
        en: `In distributed mode, accounts are managed in Keycloak's admin console. Set the organisation with the "${KEYCLOAK_ATTRIBUTES.organisationId}" attribute.`,
      },
      extensions: pointers,
    });
  };
  app.post(ADMIN_USERS_PATH, managedByKeycloak);
  app.route({ method: ['GET', 'POST', 'PATCH'], url: `${ADMIN_USERS_PATH}/*`, handler: managedByKeycloak });
  app.get(ADMIN_AUDIT_PATH, managedByKeycloak);
}

function requireRole(request: FastifyRequest, roles: Role[]): Principal {
  const principal = request.principal;
  if (!principal) throw problem('unauthenticated');
  if (!principal.roles.some((role) => roles.includes(role)))
    throw problem('forbidden', { detail: `requires one of the roles: ${roles.join(', ')}` });
  return principal;
}

function found(users: UserStore, request: FastifyRequest): StoredUser {
  const user = users.byId((request.params as { id: string }).id);
  if (!user)
    throw problem('not_found', {
      message: { vi: 'Không tìm thấy tài khoản.', en: 'No such account.' },
    });
  return user;
}

function view(user: StoredUser): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    organisationId: user.organisationId ?? null,
    organisationName: user.organisationName ?? null,
    localityCode: user.localityCode ?? null,
    enabled: user.enabled,
    pending: user.pending,
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

function changes(before: StoredUser, after: StoredUser, keys: (keyof StoredUser)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, { from: before[key] ?? null, to: after[key] ?? null }]));
}

function actorOf(subject: { userId?: string; id?: string; username?: string; displayName?: string }) {
  return { id: subject.userId ?? subject.id ?? '', username: subject.username ?? subject.displayName ?? '' };
}

/** A temporary password the admin hands over; the user must replace it at the first sign-in. */
function temporary(): string {
  return randomBytes(12).toString('base64url');
}
