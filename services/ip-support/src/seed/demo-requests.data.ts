// Demo requests for the first start: 44 requests across the seven rights and every stage — OCOP
// collective marks for co-operatives, one geographical indication, patents and utility solutions for
// research institutes, industrial designs for craft villages — with filings whose statutory deadlines
// (examination requests, office-action responses, renewals, annuities) fall due in the coming weeks.
// Dates are relative to the day the seed runs, so the demo always looks current.
import type { IpRightCode, SubjectKindCode } from '../reference/reference.schema.js';
import { DEMO_ORGS, DEMO_PEOPLE } from './demo-people.js';

/** Organisations that own seeded requests without a demo account of their own. */
export const SEED_ORGS = {
  senThapMuoi: { id: '01920000-0000-7000-8000-000000000201', name: 'Hợp tác xã Sen Tháp Mười' },
  quytHong: { id: '01920000-0000-7000-8000-000000000202', name: 'Hợp tác xã Quýt hồng Lai Vung' },
  chieuDinhYen: { id: '01920000-0000-7000-8000-000000000203', name: 'Làng nghề dệt chiếu Định Yên' },
  banhPhong: { id: '01920000-0000-7000-8000-000000000204', name: 'Cơ sở bánh phồng tôm Sa Giang' },
  hoaSaDec: { id: '01920000-0000-7000-8000-000000000205', name: 'Hợp tác xã Hoa kiểng Sa Đéc' },
  thuySan: { id: '01920000-0000-7000-8000-000000000206', name: 'Công ty CP Thủy sản Hồng Ngự' },
  myHiepCoop: { id: '01920000-0000-7000-8000-000000000207', name: 'Hợp tác xã Nông nghiệp Mỹ Hiệp' },
  gomLaiVung: { id: '01920000-0000-7000-8000-000000000208', name: 'Làng nghề gốm Lai Vung' },
  fruitInstitute: { id: '01920000-0000-7000-8000-000000000209', name: 'Trung tâm Nghiên cứu Cây ăn quả Đồng Tháp' },
} as const;

export type SeedOrgKey = keyof typeof SEED_ORGS | 'songHau' | 'caoLanh' | 'agriInstitute' | 'university';

export interface SeedRequester {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  roles: ('business' | 'researcher')[];
}

/** The person who files for each organisation (demo accounts where there is one). */
export function requesterOf(org: SeedOrgKey): SeedRequester {
  if (org === 'songHau') return { ...DEMO_PEOPLE.doanhnghiep, roles: ['business'] };
  if (org === 'caoLanh') return { ...DEMO_PEOPLE.doanhnghiep2, roles: ['business'] };
  if (org === 'agriInstitute') return { ...DEMO_PEOPLE.nhakhoahoc, roles: ['researcher'] };
  if (org === 'university')
    return {
      userId: '01920000-0000-7000-8000-0000000002a6',
      displayName: 'TS. Nguyễn Hữu Phước',
      organisationId: DEMO_ORGS.university.id,
      organisationName: DEMO_ORGS.university.name,
      roles: ['researcher'],
    };
  const o = SEED_ORGS[org];
  const names: Record<keyof typeof SEED_ORGS, string> = {
    senThapMuoi: 'Võ Thị Sen',
    quytHong: 'Lê Văn Quý',
    chieuDinhYen: 'Nguyễn Thị Chiếu',
    banhPhong: 'Trần Văn Phồng',
    hoaSaDec: 'Phan Thị Hoa',
    thuySan: 'Đỗ Minh Ngự',
    myHiepCoop: 'Huỳnh Văn Hiệp',
    gomLaiVung: 'Lâm Văn Gốm',
    fruitInstitute: 'ThS. Trương Thị Quả',
  };
  const index = Object.keys(SEED_ORGS).indexOf(org) + 1;
  return {
    userId: `01920000-0000-7000-8000-0000000003${String(index).padStart(2, '0')}`,
    displayName: names[org],
    organisationId: o.id,
    organisationName: o.name,
    roles: org === 'fruitInstitute' ? ['researcher'] : ['business'],
  };
}

