// Ingredients for the demo expert profiles: names, titles and research results by field.

export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Phan',
  'Trương',
];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hoàng', 'Ngọc', 'Quốc', 'Thị Thu', 'Hữu', 'Kim'];
export const GIVEN_NAMES = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hạnh',
  'Khoa',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Tâm',
  'Thảo',
  'Trí',
  'Tú',
  'Vy',
  'Hiếu',
  'Nhân',
  'Sơn',
  'Trang',
  'Yến',
];
export const ACADEMIC_TITLES = ['GS.TS.', 'PGS.TS.', 'TS.', 'TS.', 'ThS.', 'KS.'];

export interface ExpertField {
  sector: string;
  speciality: string;
  keywords: string[];
  results: {
    title: string;
    kind: 'publication' | 'patent' | 'project' | 'transferred_technology' | 'award' | 'other';
  }[];
}

export const EXPERT_FIELDS: readonly ExpertField[] = [
  {
    sector: 'agri-processing',
    speciality: 'công nghệ sau thu hoạch và sấy nông sản',
    keywords: ['sấy nông sản', 'bảo quản sau thu hoạch', 'chế biến xoài'],
    results: [
      { title: 'Nghiên cứu chế độ sấy bơm nhiệt cho xoài cát Chu', kind: 'publication' },
      { title: 'Máy sấy nông sản kết hợp năng lượng mặt trời', kind: 'patent' },
      { title: 'Đề tài cấp tỉnh: Hoàn thiện quy trình xoài sấy dẻo', kind: 'project' },
    ],
  },
  {
    sector: 'aquaculture',
    speciality: 'nuôi trồng thủy sản công nghệ cao',
    keywords: ['nuôi tôm công nghệ cao', 'cá tra', 'biofloc'],
    results: [
      {
        title: 'Ảnh hưởng của mật độ nuôi lên tăng trưởng tôm thẻ chân trắng trong hệ thống biofloc',
        kind: 'publication',
      },
      { title: 'Chuyển giao mô hình nuôi tôm hai giai đoạn cho 3 HTX ven biển', kind: 'transferred_technology' },
      { title: 'Đề tài cấp bộ: Quy trình nuôi cá tra tuần hoàn nước', kind: 'project' },
    ],
  },
  {
    sector: 'irrigation',
    speciality: 'thủy lợi và thích ứng xâm nhập mặn',
    keywords: ['xâm nhập mặn', 'tưới tiết kiệm', 'cống thủy lợi'],
    results: [
      { title: 'Mô hình dự báo xâm nhập mặn trên sông Tiền mùa khô', kind: 'publication' },
      { title: 'Hệ thống điều khiển cống ngăn mặn tự động', kind: 'patent' },
      { title: 'Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam', kind: 'award' },
    ],
  },
  {
    sector: 'it-digital',
    speciality: 'chuyển đổi số trong nông nghiệp',
    keywords: ['chuyển đổi số', 'truy xuất nguồn gốc', 'phần mềm quản lý HTX'],
    results: [
      { title: 'Nền tảng truy xuất nguồn gốc nông sản cho các tỉnh Đồng bằng sông Cửu Long', kind: 'project' },
      { title: 'Ứng dụng học máy nhận diện sâu bệnh trên lá lúa', kind: 'publication' },
      { title: 'Chuyển giao phần mềm quản lý HTX cho 25 hợp tác xã', kind: 'transferred_technology' },
    ],
  },
  {
    sector: 'biotech',
    speciality: 'công nghệ vi sinh và chế phẩm sinh học',
    keywords: ['chế phẩm sinh học', 'Trichoderma', 'phân vi sinh'],
    results: [
      { title: 'Phân lập vi khuẩn cố định đạm từ đất phù sa Đồng Tháp', kind: 'publication' },
      { title: 'Chế phẩm Trichoderma phòng bệnh thối rễ', kind: 'patent' },
      { title: 'Đề tài cấp tỉnh: Sản xuất phân hữu cơ vi sinh từ rơm rạ', kind: 'project' },
    ],
  },
  {
    sector: 'health',
    speciality: 'dược liệu và hợp chất thiên nhiên',
    keywords: ['dược liệu', 'lá sen', 'đinh lăng'],
    results: [
      { title: 'Định lượng nuciferin trong lá sen Tháp Mười', kind: 'publication' },
      { title: 'Quy trình trồng đinh lăng theo GACP-WHO', kind: 'transferred_technology' },
      { title: 'Đề tài cấp tỉnh: Phát triển sản phẩm từ cây sen', kind: 'project' },
    ],
  },
  {
    sector: 'mechanical',
    speciality: 'cơ khí nông nghiệp và cơ giới hóa',
    keywords: ['cơ giới hóa', 'máy nông nghiệp', 'máy tách hạt sen'],
    results: [
      { title: 'Thiết kế máy tách hạt sen tự động', kind: 'patent' },
      { title: 'Máy gặt đập liên hợp cho ruộng lầy', kind: 'transferred_technology' },
      { title: 'Tối ưu buồng đốt trấu cho lò sấy tầng sôi', kind: 'publication' },
    ],
  },
  {
    sector: 'materials',
    speciality: 'vật liệu mới từ phụ phẩm nông nghiệp',
    keywords: ['tro trấu', 'composite', 'biochar'],
    results: [
      { title: 'Gạch không nung sử dụng tro trấu và bùn nạo vét', kind: 'publication' },
      { title: 'Vật liệu composite gia cường sợi lục bình', kind: 'patent' },
      { title: 'Đề tài cấp tỉnh: Sản xuất than sinh học từ vỏ trấu', kind: 'project' },
    ],
  },
  {
    sector: 'ocop-food',
    speciality: 'công nghệ thực phẩm và phát triển sản phẩm OCOP',
    keywords: ['OCOP', 'an toàn thực phẩm', 'lên men'],
    results: [
      { title: 'Kiểm soát histamine trong quá trình lên men mắm cá linh', kind: 'publication' },
      { title: 'Tư vấn 30 sản phẩm đạt OCOP 3–4 sao', kind: 'other' },
      { title: 'Quy trình lên men giấm xoài', kind: 'transferred_technology' },
    ],
  },
  {
    sector: 'environment',
    speciality: 'xử lý nước thải và môi trường nông thôn',
    keywords: ['xử lý nước thải', 'MBBR', 'biogas'],
    results: [
      { title: 'Xử lý nước thải chế biến thủy sản bằng giá thể di động', kind: 'publication' },
      { title: 'Hệ thống xử lý nước thải cho 4 nhà máy cá tra', kind: 'transferred_technology' },
      { title: 'Đề tài cấp bộ: Kinh tế tuần hoàn trong chuỗi cá tra', kind: 'project' },
    ],
  },
];
