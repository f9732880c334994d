// Demo mentors: profiles and weekly availability in local time (Asia/Ho_Chi_Minh). Patterns recur,
// so there are free slots in the coming weeks whenever the demo starts. `userId` links the demo
// account `covan` (Nguyễn Thị Lan) to her profile.
import type { MentorInput, WeeklyPatternInput } from './mentor.schema.js';

export interface DemoMentor {
  id: string;
  profile: MentorInput;
  patterns: WeeklyPatternInput[];
}

const weekly = (
  weekday: number,
  startTime: string,
  endTime: string,
  slotMinutes: 30 | 45 | 60 | 90 | 120 = 60,
): WeeklyPatternInput => ({
  weekday,
  startTime,
  endTime,
  slotMinutes,
  validFrom: null,
  validUntil: null,
});

export const DEMO_MENTOR_LAN_USER_ID = '01920000-0000-7000-8000-000000000041';

export const DEMO_MENTORS: readonly DemoMentor[] = [
  {
    id: '01920000-0000-7000-8000-000000000441',
    profile: {
      name: 'TS. Nguyễn Thị Lan',
      headline: 'Công nghệ sau thu hoạch, chuỗi giá trị nông sản',
      bio: 'Nghiên cứu viên Viện Nghiên cứu Nông nghiệp; 15 năm đưa kết quả nghiên cứu bảo quản, chế biến nông sản vào sản xuất.',
      expertise: ['công nghệ sau thu hoạch', 'chuỗi giá trị', 'OCOP'],
      languages: ['vi', 'en'],
      sectorCodes: ['agritech', 'ocop'],
      userId: DEMO_MENTOR_LAN_USER_ID,
      active: true,
    },
    patterns: [weekly(2, '19:00', '21:00'), weekly(4, '08:00', '11:00', 90), weekly(6, '21:30', '23:30')],
  },
  {
    id: '01920000-0000-7000-8000-000000000442',
    profile: {
      name: 'Ông Phạm Minh Tuấn',
      headline: 'Gọi vốn và mô hình tài chính cho khởi nghiệp giai đoạn đầu',
      bio: 'Nguyên giám đốc đầu tư một quỹ mạo hiểm; cố vấn gọi vốn hạt giống và chuẩn bị hồ sơ cho nhà đầu tư.',
      expertise: ['gọi vốn', 'mô hình tài chính', 'định giá'],
      languages: ['vi', 'en'],
      sectorCodes: ['it', 'agritech', 'education'],
      userId: null,
      active: true,
    },
    patterns: [weekly(1, '18:00', '20:00', 45), weekly(3, '18:00', '20:00', 45)],
  },
  {
    id: '01920000-0000-7000-8000-000000000443',
    profile: {
      name: 'ThS. Lê Thị Hồng Nhung',
      headline: 'Sở hữu trí tuệ và chuyển giao công nghệ',
      bio: 'Chuyên viên tư vấn sở hữu công nghiệp; hướng dẫn đăng ký nhãn hiệu, sáng chế, giải pháp hữu ích và li-xăng.',
      expertise: ['sở hữu trí tuệ', 'chuyển giao công nghệ', 'doanh nghiệp KH&CN'],
      languages: ['vi'],
      sectorCodes: [],
      userId: null,
      active: true,
    },
    patterns: [weekly(3, '14:00', '17:00'), weekly(5, '09:00', '11:00')],
  },
  {
    id: '01920000-0000-7000-8000-000000000444',
    profile: {
      name: 'Ông Huỳnh Văn Khoa',
      headline: 'Nuôi trồng thủy sản công nghệ cao',
      bio: 'Kỹ sư thủy sản, chủ trang trại nuôi cá tra theo tiêu chuẩn ASC; cố vấn quy trình nuôi và truy xuất nguồn gốc.',
      expertise: ['thủy sản', 'truy xuất nguồn gốc', 'tiêu chuẩn ASC'],
      languages: ['vi'],
      sectorCodes: ['aquaculture'],
      userId: null,
      active: true,
    },
    patterns: [weekly(7, '07:00', '09:00')],
  },
  {
    id: '01920000-0000-7000-8000-000000000445',
    profile: {
      name: 'Ms. Sarah Nguyen',
      headline: 'Product and go-to-market for edtech and SaaS',
      bio: 'Product lead in Singapore; mentors Vietnamese teams on product discovery, pricing and regional expansion (sessions in English or Vietnamese).',
      expertise: ['sản phẩm số', 'go-to-market', 'định giá'],
      languages: ['en', 'vi'],
      sectorCodes: ['it', 'education'],
      userId: null,
      active: true,
    },
    patterns: [weekly(2, '20:00', '22:00', 30), weekly(4, '20:00', '22:00', 30)],
  },
];
