// Deterministic generator of realistic Vietnamese Techmart listings (offers, equipment, needs,
// experts) for the search benchmark: a seeded PRNG over sector vocabularies of a Mekong-delta province.
import type { DocumentType, SearchDocument } from '../../services/search/src/engine/search-engine.port.js';

/** mulberry32: small, fast, good enough for test data; same seed → same listings. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SectorVocabulary {
  code: string;
  nameVi: string;
  nameEn: string;
  heads: string[];
  objects: string[];
  qualifiers: string[];
  keywords: string[];
}

const SECTORS: SectorVocabulary[] = [
  {
    code: 'CBNS',
    nameVi: 'Chế biến nông sản',
    nameEn: 'Agricultural processing',
    heads: ['Máy sấy', 'Quy trình chế biến', 'Dây chuyền đóng gói', 'Công nghệ bảo quản', 'Thiết bị ép', 'Máy bóc vỏ'],
    objects: ['nông sản', 'xoài', 'nhãn', 'sen Đồng Tháp', 'khoai lang', 'gạo', 'trái cây', 'hạt điều', 'chuối', 'mít'],
    qualifiers: [
      'bằng năng lượng mặt trời',
      'quy mô hộ gia đình',
      'công suất lớn',
      'tiết kiệm điện',
      'đạt chuẩn xuất khẩu',
      'sấy dẻo',
      'lạnh đông nhanh',
    ],
    keywords: ['sấy', 'chế biến', 'bảo quản sau thu hoạch', 'nông sản', 'đóng gói'],
  },
  {
    code: 'OCOP',
    nameVi: 'Sản phẩm OCOP',
    nameEn: 'OCOP products',
    heads: [
      'Giải pháp nâng hạng',
      'Quy trình sản xuất',
      'Bao bì thông minh cho',
      'Truy xuất nguồn gốc',
      'Phát triển thương hiệu',
    ],
    objects: [
      'sản phẩm OCOP',
      'mắm cá linh',
      'bánh phồng tôm',
      'nem Lai Vung',
      'hủ tiếu Sa Đéc',
      'trà sen',
      'mật ong',
      'kẹo dừa',
    ],
    qualifiers: ['đạt 4 sao', 'cho hợp tác xã', 'theo chuỗi giá trị', 'mỗi xã một sản phẩm', 'an toàn thực phẩm'],
    keywords: ['OCOP', 'thương hiệu', 'truy xuất nguồn gốc', 'HTX', 'đặc sản'],
  },
  {
    code: 'THL',
    nameVi: 'Thủy lợi',
    nameEn: 'Irrigation',
    heads: ['Hệ thống tưới', 'Cống ngăn mặn', 'Trạm bơm', 'Giải pháp kè', 'Cảm biến mực nước', 'Mô hình quản lý'],
    objects: ['tiết kiệm nước', 'vườn cây ăn trái', 'ruộng lúa', 'kênh nội đồng', 'bờ sông Tiền', 'vùng đê bao'],
    qualifiers: [
      'tự động',
      'thông minh',
      'chống sạt lở',
      'thích ứng biến đổi khí hậu',
      'điều khiển từ xa',
      'năng lượng mặt trời',
    ],
    keywords: ['tưới', 'thủy lợi', 'xâm nhập mặn', 'sạt lở', 'BĐKH'],
  },
  {
    code: 'NTTS',
    nameVi: 'Nuôi trồng thủy sản',
    nameEn: 'Aquaculture',
    heads: [
      'Công nghệ nuôi',
      'Quy trình ương',
      'Chế phẩm sinh học cho',
      'Thức ăn công nghiệp cho',
      'Hệ thống lọc nước ao nuôi',
      'Mô hình nuôi',
    ],
    objects: [
      'tôm thẻ chân trắng',
      'cá tra',
      'cá lóc',
      'lươn không bùn',
      'ếch Thái Lan',
      'cá rô đồng',
      'tôm càng xanh',
    ],
    qualifiers: ['siêu thâm canh', 'tuần hoàn', 'an toàn sinh học', 'trong bể lót bạt', 'đạt chuẩn ASC', 'mật độ cao'],
    keywords: ['thủy sản', 'nuôi trồng thủy sản', 'NTTS', 'ao nuôi', 'con giống'],
  },
  {
    code: 'CNTT',
    nameVi: 'Công nghệ thông tin',
    nameEn: 'Information technology',
    heads: [
      'Phần mềm quản lý',
      'Ứng dụng di động',
      'Nền tảng số',
      'Hệ thống giám sát IoT',
      'Giải pháp chuyển đổi số',
      'Cổng thông tin',
    ],
    objects: [
      'hợp tác xã',
      'trang trại',
      'bệnh viện huyện',
      'chuỗi cung ứng nông sản',
      'trường học',
      'doanh nghiệp nhỏ và vừa',
    ],
    qualifiers: ['trên nền tảng đám mây', 'tích hợp trí tuệ nhân tạo', 'mã nguồn mở', 'bảo mật cao', 'thời gian thực'],
    keywords: ['CNTT', 'chuyển đổi số', 'IoT', 'phần mềm', 'dữ liệu'],
  },
  {
    code: 'VL',
    nameVi: 'Vật liệu',
    nameEn: 'Materials',
    heads: [
      'Gạch không nung từ',
      'Vật liệu composite từ',
      'Than sinh học từ',
      'Bê tông nhẹ',
      'Màng bọc phân hủy sinh học từ',
      'Tấm cách nhiệt từ',
    ],
    objects: ['tro trấu', 'xơ dừa', 'bùn thải', 'lục bình', 'rơm rạ', 'vỏ sò'],
    qualifiers: ['thân thiện môi trường', 'chịu lực cao', 'giá thành thấp', 'cho nhà ở nông thôn', 'chống thấm'],
    keywords: ['vật liệu', 'tái chế', 'xây dựng', 'phụ phẩm nông nghiệp'],
  },
  {
    code: 'YT',
    nameVi: 'Y tế',
    nameEn: 'Health',
    heads: ['Bộ kit chẩn đoán', 'Thiết bị theo dõi', 'Quy trình sản xuất', 'Phần mềm hỗ trợ khám', 'Chế phẩm từ'],
    objects: ['sốt xuất huyết', 'bệnh tay chân miệng', 'dược liệu', 'huyết áp từ xa', 'sen', 'nghệ đen'],
    qualifiers: ['nhanh', 'độ chính xác cao', 'cho trạm y tế xã', 'giá rẻ', 'đạt chuẩn GMP'],
    keywords: ['y tế', 'dược liệu', 'chẩn đoán', 'sức khỏe'],
  },
  {
    code: 'NL',
    nameVi: 'Năng lượng',
    nameEn: 'Energy',
    heads: ['Hệ thống điện mặt trời', 'Lò đốt', 'Công nghệ khí sinh học', 'Bộ lưu trữ điện', 'Máy phát điện'],
    objects: ['áp mái', 'trấu', 'chất thải chăn nuôi', 'cho trang trại', 'hộ gia đình'],
    qualifiers: ['hiệu suất cao', 'nối lưới', 'không khói', 'chi phí thấp'],
    keywords: ['năng lượng tái tạo', 'điện mặt trời', 'biogas'],
  },
];

const PROVINCE = { provinceCode: '87', provinceName: 'Đồng Tháp' };
const COMMUNES = [
  ['87001', 'Phường Cao Lãnh'],
  ['87002', 'Phường Sa Đéc'],
  ['87003', 'Phường Hồng Ngự'],
  ['87004', 'Xã Tháp Mười'],
  ['87005', 'Xã Lấp Vò'],
  ['87006', 'Xã Lai Vung'],
  ['87007', 'Xã Châu Thành'],
  ['87008', 'Xã Tam Nông'],
  ['87009', 'Xã Thanh Bình'],
  ['87010', 'Xã Tân Hồng'],
  ['87011', 'Phường Mỹ Tho'],
  ['87012', 'Xã Cái Bè'],
  ['87013', 'Phường Cai Lậy'],
  ['87014', 'Phường Gò Công'],
  ['87015', 'Xã Chợ Gạo'],
  ['87016', 'Xã Mỹ An'],
] as const;
const OTHER_PROVINCES = [
  { provinceCode: '89', provinceName: 'An Giang' },
  { provinceCode: '92', provinceName: 'Cần Thơ' },
  { provinceCode: '86', provinceName: 'Vĩnh Long' },
];
const OWNERS = [
  'Trường Đại học Đồng Tháp',
  'Viện Lúa Đồng bằng sông Cửu Long',
  'HTX Nông nghiệp Tân Thuận',
  'Công ty TNHH Cơ khí Sa Đéc',
  'Trung tâm Ứng dụng tiến bộ KH&CN',
  'Công ty CP Thủy sản Hồng Ngự',
  'HTX Sen Tháp Mười',
  'Trường Đại học Cần Thơ',
  'Công ty TNHH Phần mềm Mekong',
  'Hộ kinh doanh Nguyễn Văn Bình',
  'Viện Cây ăn quả miền Nam',
  'Công ty CP Vật liệu xanh Cửu Long',
];
const EXPERT_NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bích',
  'Lê Hoàng Phúc',
  'Phạm Minh Đức',
  'Võ Thị Hồng',
  'Huỳnh Quốc Dũng',
  'Đặng Thanh Tâm',
];
const SENTENCES = [
  'Giải pháp đã được ứng dụng thành công tại {commune}, giúp tăng năng suất và giảm chi phí sản xuất.',
  'Công nghệ phù hợp với điều kiện sản xuất của hộ nông dân và hợp tác xã tại đồng bằng sông Cửu Long.',
  'Sản phẩm được nghiên cứu trong khuôn khổ đề tài khoa học và công nghệ cấp tỉnh, đã nghiệm thu.',
  'Đơn vị sẵn sàng chuyển giao công nghệ, đào tạo kỹ thuật và hỗ trợ vận hành sau chuyển giao.',
  'Thiết bị vận hành đơn giản, dễ bảo trì, linh kiện thay thế có sẵn trên thị trường.',
  'Kết quả thử nghiệm cho thấy chất lượng {object} ổn định, đáp ứng tiêu chuẩn an toàn thực phẩm.',
  'Cần tìm đối tác có năng lực để thương mại hóa và mở rộng quy mô sản xuất {object}.',
  'Mô hình góp phần giảm phát thải, thích ứng với biến đổi khí hậu và xâm nhập mặn.',
  'Hệ thống có thể kết nối Internet vạn vật để giám sát từ xa qua điện thoại thông minh.',
  'Giá chuyển giao thỏa thuận tùy theo quy mô và điều kiện cụ thể của bên nhận.',
];
// extra nouns so the vocabulary is closer to real listings (a few thousand distinct words, not a few hundred)
const THINGS = [
  'bưởi da xanh',
  'sầu riêng',
  'thanh long',
  'dưa lưới',
  'nấm rơm',
  'rau thủy canh',
  'lúa thơm ST25',
  'bắp lai',
  'đậu nành',
  'ớt chỉ thiên',
  'gừng',
  'nghệ',
  'sả',
  'khóm',
  'dừa sáp',
  'cacao',
  'cà phê',
  'tiêu',
  'điều',
  'mía',
  'ca cao',
  'vịt chạy đồng',
  'heo thịt',
  'bò sữa',
  'gà ta',
  'chim yến',
  'ong mật',
  'cá điêu hồng',
  'cá thát lát',
  'cua biển',
  'nghêu',
  'sò huyết',
  'phân hữu cơ vi sinh',
  'chế phẩm Trichoderma',
  'màng phủ nông nghiệp',
  'nhà màng',
  'máy cấy',
  'máy gặt đập liên hợp',
  'máy phun thuốc',
  'thiết bị bay không người lái',
  'cảm biến độ ẩm đất',
  'bơm chìm',
  'van điện từ',
  'bộ điều khiển PLC',
  'vi mạch ESP32',
  'LoRa',
  'camera nhiệt',
  'mã QR',
  'chuỗi khối',
  'thương mại điện tử',
  'hóa đơn điện tử',
  'kho lạnh',
  'container lạnh',
  'băng tải',
  'nồi hơi',
  'lò hơi tầng sôi',
  'than hoạt tính',
  'nano bạc',
  'chitosan',
  'collagen',
  'tinh dầu',
  'men vi sinh',
  'enzyme',
  'probiotic',
  'vắc-xin',
  'kháng sinh thảo dược',
  'thuốc thú y',
  'xét nghiệm PCR',
];
const DETAIL_SENTENCES = [
  'Có thể áp dụng cho {thing} và {thing2} với điều chỉnh nhỏ.',
  'Đã phối hợp với doanh nghiệp thử nghiệm trên {thing}, hiệu quả kinh tế tăng rõ rệt.',
  'Kết hợp {thing} giúp giảm {percent}% chi phí vận hành so với phương pháp truyền thống.',
  'Nhóm nghiên cứu đang hoàn thiện hồ sơ đăng ký sáng chế liên quan đến {thing}.',
];
const TRANSFER_MODES = ['licence', 'assignment', 'turnkey', 'joint_venture', 'consulting_training'];
const IP_STATUSES = ['granted_patent', 'pending_application', 'utility_solution', 'know_how', 'none'];
const TYPES: DocumentType[] = ['offer', 'offer', 'offer', 'equipment', 'equipment', 'need', 'need', 'expert'];

export function generateListings(count: number, seed = 20261123): SearchDocument[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const start = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const docs: SearchDocument[] = [];
  for (let i = 0; i < count; i++) {
    const sector = pick(SECTORS);
    const type = pick(TYPES);
    const object = pick(sector.objects);
    const commune = pick(COMMUNES);
    const local = rnd() < 0.85;
    const locality = local
      ? { ...PROVINCE, communeCode: commune[0], communeName: commune[1] }
      : { ...pick(OTHER_PROVINCES), communeCode: null, communeName: null };
    let title = `${pick(sector.heads)} ${object}${rnd() < 0.6 ? ` ${pick(sector.qualifiers)}` : ''}`;
    if (type === 'need') title = `Cần tìm ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
    if (type === 'expert')
      title = `${pick(['TS.', 'ThS.', 'PGS.TS.', 'KS.'])} ${pick(EXPERT_NAMES)} – chuyên gia ${sector.nameVi.toLowerCase()}`;
    const fill = (s: string) => s.replace('{commune}', commune[1]).replace('{object}', object);
    const sentences = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => fill(pick(SENTENCES)));
    for (let k = Math.floor(rnd() * 3); k > 0; k--) {
      sentences.push(
        pick(DETAIL_SENTENCES)
          .replace('{thing}', pick(THINGS))
          .replace('{thing2}', pick(THINGS))
          .replace('{percent}', String(10 + Math.floor(rnd() * 40))),
      );
    }
    const keywords = [...new Set([pick(sector.keywords), pick(sector.keywords), object])];
    docs.push({
      id: `bench-${i.toString().padStart(6, '0')}`,
      type,
      title,
      summary: `${title}. ${fill(pick(SENTENCES))}`,
      body: sentences.join(' '),
      keywords,
      sector: { code: sector.code, nameVi: sector.nameVi, nameEn: sector.nameEn },
      locality,
      trl: type === 'expert' ? null : 1 + Math.floor(rnd() * 9),
      transferModes:
        type === 'offer' || type === 'equipment'
          ? [pick(TRANSFER_MODES), pick(TRANSFER_MODES)].filter((m, k, a) => a.indexOf(m) === k)
          : [],
      ipStatus: type === 'offer' ? pick(IP_STATUSES) : null,
      ownerName: type === 'expert' ? pick(OWNERS) : pick(OWNERS),
      publishedAt: new Date(start + Math.floor(rnd() * span)).toISOString(),
      version: 1 + Math.floor(rnd() * 5),
    });
  }
  return docs;
}