/** A milestone `daysAgo` days before the seed runs (0 = today). */
export type SeedMilestone =
  | {
      kind:
        | 'formality_examination'
        | 'formality_accepted'
        | 'publication'
        | 'substantive_examination_requested'
        | 'substantive_examination';
      daysAgo: number;
    }
  | { kind: 'office_action'; daysAgo: number; responseInDays: number; note: string; answered?: number }
  | { kind: 'granted'; daysAgo: number; certificate: string }
  | { kind: 'refused'; daysAgo: number; reason: string };

export type SeedStage =
  | { at: 'submitted' }
  | { at: 'needs_info'; question: string }
  | { at: 'declined'; reason: string }
  | { at: 'withdrawn' }
  /** accepted, with the first `uploaded` mandatory items uploaded and the first `accepted` of them checked */
  | { at: 'accepted'; uploaded: number; accepted: number }
  | { at: 'dossier_complete' }
  | {
      at: 'filed';
      /** days before the seed run; long ago for renewals and annuities */
      filedDaysAgo: number;
      priorityDaysEarlier?: number;
      applicationNumber: string;
      territory?: 'domestic' | 'foreign';
      milestones: SeedMilestone[];
    };

export interface SeedRequest {
  org: SeedOrgKey;
  right: IpRightCode;
  subjectKind: SubjectKindCode;
  subjectTitle: string;
  description: string;
  niceClasses?: number[];
  claimCount?: number;
  designCount?: number;
  stage: SeedStage;
}

const Y = 365;
/** the usual walk of a mark to publication */
const markToPublication = (filed: number): SeedMilestone[] => [
  { kind: 'formality_examination', daysAgo: filed - 10 },
  { kind: 'formality_accepted', daysAgo: filed - 45 },
  { kind: 'publication', daysAgo: filed - 75 },
];
const markToGrant = (filed: number, granted: number, certificate: string): SeedMilestone[] => [
  ...markToPublication(filed),
  { kind: 'substantive_examination', daysAgo: filed - 80 },
  { kind: 'granted', daysAgo: granted, certificate },
];
const inventionToPublication = (filed: number, requested: number, published: number): SeedMilestone[] => [
  { kind: 'formality_examination', daysAgo: filed - 15 },
  { kind: 'formality_accepted', daysAgo: filed - 60 },
  { kind: 'substantive_examination_requested', daysAgo: requested },
  { kind: 'publication', daysAgo: published },
];

