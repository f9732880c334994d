// Demo data for the dev-server fixture mode only (never bundled into web/dist).

export const sectors = [
  { code: 'agri', nameVi: 'Nông nghiệp, chế biến nông sản', nameEn: 'Agriculture and food processing' },
  { code: 'energy', nameVi: 'Năng lượng', nameEn: 'Energy' },
  { code: 'env', nameVi: 'Môi trường', nameEn: 'Environment' },
  { code: 'mech', nameVi: 'Cơ khí, chế tạo máy', nameEn: 'Mechanical engineering' },
  { code: 'ict', nameVi: 'Công nghệ thông tin', nameEn: 'Information technology' },
  { code: 'bio', nameVi: 'Công nghệ sinh học', nameEn: 'Biotechnology' },
  { code: 'health', nameVi: 'Y dược', nameEn: 'Health and pharmacy' },
  { code: 'aqua', nameVi: 'Thuỷ sản', nameEn: 'Aquaculture' },
];

export const localities = [
  {
    provinceCode: '82',
    provinceName: 'Đồng Tháp',
    communes: [
      { code: '28825', name: 'Phường Cao Lãnh' },
      { code: '29536', name: 'Xã Tháp Mười' },
      { code: '28726', name: 'Phường Mỹ Tho' },
    ],
  },
  {
    provinceCode: '86',
    provinceName: 'Vĩnh Long',
    communes: [
      { code: '29239', name: 'Phường Long Châu' },
      { code: '29365', name: 'Xã Cái Nhum' },
    ],
  },
  { provinceCode: '92', provinceName: 'Cần Thơ', communes: [{ code: '31117', name: 'Phường Ninh Kiều' }] },
];

export interface DemoUser {
  sub: string;
  username: string;
  name: string;
  roles: string[];
  organisationId: string;
  organisationName: string;
}

export const users: DemoUser[] = [
  {
    sub: '0193a000-0000-7000-8000-000000000001',
    username: 'doanhnghiep',
    name: 'Nguyễn Văn An',
    roles: ['business'],
    organisationId: 'org-1',
    organisationName: 'Công ty TNHH Cơ khí Sa Đéc',
  },
  {
    sub: '0193a000-0000-7000-8000-000000000002',
    username: 'doanhnghiep2',
    name: 'Trần Thị Bình',
    roles: ['business'],
    organisationId: 'org-2',
    organisationName: 'HTX Nông nghiệp Tháp Mười',
  },
  {
    sub: '0193a000-0000-7000-8000-000000000003',
    username: 'nhakhoahoc',
    name: 'TS. Lê Minh Châu',
    roles: ['researcher'],
    organisationId: 'org-3',
    organisationName: 'Trường Đại học Đồng Tháp',
  },
  {
    sub: '0193a000-0000-7000-8000-000000000004',
    username: 'canbo',
    name: 'Phạm Quốc Dũng',
    roles: ['officer'],
    organisationId: 'org-dost',
    organisationName: 'Sở Khoa học và Công nghệ',
  },
  {
    sub: '0193a000-0000-7000-8000-000000000005',
    username: 'phanbien',
    name: 'Võ Thị Em',
    roles: ['reviewer'],
    organisationId: 'org-3',
    organisationName: 'Trường Đại học Đồng Tháp',
  },
  {
    sub: '0193a000-0000-7000-8000-000000000006',
    username: 'quantri',
    name: 'Quản trị hệ thống',
    roles: ['admin'],
    organisationId: 'org-dost',
    organisationName: 'Sở Khoa học và Công nghệ',
  },
];

const contact = { name: 'Phòng Quản lý công nghệ', email: 'congnghe@example.vn', phone: '0277 3851 234' };

type Seed = {
  kind: 'technology' | 'equipment';
  title: string;
  summary: string;
  sector: string;
  trl: number;
  ipStatus: string;
  transferModes: string[];
  price: { amountVnd: string } | { negotiable: true };
  province: string;
  owner: string;
  keywords: string[];
};

export const offerSeeds: Seed[] = [
  {
    kind: 'technology',
    title: 'Máy sấy nông sản năng lượng mặt trời',
    summary:
      'Hệ thống sấy lúa, xoài, khoai lang bằng năng lượng mặt trời kết hợp bơm nhiệt, giảm 40% chi phí điện so với sấy truyền thống.',
    sector: 'agri',
    trl: 7,
    ipStatus: 'utility_solution',
    transferModes: ['licence', 'turnkey'],
    price: { amountVnd: '185000000' },
    province: '82',
    owner: 'org-3',
    keywords: ['sấy', 'năng lượng mặt trời', 'nông sản'],
  },
  {
    kind: 'equipment',
    title: 'Máy sấy tầng sôi công suất 500 kg/mẻ',
    summary: 'Máy sấy tầng sôi đã qua sử dụng, phù hợp sấy hạt giống và nông sản dạng hạt, còn hoạt động tốt.',
    sector: 'mech',
    trl: 9,
    ipStatus: 'none',
    transferModes: ['assignment'],
    price: { amountVnd: '320000000' },
    province: '82',
    owner: 'org-1',
    keywords: ['máy sấy', 'tầng sôi'],
  },
  {
    kind: 'technology',
    title: 'Quy trình xử lý nước thải ao nuôi cá tra bằng chế phẩm sinh học',
    summary: 'Chế phẩm vi sinh bản địa giúp giảm 60% bùn đáy và khí độc trong ao nuôi cá tra thâm canh.',
    sector: 'aqua',
    trl: 6,
    ipStatus: 'pending_application',
    transferModes: ['licence', 'consulting_training'],
    price: { negotiable: true },
    province: '86',
    owner: 'org-3',
    keywords: ['cá tra', 'xử lý nước thải', 'vi sinh'],
  },
  {
    kind: 'technology',
    title: 'Hệ thống tưới tiết kiệm nước điều khiển qua điện thoại',
    summary: 'Cảm biến độ ẩm đất và bộ điều khiển IoT cho vườn cây ăn trái, giảm 30% lượng nước tưới.',
    sector: 'ict',
    trl: 8,
    ipStatus: 'granted_patent',
    transferModes: ['licence', 'joint_venture'],
    price: { amountVnd: '45000000' },
    province: '92',
    owner: 'org-1',
    keywords: ['tưới', 'IoT'],
  },
];

export const needs = [
  {
    title: 'Cần công nghệ sấy xoài giữ màu tự nhiên',
    problem: 'Hợp tác xã cần thiết bị sấy xoài sản lượng 2 tấn/ngày, giữ màu và hương vị, chi phí vận hành thấp.',
    sector: 'agri',
    desiredTrl: 7,
    budgetMinVnd: '200000000',
    budgetMaxVnd: '500000000',
    province: '82',
    requester: 'org-2',
  },
];

export const experts = [
  {
    fullName: 'Lê Minh Châu',
    academicTitle: 'TS.',
    organisation: 'org-3',
    fields: ['agri', 'energy'],
    keywords: ['sấy nông sản', 'năng lượng tái tạo'],
    biography: 'Nghiên cứu công nghệ sau thu hoạch và sấy nông sản bằng năng lượng tái tạo từ năm 2008.',
    province: '82',
  },
];

export const contactDefault = contact;
