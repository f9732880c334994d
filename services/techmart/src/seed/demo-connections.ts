// The demo connections: what happened to 26 introductions across the communes' needs, as data. The
// connection seeder applies each step through the connection service, so the demo has the same
// timeline rows and events as real use. Values are integer VND.

export type DemoConnectionOutcome =
  | { state: 'proposed'; accepted?: 'requester' | 'supplier' }
  | { state: 'accepted' }
  | { state: 'negotiating'; notes: { kind: 'note' | 'meeting' | 'document'; text: string }[] }
  | { state: 'declined'; by: 'requester' | 'supplier'; note: string }
  | {
      state: 'signed';
      valueVnd: string;
      transferType: 'licence' | 'assignment' | 'turnkey' | 'joint_venture' | 'consulting_training';
      registrationNumber?: string;
      registrationRequired: boolean;
    }
  | {
      state: 'closed';
      reasonCode:
        | 'price_not_agreed'
        | 'technology_unsuitable'
        | 'requester_withdrew'
        | 'no_funding'
        | 'found_elsewhere';
      reasonText: string;
    };

export interface DemoConnection {
  /** how many days ago the officer made the introduction */
  daysAgo: number;
  message: string;
  outcome: DemoConnectionOutcome;
}

const intro = (what: string) =>
  `Kính gửi hai bên, Sở KH&CN xin giới thiệu ${what}. Đề nghị hai bên trao đổi để đánh giá khả năng chuyển giao.`;

