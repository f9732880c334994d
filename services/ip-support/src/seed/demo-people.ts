// The demo accounts and organisations the seed and tests refer to — the same ids as the gateway's demo
// users (gateway/src/identity/demo-users.ts) and the Keycloak realm, so both modes line up. Demo
// organisations without an account (more co-operatives, craft villages, institutes) own seeded
// requests only.
export const DEMO_ORGS = {
  songHau: { id: '01920000-0000-7000-8000-000000000101', name: 'Công ty TNHH Nông sản Sông Hậu' },
  caoLanh: { id: '01920000-0000-7000-8000-000000000102', name: 'Hợp tác xã Xoài Cao Lãnh' },
  agriInstitute: { id: '01920000-0000-7000-8000-000000000103', name: 'Viện Nghiên cứu Nông nghiệp' },
  department: { id: '01920000-0000-7000-8000-000000000104', name: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp' },
  commune: { id: '01920000-0000-7000-8000-000000000105', name: 'UBND xã Mỹ Hiệp' },
  university: { id: '01920000-0000-7000-8000-000000000106', name: 'Trường Đại học Đồng Tháp' },
} as const;

export interface DemoPerson {
  userId: string;
  username: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
}

const person = (userId: string, username: string, displayName: string, org: { id: string; name: string }) => ({
  userId,
  username,
  displayName,
  organisationId: org.id,
  organisationName: org.name,
});

export const DEMO_PEOPLE = {
  /** business, Công ty TNHH Nông sản Sông Hậu */
  doanhnghiep: person('01920000-0000-7000-8000-000000000001', 'doanhnghiep', 'Nguyễn Văn An', DEMO_ORGS.songHau),
  /** business, Hợp tác xã Xoài Cao Lãnh (the co-operative of the collective-mark journey) */
  doanhnghiep2: person('01920000-0000-7000-8000-000000000002', 'doanhnghiep2', 'Trần Thị Bích', DEMO_ORGS.caoLanh),
  /** researcher, Viện Nghiên cứu Nông nghiệp */
  nhakhoahoc: person(
    '01920000-0000-7000-8000-000000000003',
    'nhakhoahoc',
    'PGS.TS. Lê Minh Châu',
    DEMO_ORGS.agriInstitute,
  ),
  /** officer of the Department */
  canbo: person('01920000-0000-7000-8000-000000000004', 'canbo', 'Phạm Quốc Dũng', DEMO_ORGS.department),
  /** officer of the commune office */
  canboXa: person('01920000-0000-7000-8000-000000000005', 'canbo.xa', 'Huỳnh Thị Em', DEMO_ORGS.commune),
  /** administrator */
  quantri: person('01920000-0000-7000-8000-000000000007', 'quantri', 'Đặng Hoàng Hải', DEMO_ORGS.department),
} satisfies Record<string, DemoPerson>;
