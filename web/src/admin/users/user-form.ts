// The account form's rules (the gateway's createBody / patchBody, so limits never drift) and the
// mapping of a refused save (problem+json) onto the form's fields. Plain functions.
import { z } from 'zod';
import { ApiError } from '../../shared/api/client.ts';
import type { LocalizedText } from '../../shared/api/problem.ts';
import { ROLES, type Role } from '../../shell/auth/roles.ts';
import type { UserInput } from '../api/admin-queries.ts';
import type { UserView } from '../api/admin-types.ts';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

/** Error messages are catalogue keys of the admin module; the page translates them. */
export const userFormSchema = z.object({
  username: z.string().trim().regex(USERNAME_PATTERN, 'admin.v.username'),
  displayName: z.string().trim().min(1, 'admin.v.displayName').max(120, 'admin.v.displayName'),
  email: z.union([z.literal(''), z.email('admin.v.email').max(200, 'admin.v.email')]),
  roles: z.array(z.enum(ROLES)).min(1, 'admin.v.roles'),
  organisationId: z.string().max(100),
  organisationName: z.string().trim().max(200, 'admin.v.organisationName'),
  localityCode: z.union([z.literal(''), z.string().regex(/^\d{2,5}$/, 'admin.v.locality')]),
});

export type UserFormValues = z.infer<typeof userFormSchema>;
export type UserField = keyof UserFormValues;

export const EMPTY_USER: UserFormValues = {
  username: '',
  displayName: '',
  email: '',
  roles: ['business'],
  organisationId: '',
  organisationName: '',
  localityCode: '',
};

export function formValuesOf(user: UserView): UserFormValues {
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    organisationId: user.organisationId ?? '',
    organisationName: user.organisationName ?? '',
    localityCode: user.localityCode ?? '',
  };
}

/** The body of a create: empty optional fields are left out. */
export function createInput(values: UserFormValues): UserInput {
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    email: values.email.trim(),
    roles: values.roles,
    ...(values.organisationId ? { organisationId: values.organisationId } : {}),
    ...(values.organisationName.trim() ? { organisationName: values.organisationName.trim() } : {}),
    ...(values.localityCode ? { localityCode: values.localityCode } : {}),
  };
}

/** The body of an edit: only what changed; a cleared field is sent as null (removed). */
export function patchInput(before: UserView, values: UserFormValues): Partial<UserInput> {
  const after = createInput(values);
  const patch: Partial<UserInput> = {};
  if (after.displayName !== before.displayName) patch.displayName = after.displayName;
  if (after.email !== before.email) patch.email = after.email;
  if ([...after.roles].sort().join() !== [...before.roles].sort().join()) patch.roles = after.roles;
  if ((after.organisationId ?? null) !== before.organisationId) patch.organisationId = after.organisationId ?? null;
  if ((after.organisationName ?? null) !== before.organisationName)
    patch.organisationName = after.organisationName ?? null;
  if ((after.localityCode ?? null) !== before.localityCode) patch.localityCode = after.localityCode ?? null;
  return patch;
}

const FIELDS: readonly UserField[] = [
  'username',
  'displayName',
  'email',
  'roles',
  'organisationId',
  'organisationName',
  'localityCode',
];

export interface RefusedSave {
  fields: { field: UserField; message: LocalizedText }[];
  /** the message for the whole form (when no field carries it) */
  message: LocalizedText | null;
}

/** Where a refused save's problems belong: a field's error under that field, a taken username under the username. */
export function refusedSave(error: unknown, fallback: LocalizedText): RefusedSave {
  if (!(error instanceof ApiError) || !error.problem) return { fields: [], message: fallback };
  const problem = error.problem;
  const fields: RefusedSave['fields'] = [];
  for (const fe of problem.errors ?? []) {
    const name = fe.field.split(/[.[]/)[0] as UserField;
    if (FIELDS.includes(name))
      fields.push({ field: name, message: fe.message ?? { vi: fe.code ?? fallback.vi, en: fe.code ?? fallback.en } });
  }
  if (problem.code === 'conflict' && problem.message && /username|tên đăng nhập/i.test(`${problem.message.en}`))
    fields.push({ field: 'username', message: problem.message });
  const message = fields.length > 0 ? null : (problem.message ?? fallback);
  return { fields, message };
}

export function hasRole(values: { roles: readonly Role[] }, role: Role): boolean {
  return values.roles.includes(role);
}
