import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/client.ts';
import type { UserView } from '../api/admin-types.ts';
import { createInput, EMPTY_USER, patchInput, refusedSave, userFormSchema } from './user-form.ts';

const user: UserView = {
  id: 'u1',
  username: 'nguyenvana',
  displayName: 'Nguyễn Văn A',
  email: 'a@example.vn',
  roles: ['business'],
  organisationId: 'o1',
  organisationName: 'HTX Tân Phú',
  localityCode: '26734',
  enabled: true,
  pending: false,
  mustChangePassword: false,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('the account form', () => {
  it('applies the gateway rules to username, roles and commune', () => {
    const result = userFormSchema.safeParse({
      ...EMPTY_USER,
      username: 'A b',
      displayName: 'X',
      roles: [],
      localityCode: 'x1',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining(['username:admin.v.username', 'roles:admin.v.roles', 'localityCode:admin.v.locality']),
    );
  });

  it('leaves empty optional fields out of a create', () => {
    expect(createInput({ ...EMPTY_USER, username: 'moi.nguoi', displayName: ' Người mới ' })).toEqual({
      username: 'moi.nguoi',
      displayName: 'Người mới',
      email: '',
      roles: ['business'],
    });
  });

  it('sends only what changed in an edit, a cleared commune as null', () => {
    const values = {
      ...EMPTY_USER,
      ...user,
      roles: ['business', 'officer'] as UserView['roles'],
      localityCode: '',
      organisationId: 'o1',
      organisationName: 'HTX Tân Phú',
    };
    expect(patchInput(user, values)).toEqual({ roles: ['business', 'officer'], localityCode: null });
  });

  it('puts field problems and a taken username on their fields', () => {
    const invalid = new ApiError(400, {
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'email', code: 'invalid_format', message: { vi: 'Email sai', en: 'Bad e-mail' } }],
    });
    expect(refusedSave(invalid, { vi: 'Lỗi', en: 'Error' })).toEqual({
      fields: [{ field: 'email', message: { vi: 'Email sai', en: 'Bad e-mail' } }],
      message: null,
    });
    const taken = new ApiError(409, {
      status: 409,
      code: 'conflict',
      message: { vi: 'Tên đăng nhập này đã được dùng.', en: 'This username is taken.' },
    });
    expect(refusedSave(taken, { vi: 'Lỗi', en: 'Error' }).fields[0]?.field).toBe('username');
    const self = new ApiError(409, {
      status: 409,
      code: 'conflict',
      message: {
        vi: 'Bạn không thể tự bỏ vai trò quản trị của mình.',
        en: 'You cannot remove your own administrator role.',
      },
    });
    expect(refusedSave(self, { vi: 'Lỗi', en: 'Error' })).toEqual({ fields: [], message: self.problem?.message });
  });
});
