// Seeded demo users of the embedded identity provider (development and demos only). Keycloak's realm
// file (infra/keycloak/realm/sti-realm.json) carries the same users with the same ids, so seeds and
// tests can refer to them in both modes.

export const DEMO_PASSWORD = 'demo123';

export interface DemoUser {
  /** token `sub`; fixed so seed data can name the owner */
  id: string;
  username: string;
  displayName: string;
  email: string;
  roles: ('business' | 'researcher' | 'officer' | 'reviewer' | 'admin')[];
  organisationId: string;
  organisationName: string;
  /** province code, or a commune code for commune officers */
  localityCode: string;
  /** what the account is for, shown on the login page and the start-up banner */
  note: { vi: string; en: string };
}

export const DEMO_ORGANISATIONS = {
  songHau: { id: '01920000-0000-7000-8000-000000000101', name: 'Công ty TNHH Nông sản Sông Hậu' },
  caoLanh: { id: '01920000-0000-7000-8000-000000000102', name: 'Hợp tác xã Xoài Cao Lãnh' },
  agriInstitute: { id: '01920000-0000-7000-8000-000000000103', name: 'Viện Nghiên cứu Nông nghiệp' },
  department: { id: '01920000-0000-7000-8000-000000000104', name: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp' },
  commune: { id: '01920000-0000-7000-8000-000000000105', name: 'UBND xã Mỹ Hiệp' },
  university: { id: '01920000-0000-7000-8000-000000000106', name: 'Trường Đại học Đồng Tháp' },
  hospital: { id: '01920000-0000-7000-8000-000000000107', name: 'Bệnh viện Đa khoa tỉnh Đồng Tháp' },
  college: { id: '01920000-0000-7000-8000-000000000108', name: 'Trường Cao đẳng Cộng đồng Đồng Tháp' },
  senHong: { id: '01920000-0000-7000-8000-000000000131', name: 'Công ty TNHH Công nghệ Nông nghiệp Sen Hồng' },
  mekongEdu: { id: '01920000-0000-7000-8000-000000000132', name: 'Công ty CP Giáo dục số Mekong' },
  mekongFund: { id: '01920000-0000-7000-8000-000000000151', name: 'Quỹ Đầu tư Khởi nghiệp Mekong' },
} as const;

/** Đồng Tháp's province code and one of its communes (Mỹ Hiệp). */
export const DEMO_PROVINCE_CODE = '87';
export const DEMO_COMMUNE_CODE = '30268';

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: '01920000-0000-7000-8000-000000000001',
    username: 'doanhnghiep',
    displayName: 'Nguyễn Văn An',
    email: 'an.nguyen@songhau.example.vn',
    roles: ['business'],
    organisationId: DEMO_ORGANISATIONS.songHau.id,
    organisationName: DEMO_ORGANISATIONS.songHau.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Doanh nghiệp', en: 'Business' },
  },
  {
    id: '01920000-0000-7000-8000-000000000002',
    username: 'doanhnghiep2',
    displayName: 'Trần Thị Bích',
    email: 'bich.tran@xoaicaolanh.example.vn',
    roles: ['business'],
    organisationId: DEMO_ORGANISATIONS.caoLanh.id,
    organisationName: DEMO_ORGANISATIONS.caoLanh.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Doanh nghiệp khác (hợp tác xã)', en: 'Another business (co-operative)' },
  },
  {
    id: '01920000-0000-7000-8000-000000000003',
    username: 'nhakhoahoc',
    displayName: 'PGS.TS. Lê Minh Châu',
    email: 'chau.le@vienncnn.example.vn',
    roles: ['researcher'],
    organisationId: DEMO_ORGANISATIONS.agriInstitute.id,
    organisationName: DEMO_ORGANISATIONS.agriInstitute.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Nhà khoa học', en: 'Researcher' },
  },
  {
    id: '01920000-0000-7000-8000-000000000004',
    username: 'canbo',
    displayName: 'Phạm Quốc Dũng',
    email: 'dung.pham@skhcn.example.gov.vn',
    roles: ['officer'],
    organisationId: DEMO_ORGANISATIONS.department.id,
    organisationName: DEMO_ORGANISATIONS.department.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Cán bộ Sở KH&CN', en: 'Department officer' },
  },
  {
    id: '01920000-0000-7000-8000-000000000005',
    username: 'canbo.xa',
    displayName: 'Huỳnh Thị Em',
    email: 'em.huynh@myhiep.example.gov.vn',
    roles: ['officer'],
    organisationId: DEMO_ORGANISATIONS.commune.id,
    organisationName: DEMO_ORGANISATIONS.commune.name,
    localityCode: DEMO_COMMUNE_CODE,
    note: { vi: 'Cán bộ UBND xã', en: 'Commune officer' },
  },
  {
    id: '01920000-0000-7000-8000-000000000006',
    username: 'phanbien',
    displayName: 'TS. Võ Thanh Giang',
    email: 'giang.vo@dthu.example.edu.vn',
    roles: ['reviewer'],
    organisationId: DEMO_ORGANISATIONS.university.id,
    organisationName: DEMO_ORGANISATIONS.university.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Thành viên hội đồng, giám khảo', en: 'Council member, juror' },
  },
  {
    id: '01920000-0000-7000-8000-000000000007',
    username: 'quantri',
    displayName: 'Đặng Hoàng Hải',
    email: 'hai.dang@skhcn.example.gov.vn',
    roles: ['admin'],
    organisationId: DEMO_ORGANISATIONS.department.id,
    organisationName: DEMO_ORGANISATIONS.department.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  },
  {
    id: '01920000-0000-7000-8000-000000000011',
    username: 'phanbien2',
    displayName: 'BSCKII. Trần Minh Khoa',
    email: 'khoa.tran@bvdkdt.example.vn',
    roles: ['reviewer'],
    organisationId: DEMO_ORGANISATIONS.hospital.id,
    organisationName: DEMO_ORGANISATIONS.hospital.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Thành viên hội đồng sáng kiến (bệnh viện)', en: 'Initiatives council reviewer (hospital)' },
  },
  {
    id: '01920000-0000-7000-8000-000000000012',
    username: 'phanbien3',
    displayName: 'ThS. Lê Thị Ngọc Hân',
    email: 'han.le@cdcddt.example.edu.vn',
    roles: ['reviewer'],
    organisationId: DEMO_ORGANISATIONS.college.id,
    organisationName: DEMO_ORGANISATIONS.college.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Thành viên hội đồng sáng kiến (trường cao đẳng)', en: 'Initiatives council reviewer (college)' },
  },
  {
    id: '01920000-0000-7000-8000-000000000013',
    username: 'thuky',
    displayName: 'Nguyễn Thị Thu Trang',
    email: 'trang.nguyen@skhcn.example.gov.vn',
    roles: ['officer'],
    organisationId: DEMO_ORGANISATIONS.department.id,
    organisationName: DEMO_ORGANISATIONS.department.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Thư ký hội đồng sáng kiến', en: 'Initiatives council secretary' },
  },
  {
    id: '01920000-0000-7000-8000-000000000014',
    username: 'chutich',
    displayName: 'Lâm Văn Phúc',
    email: 'phuc.lam@skhcn.example.gov.vn',
    roles: ['officer'],
    organisationId: DEMO_ORGANISATIONS.department.id,
    organisationName: DEMO_ORGANISATIONS.department.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Chủ tịch hội đồng sáng kiến', en: 'Initiatives council chair' },
  },
  {
    id: '01920000-0000-7000-8000-000000000031',
    username: 'khoinghiep',
    displayName: 'Lê Hoàng Nam',
    email: 'nam.le@senhong.example.vn',
    roles: ['business'],
    organisationId: DEMO_ORGANISATIONS.senHong.id,
    organisationName: DEMO_ORGANISATIONS.senHong.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Nhà sáng lập khởi nghiệp (nông nghiệp công nghệ cao)', en: 'Startup founder (agritech)' },
  },
  {
    id: '01920000-0000-7000-8000-000000000032',
    username: 'khoinghiep2',
    displayName: 'Võ Ngọc Trâm',
    email: 'tram.vo@mekongedu.example.vn',
    roles: ['business'],
    organisationId: DEMO_ORGANISATIONS.mekongEdu.id,
    organisationName: DEMO_ORGANISATIONS.mekongEdu.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Nhà sáng lập khởi nghiệp khác (giáo dục)', en: 'Another startup founder (education)' },
  },
  {
    id: '01920000-0000-7000-8000-000000000041',
    username: 'covan',
    displayName: 'Nguyễn Thị Lan',
    email: 'lan.nguyen@vien-nn.example.vn',
    roles: ['researcher'],
    organisationId: DEMO_ORGANISATIONS.agriInstitute.id,
    organisationName: DEMO_ORGANISATIONS.agriInstitute.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Cố vấn khởi nghiệp (lịch hẹn, biên bản)', en: 'Startup mentor (bookings, meeting notes)' },
  },
  {
    id: '01920000-0000-7000-8000-000000000051',
    username: 'nhadautu',
    displayName: 'Trần Quốc Hùng',
    email: 'hung.tran@quymekong.example.vn',
    roles: ['business'],
    organisationId: DEMO_ORGANISATIONS.mekongFund.id,
    organisationName: DEMO_ORGANISATIONS.mekongFund.name,
    localityCode: DEMO_PROVINCE_CODE,
    note: { vi: 'Nhà đầu tư (trả lời đề nghị kết nối)', en: 'Investor (answers introduction requests)' },
  },
];

/** Lines for the start-up banner and the README: `username  role  organisation`. */
export function describeDemoUsers(users: readonly DemoUser[] = DEMO_USERS): string {
  const width = Math.max(...users.map((user) => user.username.length));
  const lines = users.map(
    (user) => `  ${user.username.padEnd(width)}  ${user.roles.join(',').padEnd(10)}  ${user.organisationName}`,
  );
  return [`Tài khoản thử nghiệm / Demo accounts (mật khẩu / password: ${DEMO_PASSWORD}):`, ...lines].join('\n');
}

/** A seeded user by username; throws for an unknown one (tests and seeds). */
export function demoUser(username: string): DemoUser {
  const user = DEMO_USERS.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user;
}
