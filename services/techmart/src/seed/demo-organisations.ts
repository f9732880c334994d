// The organisations of the demo data, with fixed ids so the identity provider's demo users
// (embedded IdP and the Keycloak realm) can carry the same organisation ids in their tokens.

// The first six are the organisations of the identity provider's demo users and must stay equal to
// DEMO_ORGANISATIONS in gateway/src/identity/demo-users.ts (and the Keycloak realm file).
export const DEMO_ORGANISATION_IDS = {
  /** user `doanhnghiep` (business) */
  songHau: '01920000-0000-7000-8000-000000000101',
  /** user `doanhnghiep2` (business, a co-operative) */
  caoLanh: '01920000-0000-7000-8000-000000000102',
  /** user `nhakhoahoc` (researcher) */
  agriInstitute: '01920000-0000-7000-8000-000000000103',
  /** officers of the Department of Science and Technology (`canbo`) */
  department: '01920000-0000-7000-8000-000000000104',
  /** commune officers of Xã Mỹ Hiệp */
  communeMyHiep: '01920000-0000-7000-8000-000000000105',
  dongThapUniversity: '01920000-0000-7000-8000-000000000106',
  // Organisations without a demo user: they only own demo listings.
  dongThapMechanical: '0193a1c0-5e00-7000-8000-000000000001',
  mekongAqua: '0193a1c0-5e00-7000-8000-000000000002',
  mekongDigital: '0193a1c0-5e00-7000-8000-000000000003',
  techApplicationCentre: '0193a1c0-5e00-7000-8000-000000000004',
  canThoUniversity: '0193a1c0-5e00-7000-8000-000000000005',
  // The regional wave of the demo data (regional-catalogue.ts): other provinces and sectors.
  benTreCoconut: '0193a1c0-5e00-7000-8000-000000000006',
  bayNuiHerbs: '0193a1c0-5e00-7000-8000-000000000007',
  saigonMaterials: '0193a1c0-5e00-7000-8000-000000000008',
  haThanhMedical: '0193a1c0-5e00-7000-8000-000000000009',
  tieuCanShrimp: '0193a1c0-5e00-7000-8000-00000000000a',
  tayDoIot: '0193a1c0-5e00-7000-8000-00000000000b',
  anGiangIrrigation: '0193a1c0-5e00-7000-8000-00000000000c',
  southernFoodInstitute: '0193a1c0-5e00-7000-8000-00000000000d',
  mangThitPottery: '0193a1c0-5e00-7000-8000-00000000000e',
} as const;

/** Token subjects of the demo users (gateway/src/identity/demo-users.ts), so seeded rows name real users. */
export const DEMO_USER_IDS = {
  doanhnghiep: '01920000-0000-7000-8000-000000000001',
  doanhnghiep2: '01920000-0000-7000-8000-000000000002',
  nhakhoahoc: '01920000-0000-7000-8000-000000000003',
  canbo: '01920000-0000-7000-8000-000000000004',
} as const;

export type DemoOrganisationKey = keyof typeof DEMO_ORGANISATION_IDS;

