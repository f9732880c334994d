// A seeded corpus of Vietnamese initiatives for the initiatives benchmarks: titles and summaries built
// from the phrasing units really use (schools, hospitals, agriculture, administrative reform, commune
// offices), so records share the common word pairs ("nâng cao", "hiệu quả", "chất lượng") the way
// real ones do, plus the edits a near-duplicate carries (a word changed, accents dropped, reordered).

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

const ACTIONS = [
  'Ứng dụng',
  'Cải tiến',
  'Xây dựng',
  'Đổi mới',
  'Nâng cao hiệu quả',
  'Số hoá',
  'Tổ chức',
  'Thiết kế',
  'Rút ngắn thời gian',
  'Giảm chi phí',
  'Hoàn thiện quy trình',
  'Triển khai',
];
const SUBJECTS = [
  'quản lý hồ sơ bệnh án',
  'tiếp nhận bệnh nhân tại khoa cấp cứu',
  'dạy học môn Toán lớp 9',
  'dạy học môn Lịch sử lớp 11',
  'giáo dục kỹ năng sống cho học sinh tiểu học',
  'tưới nhỏ giọt cho vườn xoài',
  'nuôi cá tra thâm canh',
  'ủ phân hữu cơ từ rơm rạ',
  'cấp phiếu lý lịch tư pháp',
  'tiếp nhận hồ sơ một cửa',
  'quản lý tài sản công',
  'phòng chống dịch sốt xuất huyết',
  'chăm sóc người bệnh sau phẫu thuật',
  'kiểm soát nhiễm khuẩn bệnh viện',
  'lưu trữ văn bản điện tử',
  'thu gom rác thải sinh hoạt',
  'sấy nông sản bằng năng lượng mặt trời',
  'bảo quản lúa giống',
  'quản lý học sinh bán trú',
  'đánh giá thi đua khen thưởng',
  'theo dõi tiêm chủng trẻ em',
  'kê khai thuế hộ kinh doanh',
  'quản lý đất đai cấp xã',
  'hoà giải ở cơ sở',
];
const METHODS = [
  'bằng phần mềm trên điện thoại',
  'bằng mã QR',
  'theo mô hình nhóm',
  'với bảng điều khiển trực tuyến',
  'bằng cảm biến độ ẩm',
  'theo hướng dẫn từng bước',
  'kết hợp trí tuệ nhân tạo',
  'bằng biểu mẫu điện tử',
  'với sự tham gia của cộng đồng',
  'theo tiêu chuẩn ISO',
];
const PLACES = [
  'Bệnh viện Đa khoa Sa Đéc',
  'Trường THPT Cao Lãnh',
  'Trường Tiểu học Mỹ Hiệp',
  'UBND xã Tân Thuận',
  'phường 1 thành phố Cao Lãnh',
  'HTX Nông nghiệp Phú Thành',
  'Trung tâm Y tế huyện Tháp Mười',
  'Sở Tài nguyên và Môi trường',
  'xã Bình Thạnh',
  'Trường THCS Thống Linh',
  'Chi cục Thuỷ sản',
  'Bộ phận một cửa huyện Lai Vung',
];
const RESULTS = [
  'giảm thời gian xử lý từ {a} ngày xuống {b} ngày',
  'tiết kiệm {a} triệu đồng mỗi năm',
  'tỷ lệ hài lòng tăng từ {a}% lên {b}%',
  'năng suất tăng {a}% so với vụ trước',
  'giảm {a}% lượng giấy in',
  'học sinh đạt yêu cầu tăng {a}%',
  'rút ngắn {a} phút chờ đợi mỗi lượt',
];
const DETAILS = [
  'Giải pháp được áp dụng thử từ năm 2024 và nhân rộng cho các đơn vị khác.',
  'Cán bộ được tập huấn, quy trình được ban hành bằng văn bản.',
  'Dữ liệu được cập nhật hằng ngày, lãnh đạo theo dõi trên bảng tổng hợp.',
  'Người dân tra cứu kết quả trực tuyến mà không phải đến trụ sở.',
  'Chi phí đầu tư thấp, dễ làm theo ở các đơn vị có điều kiện tương tự.',
  'Nhóm tác giả phối hợp với đơn vị bạn để hoàn thiện mẫu biểu.',
  'Thiết bị được chế tạo từ vật liệu sẵn có tại địa phương.',
];

export interface InitiativeText {
  title: string;
  summary: string;
}

export function initiative(random: () => number): InitiativeText {
  const n = () => 2 + Math.floor(random() * 60);
  const result = pick(random, RESULTS).replace('{a}', String(n())).replace('{b}', String(n()));
  const subject = pick(random, SUBJECTS);
  const place = pick(random, PLACES);
  const title = `${pick(random, ACTIONS)} ${subject} ${pick(random, METHODS)} tại ${place}`;
  const details = [pick(random, DETAILS), pick(random, DETAILS)].join(' ');
  const summary = `${pick(random, ACTIONS)} ${subject} ${pick(random, METHODS)}; ${result}. ${details}`;
  return { title, summary };
}

const strip = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** A lightly edited copy: one or two words replaced, maybe accents dropped, maybe sentences swapped. */
export function nearCopy(random: () => number, original: InitiativeText): InitiativeText {
  let words = `${original.title}. ${original.summary}`.split(' ');
  for (let i = 0; i < 2; i++) words[Math.floor(random() * words.length)] = pick(random, ['mới', 'tốt', 'nhanh', 'gọn']);
  let text = words.join(' ');
  if (random() < 0.5) text = strip(text);
  if (random() < 0.3) {
    const parts = text.split('. ');
    words = parts.reverse();
    text = words.join('. ');
  }
  const cut = text.indexOf('. ');
  return { title: text.slice(0, cut), summary: text.slice(cut + 2) };
}
