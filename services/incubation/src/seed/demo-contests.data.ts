// The demo's idea contests and programmes: what an officer would type into the setup forms.
import { MY_HIEP_COMMUNE } from './demo-people.js';

export const CONTEST_FORM = [
  {
    key: 'problem',
    label: { vi: 'Vấn đề cần giải quyết', en: 'Problem' },
    type: 'textarea',
    required: true,
    maxLength: 4000,
  },
  {
    key: 'solution',
    label: { vi: 'Giải pháp và công nghệ', en: 'Solution and technology' },
    type: 'textarea',
    required: true,
    maxLength: 4000,
  },
  {
    key: 'customers',
    label: { vi: 'Khách hàng mục tiêu', en: 'Target customers' },
    type: 'textarea',
    required: true,
    maxLength: 2000,
  },
  {
    key: 'video',
    label: { vi: 'Video giới thiệu (nếu có)', en: 'Pitch video (optional)' },
    type: 'url',
    required: false,
    maxLength: 500,
  },
] as const;

export const CONTEST_AWARDS = [
  { rank: 1, title: { vi: 'Giải Nhất', en: 'First prize' }, prizeVnd: '30000000' },
  { rank: 2, title: { vi: 'Giải Nhì', en: 'Second prize' }, prizeVnd: '20000000' },
  { rank: 3, title: { vi: 'Giải Ba', en: 'Third prize' }, prizeVnd: '10000000' },
];

export const DEMO_CONTEST_2026 = {
  title: 'Cuộc thi Ý tưởng khởi nghiệp sáng tạo tỉnh Đồng Tháp năm 2026',
  year: 2026,
  description:
    'Cuộc thi thường niên tìm kiếm ý tưởng khởi nghiệp đổi mới sáng tạo, tổ chức từ vòng cấp xã đến vòng cấp tỉnh. Ba đội dẫn đầu vòng xã được chuyển tiếp lên vòng tỉnh.',
  eligibility: { maxTrl: 7 },
  rounds: [
    {
      level: 'commune' as const,
      localityCode: MY_HIEP_COMMUNE,
      title: 'Vòng sơ khảo xã Mỹ Hiệp',
      opensAt: '2026-09-01T00:00:00+07:00',
      closesAt: '2026-09-30T23:59:59+07:00',
      advanceCount: 3,
    },
    {
      level: 'province' as const,
      localityCode: '87',
      title: 'Vòng chung khảo cấp tỉnh',
      opensAt: '2026-10-15T00:00:00+07:00',
      closesAt: '2026-11-30T23:59:59+07:00',
      advanceCount: 0,
    },
  ],
};

export const DEMO_CONTEST_2027 = {
  title: 'Cuộc thi Ý tưởng khởi nghiệp thanh niên Đồng Tháp 2027',
  year: 2027,
  description: 'Dành cho các nhóm khởi nghiệp trẻ trong tỉnh; nhận hồ sơ trực tuyến.',
  eligibility: {},
  rounds: [
    {
      level: 'province' as const,
      localityCode: '87',
      title: 'Vòng tuyển chọn cấp tỉnh',
      opensAt: '2026-11-20T00:00:00+07:00',
      closesAt: '2027-12-31T23:59:59+07:00',
      advanceCount: 0,
    },
  ],
};

export const DEMO_PROGRAMME_2026 = {
  title: 'Chương trình ươm tạo khởi nghiệp đổi mới sáng tạo Đồng Tháp 2026',
  description: 'Mười tháng ươm tạo: cố vấn, kết nối nhà đầu tư, hỗ trợ sở hữu trí tuệ và thủ tục doanh nghiệp KH&CN.',
  callOpensAt: '2026-01-05T00:00:00+07:00',
  callClosesAt: '2026-02-15T23:59:59+07:00',
  seats: 12,
  cohort: { name: 'Khóa 1/2026', startsOn: '2026-03-01', endsOn: '2026-12-31' },
};

export const DEMO_PROGRAMME_2027 = {
  title: 'Chương trình ươm tạo khởi nghiệp Đồng Tháp 2027',
  description: 'Nhận hồ sơ cho khóa ươm tạo năm 2027.',
  callOpensAt: '2026-11-15T00:00:00+07:00',
  callClosesAt: '2027-12-31T23:59:59+07:00',
  seats: 15,
};

export const DEMO_MILESTONES = [
  {
    title: 'Hoàn thiện mô hình kinh doanh',
    description: 'Canvas mô hình kinh doanh và kế hoạch tài chính 12 tháng.',
    dueOn: '2026-05-31',
  },
  {
    title: 'Thử nghiệm sản phẩm với khách hàng',
    description: 'Ít nhất 10 khách hàng dùng thử, có biên bản góp ý.',
    dueOn: '2026-08-31',
  },
  {
    title: 'Hồ sơ gọi vốn vòng hạt giống',
    description: 'Bộ hồ sơ gọi vốn và buổi trình bày trước nhà đầu tư.',
    dueOn: '2026-12-15',
  },
];

/** Jurors besides the demo reviewers: a commune engineer and a bank's startup-programme officer. */
export const EXTRA_JURORS = [
  {
    userId: '01920000-0000-7000-8000-0000000000b4',
    displayName: 'KS. Dương Văn Lực',
    organisationId: '01920000-0000-7000-8000-000000000105',
    organisationName: 'UBND xã Mỹ Hiệp',
  },
  {
    userId: '01920000-0000-7000-8000-0000000000b5',
    displayName: 'ThS. Nguyễn Văn Tâm',
    organisationId: '01920000-0000-7000-8000-0000000001b5',
    organisationName: 'Ngân hàng TMCP Phát triển Mekong, chương trình khởi nghiệp',
  },
];