export interface DemoOrganisation {
  key: DemoOrganisationKey;
  id: string;
  name: string;
  kind: 'business' | 'cooperative' | 'research' | 'government';
  /** the demo user who signs in for this organisation, if any */
  demoUser?: keyof typeof DEMO_USER_IDS;
  provinceCode: string;
  communeCode: string;
  contact: { name: string; email: string; phone: string };
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'songHau',
    id: DEMO_ORGANISATION_IDS.songHau,
    name: 'Công ty TNHH Nông sản Sông Hậu',
    kind: 'business',
    demoUser: 'doanhnghiep',
    provinceCode: '87',
    communeCode: '30223', // Phường Sa Đéc
    contact: { name: 'Nguyễn Văn An', email: 'lienhe@nongsansonghau.vn', phone: '0277 3861 245' },
  },
  {
    key: 'caoLanh',
    id: DEMO_ORGANISATION_IDS.caoLanh,
    name: 'Hợp tác xã Xoài Cao Lãnh',
    kind: 'cooperative',
    demoUser: 'doanhnghiep2',
    provinceCode: '87',
    communeCode: '30214', // Phường Cao Lãnh
    contact: { name: 'Trần Thị Bích', email: 'htx@xoaicaolanh.vn', phone: '0918 245 377' },
  },
  {
    key: 'dongThapMechanical',
    id: DEMO_ORGANISATION_IDS.dongThapMechanical,
    name: 'Công ty Cổ phần Cơ khí Nông nghiệp Đồng Tháp',
    kind: 'business',
    provinceCode: '87',
    communeCode: '30214', // Phường Cao Lãnh
    contact: { name: 'Lê Minh Tâm', email: 'kinhdoanh@cokhidongthap.vn', phone: '0277 3852 118' },
  },
  {
    key: 'agriInstitute',
    id: DEMO_ORGANISATION_IDS.agriInstitute,
    name: 'Viện Nghiên cứu Nông nghiệp',
    kind: 'research',
    demoUser: 'nhakhoahoc',
    provinceCode: '92',
    communeCode: '31105', // Phường Ninh Kiều
    contact: { name: 'PGS.TS. Lê Minh Châu', email: 'chuyengiao@vienncnn.vn', phone: '0292 3838 240' },
  },
  {
    key: 'department',
    id: DEMO_ORGANISATION_IDS.department,
    name: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp',
    kind: 'government',
    demoUser: 'canbo',
    provinceCode: '87',
    communeCode: '30175', // Phường Mỹ Tho
    contact: { name: 'Phòng Quản lý Công nghệ', email: 'qlcn@sokhcn.dongthap.gov.vn', phone: '0273 3872 531' },
  },
  {
    key: 'communeMyHiep',
    id: DEMO_ORGANISATION_IDS.communeMyHiep,
    name: 'UBND xã Mỹ Hiệp',
    kind: 'government',
    provinceCode: '87',
    communeCode: '30268', // Xã Mỹ Hiệp
    contact: { name: 'Văn phòng UBND xã', email: 'ubnd.myhiep@dongthap.gov.vn', phone: '0277 3925 101' },
  },
  {
    key: 'dongThapUniversity',
    id: DEMO_ORGANISATION_IDS.dongThapUniversity,
    name: 'Trường Đại học Đồng Tháp',
    kind: 'research',
    provinceCode: '87',
    communeCode: '30214',
    contact: { name: 'Phòng Khoa học và Hợp tác quốc tế', email: 'khcn@dthu.edu.vn', phone: '0277 3881 518' },
  },
  {
    key: 'mekongAqua',
    id: DEMO_ORGANISATION_IDS.mekongAqua,
    name: 'Công ty TNHH Thủy sản Mê Kông Xanh',
    kind: 'business',
    provinceCode: '87',
    communeCode: '30319', // Xã Chợ Gạo
    contact: { name: 'Huỳnh Quốc Bảo', email: 'info@mekongxanh.vn', phone: '0273 3656 902' },
  },
  {
    key: 'mekongDigital',
    id: DEMO_ORGANISATION_IDS.mekongDigital,
    name: 'Công ty Cổ phần Công nghệ Số Mekong',
    kind: 'business',
    provinceCode: '92',
    communeCode: '31108', // Phường Cái Khế
    contact: { name: 'Phạm Hoàng Nam', email: 'sales@mekongdigital.vn', phone: '0292 3765 040' },
  },
  {
    key: 'techApplicationCentre',
    id: DEMO_ORGANISATION_IDS.techApplicationCentre,
    name: 'Trung tâm Ứng dụng Tiến bộ Khoa học và Công nghệ Đồng Tháp',
    kind: 'research',
    provinceCode: '87',
    communeCode: '30178', // Phường Đạo Thạnh
    contact: { name: 'ThS. Đặng Thanh Phong', email: 'ungdung@dost-dongthap.vn', phone: '0273 3875 226' },
  },
  {
    key: 'canThoUniversity',
    id: DEMO_ORGANISATION_IDS.canThoUniversity,
    name: 'Trường Đại học Cần Thơ',
    kind: 'research',
    provinceCode: '92',
    communeCode: '31105',
    contact: { name: 'Văn phòng Chuyển giao Công nghệ', email: 'ttcg@ctu.edu.vn', phone: '0292 3832 663' },
  },
  {
    key: 'benTreCoconut',
    id: DEMO_ORGANISATION_IDS.benTreCoconut,
    name: 'Công ty Cổ phần Dừa Xanh Bến Tre',
    kind: 'business',
    provinceCode: '86',
    communeCode: '29509', // Phường Bến Tre
    contact: { name: 'Lê Thị Ngọc Diệp', email: 'kinhdoanh@duaxanhbentre.vn', phone: '0275 3822 416' },
  },
  {
    key: 'bayNuiHerbs',
    id: DEMO_ORGANISATION_IDS.bayNuiHerbs,
    name: 'Hợp tác xã Dược liệu Bảy Núi',
    kind: 'cooperative',
    provinceCode: '91',
    communeCode: '30904', // Xã Tri Tôn
    contact: { name: 'Chau Sóc Khệ', email: 'htxduoclieubaynui@gmail.com', phone: '0913 775 208' },
  },
  {
    key: 'saigonMaterials',
    id: DEMO_ORGANISATION_IDS.saigonMaterials,
    name: 'Công ty TNHH Vật liệu và Bao bì Xanh Sài Gòn',
    kind: 'business',
    provinceCode: '79',
    communeCode: '26743', // Phường Linh Xuân
    contact: { name: 'Đỗ Minh Khang', email: 'sales@baobixanh.com.vn', phone: '028 3724 5190' },
  },
  {
    key: 'haThanhMedical',
    id: DEMO_ORGANISATION_IDS.haThanhMedical,
    name: 'Công ty Cổ phần Thiết bị Y tế Hà Thành',
    kind: 'business',
    provinceCode: '01',
    communeCode: '00016', // Phường Cầu Giấy
    contact: { name: 'Vũ Thị Thanh Hoa', email: 'duan@ytehathanh.vn', phone: '024 3793 6621' },
  },
  {
    key: 'tieuCanShrimp',
    id: DEMO_ORGANISATION_IDS.tieuCanShrimp,
    name: 'Hợp tác xã Thủy sản Tiểu Cần',
    kind: 'cooperative',
    provinceCode: '86',
    communeCode: '29536', // Xã Tiểu Cần
    contact: { name: 'Thạch Sô Phol', email: 'htxthuysantieucan@gmail.com', phone: '0974 216 530' },
  },
  {
    key: 'tayDoIot',
    id: DEMO_ORGANISATION_IDS.tayDoIot,
    name: 'Công ty TNHH Giải pháp IoT Tây Đô',
    kind: 'business',
    provinceCode: '92',
    communeCode: '31117', // Phường Cái Răng
    contact: { name: 'Trương Gia Huy', email: 'hotro@iottaydo.vn', phone: '0292 3918 774' },
  },
  {
    key: 'anGiangIrrigation',
    id: DEMO_ORGANISATION_IDS.anGiangIrrigation,
    name: 'Công ty TNHH MTV Khai thác Thủy lợi An Giang',
    kind: 'business',
    provinceCode: '91',
    communeCode: '30883', // Phường Long Xuyên
    contact: { name: 'Nguyễn Thanh Liêm', email: 'kythuat@thuyloiangiang.vn', phone: '0296 3852 330' },
  },
  {
    key: 'southernFoodInstitute',
    id: DEMO_ORGANISATION_IDS.southernFoodInstitute,
    name: 'Viện Công nghệ Thực phẩm phía Nam',
    kind: 'research',
    provinceCode: '79',
    communeCode: '26740', // Phường Thủ Đức
    contact: { name: 'Phòng Chuyển giao Công nghệ', email: 'chuyengiao@vcntp-pn.vn', phone: '028 3896 4417' },
  },
  {
    key: 'mangThitPottery',
    id: DEMO_ORGANISATION_IDS.mangThitPottery,
    name: 'Hợp tác xã Gốm đỏ Mang Thít',
    kind: 'cooperative',
    provinceCode: '86',
    communeCode: '29518', // Xã Mang Thít
    contact: { name: 'Phan Văn Lực', email: 'gomdomangthit@gmail.com', phone: '0270 3845 612' },
  },
];
