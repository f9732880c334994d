// The demo accounts and organisations the seed refers to — the same ids as the gateway's demo users
// (gateway/src/identity/demo-users.ts) and the Keycloak demo file, so both modes line up.
export const DEMO_ORGS = {
  department: { id: '01920000-0000-7000-8000-000000000104', name: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp' },
  commune: { id: '01920000-0000-7000-8000-000000000105', name: 'UBND xã Mỹ Hiệp' },
  university: { id: '01920000-0000-7000-8000-000000000106', name: 'Trường Đại học Đồng Tháp' },
  hospital: { id: '01920000-0000-7000-8000-000000000107', name: 'Bệnh viện Đa khoa tỉnh Đồng Tháp' },
  college: { id: '01920000-0000-7000-8000-000000000108', name: 'Trường Cao đẳng Cộng đồng Đồng Tháp' },
  songHau: { id: '01920000-0000-7000-8000-000000000101', name: 'Công ty TNHH Nông sản Sông Hậu' },
} as const;

export interface DemoPerson {
  userId: string;
  username: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
}

const person = (
  userId: string,
  username: string,
  displayName: string,
  org: { id: string; name: string },
): DemoPerson => ({
  userId,
  username,
  displayName,
  organisationId: org.id,
  organisationName: org.name,
});

export const DEMO_PEOPLE = {
  doanhnghiep: person('01920000-0000-7000-8000-000000000001', 'doanhnghiep', 'Nguyễn Văn An', DEMO_ORGS.songHau),
  canbo: person('01920000-0000-7000-8000-000000000004', 'canbo', 'Phạm Quốc Dũng', DEMO_ORGS.department),
  canboXa: person('01920000-0000-7000-8000-000000000005', 'canbo.xa', 'Huỳnh Thị Em', DEMO_ORGS.commune),
  phanbien: person('01920000-0000-7000-8000-000000000006', 'phanbien', 'TS. Võ Thanh Giang', DEMO_ORGS.university),
  quantri: person('01920000-0000-7000-8000-000000000007', 'quantri', 'Đặng Hoàng Hải', DEMO_ORGS.department),
  phanbien2: person('01920000-0000-7000-8000-000000000011', 'phanbien2', 'BSCKII. Trần Minh Khoa', DEMO_ORGS.hospital),
  phanbien3: person('01920000-0000-7000-8000-000000000012', 'phanbien3', 'ThS. Lê Thị Ngọc Hân', DEMO_ORGS.college),
  thuky: person('01920000-0000-7000-8000-000000000013', 'thuky', 'Nguyễn Thị Thu Trang', DEMO_ORGS.department),
  chutich: person('01920000-0000-7000-8000-000000000014', 'chutich', 'Lâm Văn Phúc', DEMO_ORGS.department),
} as const;
