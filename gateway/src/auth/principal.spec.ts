import { describe, expect, it } from 'vitest';
import { principalFromClaims } from './principal.js';

describe('principalFromClaims', () => {
  it('keeps only platform roles and maps Keycloak claims', () => {
    expect(
      principalFromClaims({
        sub: 'u1',
        name: 'Nguyễn Văn An',
        preferred_username: 'doanhnghiep',
        realm_access: { roles: ['default-roles-sti', 'offline_access', 'business', 'officer'] },
        organisation_id: 'o1',
        organisation_name: 'Công ty TNHH Nông sản Sông Hậu',
        locality_code: '87',
      }),
    ).toEqual({
      userId: 'u1',
      displayName: 'Nguyễn Văn An',
      roles: ['business', 'officer'],
      organisationId: 'o1',
      organisationName: 'Công ty TNHH Nông sản Sông Hậu',
      localityCode: '87',
    });
  });

  it('falls back to the username and leaves out absent attributes', () => {
    expect(principalFromClaims({ sub: 'u2', preferred_username: 'quantri' })).toEqual({
      userId: 'u2',
      displayName: 'quantri',
      roles: [],
    });
  });
});