export const DEMO_REQUESTS: readonly SeedRequest[] = [
  // ---- OCOP collective marks for co-operatives ----
  {
    org: 'caoLanh',
    right: 'collective_mark',
    subjectKind: 'ocop_product',
    subjectTitle: 'Xoài sấy dẻo Cao Lãnh (OCOP 4 sao)',
    description: 'Nhãn hiệu tập thể cho xoài sấy dẻo của các thành viên hợp tác xã, phục vụ xuất khẩu.',
    niceClasses: [29],
    stage: { at: 'filed', filedDaysAgo: 120, applicationNumber: '4-2026-18231', milestones: markToPublication(120) },
  },
  {
    org: 'senThapMuoi',
    right: 'collective_mark',
    subjectKind: 'ocop_product',
    subjectTitle: 'Trà tim sen Tháp Mười',
    description: 'Nhãn hiệu tập thể cho trà tim sen của hợp tác xã, sản phẩm OCOP 3 sao.',
    niceClasses: [30],
    stage: {
      at: 'filed',
      filedDaysAgo: 70,
      applicationNumber: '4-2026-21877',
      milestones: [
        { kind: 'formality_examination', daysAgo: 60 },
        {
          kind: 'office_action',
          daysAgo: 50,
          responseInDays: 60,
          note: 'Yêu cầu sửa đổi quy chế sử dụng nhãn hiệu tập thể',
        },
      ],
    },
  },
  {
    org: 'quytHong',
    right: 'collective_mark',
    subjectKind: 'ocop_product',
    subjectTitle: 'Quýt hồng Lai Vung',
    description: 'Nhãn hiệu tập thể cho quýt hồng tươi của các hộ thành viên.',
    niceClasses: [31],
    stage: {
      at: 'filed',
      filedDaysAgo: 2 * Y + 40,
      applicationNumber: '4-2024-30112',
      milestones: markToGrant(2 * Y + 40, 30, '4-0521877-000'),
    },
  },
  {
    org: 'myHiepCoop',
    right: 'collective_mark',
    subjectKind: 'ocop_product',
    subjectTitle: 'Gạo hữu cơ Mỹ Hiệp',
    description: 'Nhãn hiệu tập thể cho gạo hữu cơ, sản phẩm OCOP 3 sao của xã Mỹ Hiệp.',
    niceClasses: [30],
    stage: { at: 'accepted', uploaded: 3, accepted: 2 },
  },
  {
    org: 'hoaSaDec',
    right: 'collective_mark',
    subjectKind: 'ocop_product',
    subjectTitle: 'Hoa kiểng Sa Đéc',
    description: 'Nhãn hiệu tập thể cho hoa kiểng của làng hoa Sa Đéc.',
    niceClasses: [31, 44],
    stage: { at: 'dossier_complete' },
  },
  {
    org: 'caoLanh',
    right: 'collective_mark',
    subjectKind: 'ocop_product',
    subjectTitle: 'Nước ép xoài Cao Lãnh',
    description: 'Nhãn hiệu tập thể cho sản phẩm nước ép xoài mới của hợp tác xã.',
    niceClasses: [32],
    stage: { at: 'needs_info', question: 'Đề nghị bổ sung danh sách thành viên và dự thảo quy chế sử dụng nhãn hiệu.' },
  },
  {
    org: 'senThapMuoi',
    right: 'collective_mark',
    subjectKind: 'ocop_product',
    subjectTitle: 'Hạt sen sấy Tháp Mười',
    description: 'Nhãn hiệu tập thể cho hạt sen sấy giòn.',
    niceClasses: [29],
    stage: { at: 'submitted' },
  },
  // ---- certification marks ----
  {
    org: 'myHiepCoop',
    right: 'certification_mark',
    subjectKind: 'product',
    subjectTitle: 'Chứng nhận lúa gạo an toàn Mỹ Hiệp',
    description: 'Nhãn hiệu chứng nhận chất lượng lúa gạo canh tác theo quy trình an toàn của xã.',
    niceClasses: [30, 31],
    stage: { at: 'filed', filedDaysAgo: 200, applicationNumber: '4-2026-09412', milestones: markToPublication(200) },
  },
  {
    org: 'hoaSaDec',
    right: 'certification_mark',
    subjectKind: 'product',
    subjectTitle: 'Chứng nhận hoa kiểng đạt chuẩn Sa Đéc',
    description: 'Nhãn hiệu chứng nhận cho hoa kiểng đạt tiêu chuẩn chất lượng của hợp tác xã.',
    niceClasses: [31],
    stage: { at: 'submitted' },
  },
  // ---- one geographical indication ----
  {
    org: 'senThapMuoi',
    right: 'geographical_indication',
    subjectKind: 'product',
    subjectTitle: 'Sen Đồng Tháp',
    description:
      'Chỉ dẫn địa lý cho sản phẩm sen (hạt, ngó, tim sen) của vùng Đồng Tháp Mười, do UBND tỉnh cho phép nộp đơn.',
    stage: {
      at: 'filed',
      filedDaysAgo: 95,
      applicationNumber: '6-2026-00007',
      milestones: [
        { kind: 'formality_examination', daysAgo: 85 },
        {
          kind: 'office_action',
          daysAgo: 40,
          responseInDays: 60,
          note: 'Bổ sung bản đồ khu vực địa lý có tỷ lệ phù hợp',
        },
      ],
    },
  },
  // ---- trademarks ----
  {
    org: 'songHau',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Gạo thơm Sông Hậu ST25',
    description: 'Nhãn hiệu cho dòng gạo thơm đóng túi của công ty.',
    niceClasses: [30],
    // filed almost ten years ago: the renewal falls due in the coming weeks
    stage: {
      at: 'filed',
      filedDaysAgo: 10 * Y - 18,
      applicationNumber: '4-2017-00981',
      milestones: markToGrant(10 * Y - 18, 8 * Y, '4-0301122-000'),
    },
  },
  {
    org: 'songHau',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Bột gạo lứt Sông Hậu',
    description: 'Nhãn hiệu cho sản phẩm bột gạo lứt dinh dưỡng.',
    niceClasses: [30, 5],
    stage: {
      at: 'filed',
      filedDaysAgo: 300,
      applicationNumber: '4-2026-02315',
      milestones: [
        ...markToPublication(300),
        { kind: 'substantive_examination', daysAgo: 200 },
        { kind: 'office_action', daysAgo: 52, responseInDays: 60, note: 'Dự định từ chối một phần nhóm 5' },
      ],
    },
  },
  {
    org: 'songHau',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Snack gạo Sông Hậu Crispy',
    description: 'Nhãn hiệu cho dòng snack gạo mới.',
    niceClasses: [30],
    stage: { at: 'accepted', uploaded: 2, accepted: 1 },
  },
  {
    org: 'thuySan',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Cá tra phi lê Hồng Ngự Fresh',
    description: 'Nhãn hiệu cho cá tra phi lê đông lạnh xuất khẩu.',
    niceClasses: [29],
    stage: {
      at: 'filed',
      filedDaysAgo: 180,
      priorityDaysEarlier: 90,
      applicationNumber: '4-2026-11870',
      territory: 'foreign',
      milestones: markToPublication(180),
    },
  },
  {
    org: 'thuySan',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Mắm cá linh Hồng Ngự',
    description: 'Nhãn hiệu cho sản phẩm mắm cá linh truyền thống.',
    niceClasses: [29],
    stage: {
      at: 'filed',
      filedDaysAgo: 3 * Y,
      applicationNumber: '4-2023-14402',
      milestones: markToGrant(3 * Y, Y + 100, '4-0467730-000'),
    },
  },
  {
    org: 'banhPhong',
    right: 'trademark',
    subjectKind: 'ocop_product',
    subjectTitle: 'Bánh phồng tôm Sa Giang xưa',
    description: 'Nhãn hiệu cho dòng bánh phồng tôm đặc sản, sản phẩm OCOP 4 sao.',
    niceClasses: [30],
    stage: { at: 'dossier_complete' },
  },
  {
    org: 'banhPhong',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Bánh phồng cá thác lác Sa Giang',
    description: 'Nhãn hiệu cho bánh phồng cá thác lác.',
    niceClasses: [30],
    stage: {
      at: 'declined',
      reason:
        'Nhãn hiệu trùng với nhãn hiệu đã được bảo hộ của chính cơ sở; đề nghị mở rộng danh mục thay vì nộp đơn mới.',
    },
  },
  {
    org: 'quytHong',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Mứt quýt hồng Lai Vung',
    description: 'Nhãn hiệu cho mứt quýt của hợp tác xã.',
    niceClasses: [29, 30],
    stage: { at: 'submitted' },
  },
  {
    org: 'caoLanh',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Xoài Cao Lãnh Premium',
    description: 'Nhãn hiệu riêng của hợp tác xã cho xoài tươi đóng hộp quà tặng.',
    niceClasses: [31],
    stage: { at: 'withdrawn' },
  },
  {
    org: 'gomLaiVung',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Gốm đỏ Lai Vung',
    description: 'Nhãn hiệu cho sản phẩm gốm đỏ thủ công.',
    niceClasses: [21],
    stage: {
      at: 'filed',
      filedDaysAgo: 420,
      applicationNumber: '4-2025-27754',
      milestones: [
        ...markToPublication(420),
        { kind: 'substantive_examination', daysAgo: 300 },
        { kind: 'refused', daysAgo: 60, reason: 'Tương tự gây nhầm lẫn với nhãn hiệu đã đăng ký trước cho nhóm 21.' },
      ],
    },
  },
  {
    org: 'hoaSaDec',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Sa Đéc Flower Garden',
    description: 'Nhãn hiệu cho dịch vụ tham quan vườn hoa.',
    niceClasses: [39, 41],
    stage: {
      at: 'needs_info',
      question: 'Đề nghị làm rõ dịch vụ du lịch do hợp tác xã trực tiếp cung cấp hay liên kết.',
    },
  },
  {
    org: 'myHiepCoop',
    right: 'trademark',
    subjectKind: 'product',
    subjectTitle: 'Nếp cái hoa vàng Mỹ Hiệp',
    description: 'Nhãn hiệu cho nếp cái hoa vàng của hợp tác xã.',
    niceClasses: [30],
    stage: { at: 'accepted', uploaded: 0, accepted: 0 },
  },
  // ---- patents for research institutes ----
  {
    org: 'agriInstitute',
    right: 'patent',
    subjectKind: 'technology',
    subjectTitle: 'Chế phẩm vi sinh phân giải rơm rạ tại ruộng',
    description: 'Chủng vi sinh vật và quy trình xử lý rơm rạ sau thu hoạch ngay tại ruộng, giảm đốt đồng.',
    claimCount: 12,
    // filed 41 months and a half ago: the request for substantive examination (42 months) is due soon
    stage: {
      at: 'filed',
      filedDaysAgo: 1262,
      applicationNumber: '1-2023-04518',
      milestones: [
        { kind: 'formality_examination', daysAgo: 1250 },
        { kind: 'formality_accepted', daysAgo: 1190 },
        { kind: 'publication', daysAgo: 700 },
      ],
    },
  },
  {
    org: 'agriInstitute',
    right: 'patent',
    subjectKind: 'technology',
    subjectTitle: 'Quy trình nhân giống sen bằng nuôi cấy mô',
    description: 'Quy trình nuôi cấy mô tạo cây sen giống sạch bệnh với hệ số nhân cao.',
    claimCount: 8,
    stage: {
      at: 'filed',
      filedDaysAgo: 900,
      priorityDaysEarlier: 200,
      applicationNumber: '1-2024-01277',
      milestones: [
        ...inventionToPublication(900, 400, 340),
        { kind: 'substantive_examination', daysAgo: 300 },
        { kind: 'office_action', daysAgo: 80, responseInDays: 90, note: 'Yêu cầu giải trình tính sáng tạo của điểm 1' },
      ],
    },
  },
  {
    org: 'agriInstitute',
    right: 'patent',
    subjectKind: 'technology',
    subjectTitle: 'Thiết bị sấy lúa tầng sôi tiết kiệm năng lượng',
    description: 'Thiết bị sấy lúa kiểu tầng sôi dùng nhiệt từ trấu, tiết kiệm 30% năng lượng.',
    claimCount: 10,
    // granted years ago: the yearly annuity falls due on the filing anniversary in the coming weeks
    stage: {
      at: 'filed',
      filedDaysAgo: 6 * Y - 14,
      applicationNumber: '1-2021-00733',
      milestones: [
        ...inventionToPublication(6 * Y - 14, 5 * Y, 5 * Y - 100),
        { kind: 'substantive_examination', daysAgo: 4 * Y },
        { kind: 'granted', daysAgo: 3 * Y, certificate: '1-0038841-000' },
      ],
    },
  },
  {
    org: 'university',
    right: 'patent',
    subjectKind: 'technology',
    subjectTitle: 'Phương pháp phát hiện nhanh dư lượng thuốc trừ sâu trên rau',
    description: 'Bộ kit và phương pháp so màu phát hiện dư lượng lân hữu cơ trong 15 phút.',
    claimCount: 9,
    stage: { at: 'accepted', uploaded: 4, accepted: 3 },
  },
  {
    org: 'university',
    right: 'patent',
    subjectKind: 'technology',
    subjectTitle: 'Vật liệu hấp phụ từ vỏ trấu biến tính',
    description: 'Vật liệu hấp phụ kim loại nặng trong nước chế tạo từ vỏ trấu.',
    claimCount: 7,
    stage: {
      at: 'filed',
      filedDaysAgo: 1500,
      applicationNumber: '1-2022-05590',
      milestones: [
        ...inventionToPublication(1500, 1100, 950),
        { kind: 'substantive_examination', daysAgo: 900 },
        { kind: 'refused', daysAgo: 120, reason: 'Không đáp ứng tính mới so với tài liệu đối chứng D1.' },
      ],
    },
  },
  {
    org: 'fruitInstitute',
    right: 'patent',
    subjectKind: 'technology',
    subjectTitle: 'Màng bao trái xoài sinh học chống ruồi đục quả',
    description: 'Màng bao trái phân hủy sinh học có chất xua côn trùng tự nhiên.',
    claimCount: 6,
    stage: { at: 'submitted' },
  },
  {
    org: 'fruitInstitute',
    right: 'patent',
    subjectKind: 'technology',
    subjectTitle: 'Quy trình xử lý ra hoa nghịch vụ cho quýt hồng',
    description: 'Quy trình điều khiển ra hoa quýt hồng trái vụ bằng chế độ tưới và dinh dưỡng.',
    claimCount: 5,
    stage: { at: 'dossier_complete' },
  },
  // ---- utility solutions ----
  {
    org: 'agriInstitute',
    right: 'utility_solution',
    subjectKind: 'technology',
    subjectTitle: 'Máy bóc vỏ hạt sen bán tự động',
    description: 'Máy bóc vỏ hạt sen tươi năng suất 40 kg/giờ cho hộ sản xuất nhỏ.',
    claimCount: 4,
    // filed 35 months and a half ago: the request for substantive examination (36 months) is due soon
    stage: {
      at: 'filed',
      filedDaysAgo: 1081,
      applicationNumber: '2-2023-00412',
      milestones: [
        { kind: 'formality_examination', daysAgo: 1070 },
        { kind: 'formality_accepted', daysAgo: 1020 },
        { kind: 'publication', daysAgo: 990 },
      ],
    },
  },
  {
    org: 'songHau',
    right: 'utility_solution',
    subjectKind: 'technology',
    subjectTitle: 'Hệ thống đánh bóng gạo bằng hơi nước',
    description: 'Giải pháp đánh bóng gạo bằng hơi nước giảm gãy hạt.',
    claimCount: 3,
    stage: {
      at: 'filed',
      filedDaysAgo: 500,
      applicationNumber: '2-2025-00188',
      milestones: [
        ...inventionToPublication(500, 450, 380),
        { kind: 'substantive_examination', daysAgo: 200 },
        { kind: 'office_action', daysAgo: 55, responseInDays: 60, note: 'Yêu cầu sửa đổi yêu cầu bảo hộ' },
      ],
    },
  },
  {
    org: 'university',
    right: 'utility_solution',
    subjectKind: 'technology',
    subjectTitle: 'Bẫy đèn năng lượng mặt trời bắt rầy nâu',
    description: 'Bẫy đèn dùng pin mặt trời, tự bật theo cảm biến ánh sáng.',
    claimCount: 3,
    stage: {
      at: 'filed',
      filedDaysAgo: 4 * Y - 20,
      applicationNumber: '2-2022-00305',
      milestones: [
        ...inventionToPublication(4 * Y - 20, 3 * Y, 3 * Y - 60),
        { kind: 'substantive_examination', daysAgo: 3 * Y - 120 },
        { kind: 'granted', daysAgo: 2 * Y, certificate: '2-0002981-000' },
      ],
    },
  },
  {
    org: 'myHiepCoop',
    right: 'utility_solution',
    subjectKind: 'technology',
    subjectTitle: 'Giàn phơi lúa di động có mái che',
    description: 'Giàn phơi lúa gấp gọn, có mái che mưa tự động.',
    claimCount: 2,
    stage: { at: 'submitted' },
  },
  {
    org: 'fruitInstitute',
    right: 'utility_solution',
    subjectKind: 'technology',
    subjectTitle: 'Dụng cụ thu hoạch xoài trên cao',
    description: 'Dụng cụ cắt và hứng trái xoài trên cao không làm dập trái.',
    claimCount: 3,
    stage: { at: 'accepted', uploaded: 5, accepted: 5 },
  },
  {
    org: 'thuySan',
    right: 'utility_solution',
    subjectKind: 'technology',
    subjectTitle: 'Bể lọc tuần hoàn cho ao ương cá tra giống',
    description: 'Hệ thống lọc sinh học tuần hoàn giảm thay nước ao ương.',
    claimCount: 4,
    stage: { at: 'declined', reason: 'Giải pháp đã được công bố công khai tại hội chợ năm 2024, không còn tính mới.' },
  },
  // ---- industrial designs for craft villages ----
  {
    org: 'chieuDinhYen',
    right: 'industrial_design',
    subjectKind: 'product',
    subjectTitle: 'Chiếu cói in hoa văn sen Định Yên',
    description: 'Kiểu dáng chiếu cói với hoa văn sen dệt nổi đặc trưng làng nghề.',
    designCount: 3,
    stage: {
      at: 'filed',
      filedDaysAgo: 150,
      applicationNumber: '3-2026-00921',
      milestones: [
        { kind: 'formality_examination', daysAgo: 140 },
        { kind: 'formality_accepted', daysAgo: 100 },
        { kind: 'publication', daysAgo: 70 },
      ],
    },
  },
  {
    org: 'chieuDinhYen',
    right: 'industrial_design',
    subjectKind: 'product',
    subjectTitle: 'Túi xách cói Định Yên',
    description: 'Kiểu dáng túi xách đan từ cói nhuộm màu tự nhiên.',
    designCount: 2,
    stage: {
      at: 'filed',
      filedDaysAgo: 60,
      applicationNumber: '3-2026-01544',
      milestones: [
        { kind: 'formality_examination', daysAgo: 50 },
        { kind: 'office_action', daysAgo: 45, responseInDays: 60, note: 'Bộ ảnh thiếu hình chiếu từ trên xuống' },
      ],
    },
  },
  {
    org: 'gomLaiVung',
    right: 'industrial_design',
    subjectKind: 'product',
    subjectTitle: 'Lu gốm đỏ dáng bầu Lai Vung',
    description: 'Kiểu dáng lu gốm dáng bầu trang trí khắc vạch.',
    designCount: 4,
    stage: {
      at: 'filed',
      filedDaysAgo: 2 * Y,
      applicationNumber: '3-2024-01190',
      milestones: [
        { kind: 'formality_examination', daysAgo: 2 * Y - 10 },
        { kind: 'formality_accepted', daysAgo: 2 * Y - 40 },
        { kind: 'publication', daysAgo: 2 * Y - 70 },
        { kind: 'substantive_examination', daysAgo: 2 * Y - 90 },
        { kind: 'granted', daysAgo: Y + 30, certificate: '3-0031205-000' },
      ],
    },
  },
  {
    org: 'banhPhong',
    right: 'industrial_design',
    subjectKind: 'product',
    subjectTitle: 'Hộp quà bánh phồng hình thuyền',
    description: 'Kiểu dáng hộp quà tặng hình chiếc xuồng ba lá.',
    designCount: 1,
    stage: { at: 'accepted', uploaded: 1, accepted: 0 },
  },
  {
    org: 'hoaSaDec',
    right: 'industrial_design',
    subjectKind: 'product',
    subjectTitle: 'Chậu hoa gốm nhiều tầng Sa Đéc',
    description: 'Kiểu dáng chậu hoa xếp tầng dùng cho hoa kiểng ban công.',
    designCount: 2,
    stage: { at: 'needs_info', question: 'Đề nghị gửi ảnh chụp đủ 6 hình chiếu của sản phẩm.' },
  },
  {
    org: 'chieuDinhYen',
    right: 'industrial_design',
    subjectKind: 'product',
    subjectTitle: 'Thảm trải bàn cói hoa văn lúa',
    description: 'Kiểu dáng thảm trải bàn dệt cói hoa văn bông lúa.',
    designCount: 2,
    stage: { at: 'submitted' },
  },
  {
    org: 'gomLaiVung',
    right: 'industrial_design',
    subjectKind: 'product',
    subjectTitle: 'Bộ ấm chén gốm Lai Vung men rạn',
    description: 'Kiểu dáng bộ ấm chén gốm đỏ phủ men rạn.',
    designCount: 3,
    stage: { at: 'dossier_complete' },
  },
  {
    org: 'quytHong',
    right: 'industrial_design',
    subjectKind: 'product',
    subjectTitle: 'Giỏ quà quýt hồng đan lục bình',
    description: 'Kiểu dáng giỏ quà đan lục bình dùng cho quýt hồng dịp Tết.',
    designCount: 1,
    stage: {
      at: 'filed',
      filedDaysAgo: 30,
      applicationNumber: '3-2026-02210',
      milestones: [{ kind: 'formality_examination', daysAgo: 20 }],
    },
  },
];
