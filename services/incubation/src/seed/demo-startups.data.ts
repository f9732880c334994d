// Demo startups of Đồng Tháp: twelve in the 2026 cohort (agritech, OCOP processing, aquaculture, IT,
// education), and four more who took part in the idea contest only. KPIs grow from `base` by `growth`
// per month (deterministic), so the cohort dashboard shows believable curves.
import { MY_HIEP_COMMUNE } from './demo-people.js';

export interface DemoStartup {
  key: string;
  name: string;
  /** the demo account that owns it (khoinghiep, khoinghiep2) or a made-up founder */
  owner: { username?: 'khoinghiep' | 'khoinghiep2'; name: string; n: number };
  stage: 'idea' | 'prototype' | 'early_revenue' | 'growth';
  sectorCode: 'agritech' | 'ocop' | 'aquaculture' | 'it' | 'education';
  trl: number;
  communeCode: string;
  summary: string;
  traction: string;
  team: [string, 'founder' | 'co_founder' | 'ceo' | 'cto' | 'member' | 'advisor'][];
  inCohort: boolean;
  /** monthly revenue (VND) in the first KPI month, and growth per month */
  kpi: { revenue: number; growth: number; users: number; jobs: number; fundingMonth?: number; funding?: number };
  publish: boolean;
}

