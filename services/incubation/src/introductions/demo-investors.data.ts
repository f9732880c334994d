// Demo investors (names are invented for the demo) and introductions in every state. The account
// `nhadautu` answers for the Mekong fund; the others are answered by the officer on their behalf.
import type { IntroductionState } from './introduction-lifecycle.js';
import type { InvestorInput } from './introduction.schema.js';

export const DEMO_INVESTOR_USER_ID = '01920000-0000-7000-8000-000000000051';

export interface DemoInvestor {
  key: string;
  input: Omit<InvestorInput, 'ticketMinVnd' | 'ticketMaxVnd'> & { ticketMinVnd: bigint; ticketMaxVnd: bigint };
}

export const DEMO_INVESTORS: readonly DemoInvestor[] = [
  {
    key: 'mekong-fund',
    input: {
      name: 'Quỹ Đầu tư Khởi nghiệp Mekong',
      kind: 'fund',
      description:
        'Quỹ đầu tư giai đoạn hạt giống cho khởi nghiệp nông nghiệp công nghệ và thủy sản vùng Đồng bằng sông Cửu Long.',
      sectorCodes: ['agritech', 'aquaculture', 'ocop'],
      stages: ['prototype', 'early_revenue'],
      ticketMinVnd: 500_000_000n,
      ticketMaxVnd: 5_000_000_000n,
      website: null,
      userId: DEMO_INVESTOR_USER_ID,
      contact: { name: 'Trần Quốc Hùng', email: 'hung.tran@quymekong.example.vn', phone: '0903 111 222' },
      active: true,
    },
  },
  {
    key: 'angel-club',
    input: {
      name: 'Câu lạc bộ Nhà đầu tư thiên thần Sa Đéc',
      kind: 'angel',
      description: 'Nhóm doanh nhân địa phương đầu tư thiên thần và đồng hành với các nhóm khởi nghiệp trong tỉnh.',
      sectorCodes: ['ocop', 'education', 'it'],
      stages: ['idea', 'prototype'],
      ticketMinVnd: 100_000_000n,
      ticketMaxVnd: 1_000_000_000n,
      website: null,
      userId: null,
      contact: { name: 'Nguyễn Văn Phúc', email: 'phuc@angel-sadec.example.vn', phone: '0918 222 333' },
      active: true,
    },
  },
  {
    key: 'bank-programme',
    input: {
      name: 'Chương trình Đồng hành Khởi nghiệp — Ngân hàng TMCP Phương Nam Xanh',
      kind: 'bank_programme',
      description: 'Gói tín dụng ưu đãi và tư vấn tài chính cho doanh nghiệp khởi nghiệp đã có doanh thu.',
      sectorCodes: ['agritech', 'ocop', 'aquaculture', 'it', 'education'],
      stages: ['early_revenue', 'growth'],
      ticketMinVnd: 300_000_000n,
      ticketMaxVnd: 10_000_000_000n,
      website: null,
      userId: null,
      contact: { name: 'Phòng Khách hàng doanh nghiệp', email: 'khoinghiep@pnx-bank.example.vn', phone: '1900 0000' },
      active: true,
    },
  },
  {
    key: 'edtech-corporate',
    input: {
      name: 'Công ty CP Tập đoàn Giáo dục Cửu Long (đầu tư chiến lược)',
      kind: 'corporate',
      description: 'Đầu tư chiến lược và hợp tác phân phối cho sản phẩm giáo dục số.',
      sectorCodes: ['education', 'it'],
      stages: ['prototype', 'early_revenue', 'growth'],
      ticketMinVnd: 1_000_000_000n,
      ticketMaxVnd: 20_000_000_000n,
      website: null,
      userId: null,
      contact: { name: 'Bà Đỗ Thu Hà', email: 'ha.do@cuulong-edu.example.vn', phone: '0277 3 888 999' },
      active: true,
    },
  },
];

export interface DemoIntroduction {
  /** the startup by its demo name; when absent, the n-th startup of the demo data */
  startupName: string | null;
  investor: string;
  message: string;
  state: IntroductionState;
  reason?: string;
}

export const DEMO_INTRODUCTIONS: readonly DemoIntroduction[] = [
  {
    startupName: 'Sen Hồng AgriTech',
    investor: 'mekong-fund',
    message:
      'Nhóm đã bán thử hệ thống cảm biến tưới cho 40 hộ trồng xoài, cần vốn hạt giống 2 tỷ đồng để sản xuất loạt đầu.',
    state: 'accepted',
  },
  {
    startupName: 'Sen Hồng AgriTech',
    investor: 'bank-programme',
    message: 'Đề nghị tìm hiểu gói tín dụng ưu đãi cho vốn lưu động mùa vụ 2027.',
    state: 'forwarded',
  },
  {
    startupName: null,
    investor: 'angel-club',
    message: 'Nhóm đang hoàn thiện mẫu bao bì cho sản phẩm OCOP 3 sao, mong được kết nối nhà đầu tư thiên thần.',
    state: 'requested',
  },
  {
    startupName: null,
    investor: 'edtech-corporate',
    message: 'Ứng dụng học tiếng Anh cho học sinh nông thôn đã có 3.000 người dùng, muốn hợp tác phân phối.',
    state: 'declined',
    reason: 'Quỹ đang tập trung vào sản phẩm cho bậc đại học trong năm 2027.',
  },
  {
    startupName: null,
    investor: 'mekong-fund',
    message: 'Xin kết nối để trao đổi về mô hình nuôi tôm tuần hoàn.',
    state: 'withdrawn',
  },
];