export const DEMO_CONNECTIONS: readonly DemoConnection[] = [
  {
    daysAgo: 170,
    message: intro('đơn vị cung ứng công nghệ phù hợp với nhu cầu đã đăng'),
    outcome: {
      state: 'signed',
      valueVnd: '850000000',
      transferType: 'turnkey',
      registrationRequired: true,
      registrationNumber: '03/2026/GCN-SKHCN',
    },
  },
  {
    daysAgo: 160,
    message: intro('viện nghiên cứu có quy trình đã ứng dụng tại Đồng Tháp'),
    outcome: {
      state: 'signed',
      valueVnd: '320000000',
      transferType: 'licence',
      registrationRequired: true,
      registrationNumber: '05/2026/GCN-SKHCN',
    },
  },
  {
    daysAgo: 150,
    message: intro('chuyên gia tư vấn cho cơ sở'),
    outcome: {
      state: 'signed',
      valueVnd: '45000000',
      transferType: 'consulting_training',
      registrationRequired: false,
    },
  },
  {
    daysAgo: 140,
    message: intro('nhà cung cấp thiết bị đã lắp đặt cho nhiều HTX'),
    outcome: { state: 'signed', valueVnd: '1250000000', transferType: 'turnkey', registrationRequired: true },
  },
  {
    daysAgo: 130,
    message: intro('doanh nghiệp có giải pháp phù hợp ngân sách'),
    outcome: { state: 'signed', valueVnd: '180000000', transferType: 'licence', registrationRequired: false },
  },
  {
    daysAgo: 120,
    message: intro('đối tác sẵn sàng liên doanh sản xuất'),
    outcome: {
      state: 'signed',
      valueVnd: '2400000000',
      transferType: 'joint_venture',
      registrationRequired: true,
      registrationNumber: '11/2026/GCN-SKHCN',
    },
  },
  {
    daysAgo: 110,
    message: intro('trường đại học có kết quả nghiên cứu tương ứng'),
    outcome: {
      state: 'signed',
      valueVnd: '600000000',
      transferType: 'assignment',
      registrationRequired: true,
      registrationNumber: '14/2026/GCN-SKHCN',
    },
  },
  {
    daysAgo: 95,
    message: intro('chuyên gia đào tạo vận hành'),
    outcome: {
      state: 'signed',
      valueVnd: '75000000',
      transferType: 'consulting_training',
      registrationRequired: false,
    },
  },
  {
    daysAgo: 80,
    message: intro('đơn vị có công nghệ đạt TRL cao'),
    outcome: { state: 'signed', valueVnd: '540000000', transferType: 'turnkey', registrationRequired: true },
  },
  {
    daysAgo: 150,
    message: intro('nhà cung cấp công nghệ'),
    outcome: {
      state: 'closed',
      reasonCode: 'price_not_agreed',
      reasonText: 'Hai bên chưa thống nhất được giá, HTX chờ nguồn hỗ trợ của tỉnh.',
    },
  },
  {
    daysAgo: 125,
    message: intro('viện nghiên cứu'),
    outcome: {
      state: 'closed',
      reasonCode: 'technology_unsuitable',
      reasonText: 'Công suất thiết bị lớn hơn nhiều so với sản lượng của cơ sở.',
    },
  },
  {
    daysAgo: 100,
    message: intro('doanh nghiệp cung ứng'),
    outcome: {
      state: 'closed',
      reasonCode: 'no_funding',
      reasonText: 'Cơ sở chưa thu xếp được vốn đối ứng trong năm nay.',
    },
  },
  {
    daysAgo: 135,
    message: intro('đơn vị chuyển giao'),
    outcome: { state: 'declined', by: 'supplier', note: 'Đơn vị đang kín lịch triển khai đến hết năm.' },
  },
  {
    daysAgo: 90,
    message: intro('nhà cung cấp thiết bị'),
    outcome: { state: 'declined', by: 'requester', note: 'Cơ sở đã chọn được giải pháp khác.' },
  },
  {
    daysAgo: 70,
    message: intro('viện có quy trình phù hợp'),
    outcome: {
      state: 'negotiating',
      notes: [
        { kind: 'meeting', text: 'Khảo sát thực tế tại cơ sở, thống nhất phạm vi chuyển giao.' },
        { kind: 'document', text: 'Gửi dự thảo hợp đồng chuyển giao công nghệ lần 1.' },
      ],
    },
  },
  {
    daysAgo: 55,
    message: intro('doanh nghiệp có thiết bị sẵn'),
    outcome: {
      state: 'negotiating',
      notes: [{ kind: 'note', text: 'Bên cung cấp gửi báo giá chi tiết, đề nghị trả góp 3 đợt.' }],
    },
  },
  {
    daysAgo: 45,
    message: intro('chuyên gia phù hợp'),
    outcome: {
      state: 'negotiating',
      notes: [{ kind: 'meeting', text: 'Họp trực tuyến trao đổi kế hoạch đào tạo 5 buổi.' }],
    },
  },
  {
    daysAgo: 35,
    message: intro('đơn vị có kinh nghiệm triển khai'),
    outcome: {
      state: 'negotiating',
      notes: [
        { kind: 'meeting', text: 'Tham quan mô hình đã lắp đặt tại huyện lân cận.' },
        { kind: 'note', text: 'Chờ HTX họp xã viên thông qua.' },
      ],
    },
  },
  { daysAgo: 28, message: intro('nhà cung cấp trong tỉnh'), outcome: { state: 'accepted' } },
  { daysAgo: 21, message: intro('viện nghiên cứu trong vùng'), outcome: { state: 'accepted' } },
  { daysAgo: 14, message: intro('doanh nghiệp công nghệ'), outcome: { state: 'proposed', accepted: 'supplier' } },
  { daysAgo: 10, message: intro('chuyên gia tư vấn'), outcome: { state: 'proposed', accepted: 'requester' } },
  { daysAgo: 6, message: intro('đơn vị cung ứng'), outcome: { state: 'proposed' } },
  { daysAgo: 3, message: intro('nhà cung cấp thiết bị mới công bố'), outcome: { state: 'proposed' } },
  { daysAgo: 2, message: intro('viện nghiên cứu'), outcome: { state: 'proposed' } },
  {
    daysAgo: 65,
    message: intro('doanh nghiệp có công nghệ xử lý'),
    outcome: {
      state: 'closed',
      reasonCode: 'found_elsewhere',
      reasonText: 'Cơ sở đã mua thiết bị qua hội chợ Techfest.',
    },
  },
];