export const DEMO_STARTUPS: DemoStartup[] = [
  {
    key: 'sen-hong',
    name: 'Sen Hồng AgriTech',
    owner: { username: 'khoinghiep', name: 'Lê Hoàng Nam', n: 31 },
    stage: 'early_revenue',
    sectorCode: 'agritech',
    trl: 6,
    communeCode: MY_HIEP_COMMUNE,
    summary: 'Cảm biến độ ẩm đất và bộ điều khiển tưới nhỏ giọt qua điện thoại cho vườn xoài, sầu riêng.',
    traction: '42 nhà vườn ở Mỹ Hiệp, Cao Lãnh dùng trả phí; hợp đồng với 2 hợp tác xã.',
    team: [
      ['Lê Hoàng Nam', 'founder'],
      ['Trần Minh Tú', 'cto'],
      ['Ngô Thị Hạnh', 'member'],
    ],
    inCohort: true,
    kpi: { revenue: 38_000_000, growth: 0.09, users: 24, jobs: 3, fundingMonth: 6, funding: 1_500_000_000 },
    publish: true,
  },
  {
    key: 'mekong-edu',
    name: 'Mekong EduTech',
    owner: { username: 'khoinghiep2', name: 'Võ Ngọc Trâm', n: 32 },
    stage: 'prototype',
    sectorCode: 'education',
    trl: 5,
    communeCode: '29869',
    summary: 'Ứng dụng luyện đọc tiếng Việt và tiếng Anh cho học sinh tiểu học vùng nông thôn, dùng được khi mất mạng.',
    traction: '6 trường tiểu học thí điểm, 1.800 học sinh dùng hằng tuần.',
    team: [
      ['Võ Ngọc Trâm', 'founder'],
      ['Phan Quốc Bảo', 'cto'],
    ],
    inCohort: true,
    kpi: { revenue: 8_000_000, growth: 0.12, users: 900, jobs: 2 },
    publish: true,
  },
  ...[
    [
      'xoai-say',
      'Xoài sấy dẻo Cao Lãnh',
      'ocop',
      'early_revenue',
      5,
      'Xoài cát Hòa Lộc sấy dẻo không đường, đạt OCOP 4 sao.',
      'Bán tại 35 cửa hàng đặc sản, xuất mẫu sang Hàn Quốc.',
      55_000_000,
      0.05,
      120,
      6,
    ],
    [
      'nam-linh-chi',
      'Nấm linh chi Sa Đéc',
      'ocop',
      'early_revenue',
      5,
      'Trồng và chế biến nấm linh chi đỏ thành trà túi lọc, cao nấm.',
      'Đạt OCOP 3 sao; 2 nhà phân phối ở TP.HCM.',
      30_000_000,
      0.06,
      80,
      4,
    ],
    [
      'sen-dong-thap',
      'Trà sen Đồng Tháp Mười',
      'ocop',
      'growth',
      6,
      'Trà tim sen, trà ướp hoa sen Tháp Mười đóng gói cho khách du lịch.',
      'Doanh thu ổn định, bán trên sàn thương mại điện tử.',
      90_000_000,
      0.03,
      400,
      9,
    ],
    [
      'tom-tuan-hoan',
      'Tôm sạch tuần hoàn Hồng Ngự',
      'aquaculture',
      'prototype',
      4,
      'Mô hình nuôi tôm càng xanh tuần hoàn nước, giảm 60% nước thay.',
      'Ao thử nghiệm 2.000 m², vụ đầu đạt năng suất cao hơn 30%.',
      15_000_000,
      0.1,
      10,
      3,
    ],
    [
      'ca-tra-giong',
      'Cá tra giống sạch bệnh Tân Hồng',
      'aquaculture',
      'early_revenue',
      6,
      'Sản xuất cá tra giống kiểm soát bệnh bằng xét nghiệm PCR nhanh.',
      'Cung cấp giống cho 15 hộ nuôi.',
      70_000_000,
      0.04,
      15,
      7,
    ],
    [
      'drone-lua',
      'Drone phun thuốc lúa Tháp Mười',
      'agritech',
      'early_revenue',
      7,
      'Dịch vụ phun thuốc, bón phân bằng drone theo bản đồ ruộng.',
      '1.200 ha/vụ, đội 4 drone.',
      120_000_000,
      0.05,
      300,
      8,
    ],
    [
      'phan-huu-co',
      'Phân hữu cơ vi sinh từ bèo tây',
      'agritech',
      'prototype',
      4,
      'Ủ bèo tây và phụ phẩm lúa thành phân hữu cơ vi sinh.',
      'Thử nghiệm trên 20 ha lúa, giảm 25% phân hóa học.',
      12_000_000,
      0.11,
      40,
      3,
    ],
    [
      'cho-nong-san',
      'Chợ nông sản số Đồng Tháp',
      'it',
      'early_revenue',
      6,
      'Sàn kết nối hợp tác xã với bếp ăn trường học và nhà hàng.',
      '80 hợp tác xã, 45 bếp ăn đặt hàng hằng tuần.',
      25_000_000,
      0.1,
      600,
      5,
    ],
    [
      'qr-truy-xuat',
      'Truy xuất nguồn gốc bằng QR cho HTX',
      'it',
      'prototype',
      5,
      'Tem QR truy xuất nguồn gốc và nhật ký canh tác điện tử cho hợp tác xã.',
      '12 hợp tác xã dùng thử.',
      6_000_000,
      0.14,
      150,
      2,
    ],
    [
      'stem-que',
      'STEM cho trẻ em miền quê',
      'education',
      'early_revenue',
      5,
      'Bộ học cụ STEM và câu lạc bộ cuối tuần cho học sinh THCS.',
      '14 câu lạc bộ ở 5 huyện.',
      20_000_000,
      0.07,
      350,
      4,
    ],
  ].map(
    ([key, name, sectorCode, stage, trl, summary, traction, revenue, growth, users, jobs], i): DemoStartup => ({
      key: key as string,
      name: name as string,
      owner: { name: `Nhà sáng lập ${name as string}`, n: 101 + i },
      stage: stage as DemoStartup['stage'],
      sectorCode: sectorCode as DemoStartup['sectorCode'],
      trl: trl as number,
      communeCode: ['29869', '30010', '29950', '30139', '30307'][i % 5] as string,
      summary: summary as string,
      traction: traction as string,
      team: [
        [`Nhà sáng lập ${name as string}`, 'founder'],
        ['Thành viên kỹ thuật', 'cto'],
      ],
      inCohort: true,
      kpi: { revenue: revenue as number, growth: growth as number, users: users as number, jobs: jobs as number },
      publish: i % 3 !== 2,
    }),
  ),
  // the commune round of Mỹ Hiệp also had these teams (not in the cohort)
  ...[
    [
      'banh-phong',
      'Bánh phồng tôm Mỹ Hiệp',
      'ocop',
      'idea',
      2,
      'Bánh phồng tôm nướng không dầu.',
      'Đang thử công thức.',
    ],
    [
      'robot-cho-ca',
      'Máy cho cá ăn tự động',
      'aquaculture',
      'prototype',
      3,
      'Máy cho cá ăn hẹn giờ chạy năng lượng mặt trời.',
      'Mẫu đầu tiên chạy 2 tháng.',
    ],
    [
      'du-lich-vuon',
      'Du lịch vườn xoài Mỹ Hiệp',
      'agritech',
      'idea',
      2,
      'Tour trải nghiệm hái xoài, học làm nông cho học sinh thành phố.',
      '3 đoàn khách thử.',
    ],
    [
      'sach-noi',
      'Sách nói cho người cao tuổi',
      'education',
      'idea',
      1,
      'Thư viện sách nói tiếng Việt phát qua loa thông minh.',
      'Chưa có.',
    ],
  ].map(
    ([key, name, sectorCode, stage, trl, summary, traction], i): DemoStartup => ({
      key: key as string,
      name: name as string,
      owner: { name: `Trưởng nhóm ${name as string}`, n: 201 + i },
      stage: stage as DemoStartup['stage'],
      sectorCode: sectorCode as DemoStartup['sectorCode'],
      trl: trl as number,
      communeCode: MY_HIEP_COMMUNE,
      summary: summary as string,
      traction: traction as string,
      team: [[`Trưởng nhóm ${name as string}`, 'founder']],
      inCohort: false,
      kpi: { revenue: 0, growth: 0, users: 0, jobs: 0 },
      publish: false,
    }),
  ),
];

/** Made-up founder accounts and organisations for the teams without a demo login. */
export function founderIds(owner: DemoStartup['owner']) {
  const n = String(owner.n).padStart(3, '0');
  return {
    userId: `01920000-0000-7000-8000-00000a000${n}`,
    organisationId: `01920000-0000-7000-8000-00000b000${n}`,
  };
}
