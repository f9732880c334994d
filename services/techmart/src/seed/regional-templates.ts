// The regional wave of the demo data: one hand-written listing per entry (no variants), from the
// organisations of the wider Mekong delta, Ho Chi Minh City and Hà Nội, so the catalogue covers
// coconut, herbs, pottery, shrimp, irrigation companies, IoT, packaging materials and health too.
// Seeded after the first wave (demo-catalogue.ts) and before the records of delta-records.ts.

import type { TransferMode } from '../offers/offer.schema.js';
import type { DemoOrganisationKey } from './demo-organisations.js';

type IpStatus = 'granted_patent' | 'pending_application' | 'utility_solution' | 'know_how' | 'none';

/** Where a regional listing ends up, when it is not the default spread of mostly published. */
export type RegionalOutcome = 'draft' | 'submitted' | 'returned' | 'published';

export interface RegionalTechnology {
  title: string;
  sector: string;
  summary: string;
  highlights: string[];
  keywords: string[];
  trl: number;
  ip: IpStatus;
  /** millions of VND; null = negotiable */
  priceMillions: number | null;
  owner: DemoOrganisationKey;
  modes: TransferMode[];
  /** a commune of the owner's province other than its seat (demonstration site) */
  commune?: string;
  outcome?: RegionalOutcome;
}

export interface RegionalEquipment {
  title: string;
  sector: string;
  summary: string;
  specifications: [string, string][];
  keywords: string[];
  priceMillions: number | null;
  owner: DemoOrganisationKey;
  condition: 'new' | 'used_good' | 'used_fair' | 'refurbished';
  quantity: number;
  outcome?: RegionalOutcome;
}

interface RegionalNeedBase {
  title: string;
  sector: string;
  problem: string;
  keywords: string[];
  desiredTrl: number | null;
  budgetMillions: [number | null, number | null];
  wantedBy: string;
  outcome?: RegionalOutcome;
  /** the officer's reason when the outcome is 'returned' */
  returnReason?: string;
}

/** A need posted by an organisation, or recorded by the Department's officer for a local one (intake). */
export type RegionalNeed =
  | (RegionalNeedBase & { owner: DemoOrganisationKey })
  | (RegionalNeedBase & { onBehalfOf: string; commune: string; contact: { name: string; phone: string } });

export interface RegionalExpert {
  fullName: string;
  academicTitle: string;
  owner: DemoOrganisationKey;
  fieldCodes: string[];
  speciality: string;
  keywords: string[];
  results: {
    title: string;
    year: number;
    kind: 'publication' | 'patent' | 'project' | 'transferred_technology' | 'award' | 'other';
  }[];
  years: number;
  availableForConsulting: boolean;
  email: string;
  outcome?: RegionalOutcome;
}

export const REGIONAL_TECHNOLOGIES: readonly RegionalTechnology[] = [
  {
    title: 'Công nghệ sản xuất bột sữa dừa sấy phun',
    sector: 'agri-processing',
    summary:
      'Quy trình đồng hóa, phối trộn maltodextrin và sấy phun nước cốt dừa thành bột sữa dừa hòa tan, độ ẩm dưới 3%, hạn dùng 18 tháng, dùng cho bánh kẹo, cà phê và món ăn chế biến sẵn.',
    highlights: [
      'Hiệu suất thu hồi bột trên 85%, bột trắng, không vón cục khi pha',
      'Thông số sấy đã tối ưu cho dừa ta và dừa xiêm Bến Tre',
      'Có thể bổ sung hương lá dứa, ca cao để đa dạng sản phẩm',
    ],
    keywords: ['bột sữa dừa', 'sấy phun', 'chế biến dừa', 'nước cốt dừa'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 950,
    owner: 'benTreCoconut',
    modes: ['turnkey', 'consulting_training'],
  },
  {
    title: 'Quy trình sản xuất thạch dừa từ nước dừa già',
    sector: 'agri-processing',
    summary:
      'Lên men nước dừa già bằng vi khuẩn Acetobacter xylinum thành thạch dừa (nata de coco) dày 1–1,5 cm sau 8–10 ngày, tận dụng nước dừa vốn bị bỏ đi ở các cơ sở lột cơm dừa.',
    highlights: [
      'Giống vi khuẩn thuần chủng, giữ ổn định qua nhiều thế hệ',
      'Quy trình xử lý, cắt hạt lựu và ngâm đường đạt an toàn thực phẩm',
      'Giảm lượng nước thải hữu cơ đổ ra kênh rạch',
    ],
    keywords: ['thạch dừa', 'nata de coco', 'nước dừa', 'lên men'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 120,
    owner: 'benTreCoconut',
    modes: ['turnkey', 'consulting_training'],
    commune: 'Xã Mỏ Cày',
  },
  {
    title: 'Bao gói khí quyển điều biến bảo quản nhãn và chôm chôm',
    sector: 'agri-processing',
    summary:
      'Bao bì màng vi lỗ kết hợp xử lý acid ascorbic giúp nhãn Ido và chôm chôm Java giữ màu vỏ, không thối cuống trong 25–30 ngày ở 5 °C, đủ cho xuất khẩu đường biển.',
    highlights: [
      'Giảm hao hụt sau thu hoạch từ 20% xuống dưới 6%',
      'Không dùng SO₂, đáp ứng yêu cầu dư lượng của thị trường Úc, Mỹ',
      'Đã thử nghiệm cho 3 lô container đi Úc',
    ],
    keywords: ['bảo quản nhãn', 'chôm chôm', 'bao bì MAP', 'sau thu hoạch', 'xuất khẩu'],
    trl: 7,
    ip: 'pending_application',
    priceMillions: null,
    owner: 'agriInstitute',
    modes: ['licence', 'consulting_training'],
  },
  {
    title: 'Sản xuất tinh bột kháng từ chuối xanh',
    sector: 'agri-processing',
    summary:
      'Quy trình sản xuất bột chuối xanh giàu tinh bột kháng (trên 40%) làm nguyên liệu cho thực phẩm chỉ số đường huyết thấp, tận dụng chuối xiêm loại 2 của vùng chuyên canh.',
    highlights: [
      'Chống hóa nâu bằng chần hơi, không dùng hóa chất tẩy trắng',
      'Sấy ở nhiệt độ thấp để giữ cấu trúc tinh bột kháng',
      'Có số liệu đánh giá chỉ số đường huyết trên người tình nguyện',
    ],
    keywords: ['bột chuối xanh', 'tinh bột kháng', 'thực phẩm chức năng', 'chuối xiêm'],
    trl: 6,
    ip: 'pending_application',
    priceMillions: null,
    owner: 'southernFoodInstitute',
    modes: ['licence', 'joint_venture'],
  },
  {
    title: 'Quy trình làm khô cá lóc một nắng bằng máy sấy nhiệt độ thấp',
    sector: 'ocop-food',
    summary:
      'Thay phơi nắng ngoài trời bằng sấy đối lưu 45–50 °C có kiểm soát ẩm: khô cá lóc một nắng đều màu, không ruồi bụi, đạt yêu cầu chứng nhận cơ sở an toàn thực phẩm và hồ sơ OCOP.',
    highlights: [
      'Thời gian làm khô 10–12 giờ, không phụ thuộc thời tiết',
      'Giảm muối 30% so với cách làm truyền thống',
      'Kèm hướng dẫn ghi nhãn và công bố sản phẩm',
    ],
    keywords: ['khô cá lóc', 'khô một nắng', 'OCOP', 'sấy nhiệt độ thấp'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 60,
    owner: 'techApplicationCentre',
    modes: ['turnkey', 'consulting_training'],
    commune: 'Xã Tam Nông',
  },
  {
    title: 'Dây chuyền rửa, phân loại và đóng gói chanh không hạt',
    sector: 'mechanical',
    summary:
      'Dây chuyền rửa bàn chải, phủ sáp, phân loại theo đường kính bằng camera và đóng thùng chanh không hạt xuất khẩu, công suất 3 tấn trái/giờ.',
    highlights: [
      'Phân loại 5 cỡ trái, sai số dưới 2 mm',
      'Khung inox, băng tải thực phẩm, dễ vệ sinh',
      'Đào tạo vận hành và bảo trì tại nhà máy',
    ],
    keywords: ['chanh không hạt', 'dây chuyền đóng gói', 'phân loại trái cây', 'xuất khẩu'],
    trl: 8,
    ip: 'utility_solution',
    priceMillions: 780,
    owner: 'dongThapMechanical',
    modes: ['turnkey'],
  },
  {
    title: 'Quy trình sản xuất kẹo dừa giảm đường hương lá dứa',
    sector: 'ocop-food',
    summary:
      'Công thức và quy trình nấu kẹo dừa thay 40% đường mía bằng isomalt và mạch nha, bổ sung nước cốt lá dứa tự nhiên, kẹo dẻo mềm, không dính giấy gói.',
    highlights: [
      'Phù hợp người cần kiểm soát lượng đường',
      'Hạn dùng 9 tháng ở nhiệt độ phòng',
      'Đã giúp 2 cơ sở đạt OCOP 4 sao',
    ],
    keywords: ['kẹo dừa', 'giảm đường', 'lá dứa', 'OCOP'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 45,
    owner: 'benTreCoconut',
    modes: ['consulting_training'],
    commune: 'Xã Chợ Lách',
  },
  {
    title: 'Quy trình lên men chao đạt an toàn thực phẩm',
    sector: 'ocop-food',
    summary:
      'Quy trình làm chao (đậu phụ nhự) dùng chủng nấm mốc Actinomucor thuần và phòng ủ có kiểm soát nhiệt, ẩm; sản phẩm đồng đều, không nhiễm độc tố nấm.',
    highlights: [
      'Rút ngắn thời gian ủ từ 5 ngày xuống 3 ngày',
      'Kiểm soát histamin và vi sinh theo QCVN',
      'Bao gói hũ thủy tinh thanh trùng, hạn dùng 12 tháng',
    ],
    keywords: ['chao', 'đậu phụ nhự', 'lên men', 'an toàn thực phẩm'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 55,
    owner: 'southernFoodInstitute',
    modes: ['turnkey', 'consulting_training'],
  },
  {
    title: 'Quy trình sản xuất đường thốt nốt dạng bột và viên',
    sector: 'ocop-food',
    summary:
      'Cô đặc nước thốt nốt bằng chảo hai vỏ, tạo bột và ép viên đường thốt nốt vùng Bảy Núi, giữ hương vị đặc trưng, không pha đường tinh luyện.',
    highlights: [
      'Thay lò củi bằng chảo gia nhiệt gián tiếp, giảm khói và cháy khét',
      'Đóng gói viên 5 g tiện pha trà, cà phê',
      'Gắn với chỉ dẫn địa lý thốt nốt An Giang',
    ],
    keywords: ['đường thốt nốt', 'Bảy Núi', 'OCOP', 'đặc sản An Giang'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 75,
    owner: 'bayNuiHerbs',
    modes: ['consulting_training'],
    commune: 'Xã Tịnh Biên',
  },
  {
    title: 'Bộ hồ sơ và tiêu chuẩn cơ sở OCOP cho bánh tráng, bánh phồng',
    sector: 'ocop-food',
    summary:
      'Gói tư vấn xây dựng tiêu chuẩn cơ sở, kiểm nghiệm, nhãn hàng hóa, câu chuyện sản phẩm và hồ sơ dự thi OCOP cho các cơ sở bánh tráng, bánh phồng làng nghề.',
    highlights: [
      'Mẫu hồ sơ theo Bộ tiêu chí OCOP hiện hành',
      'Hỗ trợ chấm điểm thử trước khi nộp hội đồng cấp tỉnh',
      'Tập huấn ghi chép truy xuất nguồn gốc cho hộ sản xuất',
    ],
    keywords: ['OCOP', 'bánh tráng', 'bánh phồng', 'tư vấn hồ sơ', 'làng nghề'],
    trl: 9,
    ip: 'none',
    priceMillions: 25,
    owner: 'techApplicationCentre',
    modes: ['consulting_training'],
  },
  {
    title: 'Thiết bị giảm ẩm mật ong hoa tràm bằng chân không',
    sector: 'ocop-food',
    summary:
      'Hệ thống cô đặc chân không ở 40 °C đưa độ ẩm mật ong hoa tràm từ 24% về dưới 20% mà không làm tăng HMF, chống lên men chua khi bảo quản.',
    highlights: [
      'Giữ nguyên enzyme và hương hoa tràm',
      'Mẻ 200 kg trong 6 giờ, điều khiển tự động',
      'Mật đạt tiêu chuẩn xuất khẩu về độ ẩm và HMF',
    ],
    keywords: ['mật ong', 'hoa tràm', 'giảm ẩm', 'cô đặc chân không'],
    trl: 8,
    ip: 'utility_solution',
    priceMillions: 140,
    owner: 'bayNuiHerbs',
    modes: ['turnkey'],
  },
  {
    title: 'Hệ thống SCADA giám sát và vận hành cống, trạm bơm thủy lợi',
    sector: 'irrigation',
    summary:
      'Giám sát mực nước, độ mặn, trạng thái cửa cống và máy bơm theo thời gian thực, điều khiển từ trung tâm qua mạng 4G/cáp quang, lưu lịch sử vận hành phục vụ báo cáo.',
    highlights: [
      'Kết nối được bộ điều khiển PLC của nhiều hãng',
      'Cảnh báo qua ứng dụng di động và tin nhắn',
      'Đã triển khai cho 18 cống và 25 trạm bơm',
    ],
    keywords: ['SCADA', 'thủy lợi', 'trạm bơm', 'cống', 'giám sát từ xa'],
    trl: 8,
    ip: 'none',
    priceMillions: 1200,
    owner: 'tayDoIot',
    modes: ['turnkey'],
  },
  {
    title: 'Đập trụ đỡ lắp ghép ngăn mặn cho kênh nội đồng',
    sector: 'irrigation',
    summary:
      'Kết cấu cửa van thép không gỉ trên trụ bê tông đúc sẵn, lắp ghép trong 3–4 tuần, thay đập đất tạm hằng năm để ngăn mặn, giữ ngọt và vẫn cho ghe xuồng qua lại.',
    highlights: [
      'Không phải đắp, phá đập tạm mỗi mùa khô',
      'Móng cọc nhẹ phù hợp nền đất yếu',
      'Vận hành thủ công hoặc gắn động cơ điện',
    ],
    keywords: ['ngăn mặn', 'đập lắp ghép', 'kênh nội đồng', 'thủy lợi'],
    trl: 7,
    ip: 'utility_solution',
    priceMillions: null,
    owner: 'canThoUniversity',
    modes: ['licence', 'consulting_training'],
  },
  {
    title: 'Túi trữ nước ngọt HDPE cho vườn cây ăn trái mùa khô',
    sector: 'irrigation',
    summary:
      'Túi chứa nước bằng màng HDPE 0,5 mm đặt trong mương vườn, trữ 100–500 m³ nước ngọt trước mùa mặn, kèm hướng dẫn đào mương, trải màng và bơm tưới.',
    highlights: [
      'Tuổi thọ màng 7–10 năm, chống tia UV',
      'Chi phí khoảng 45.000 đồng/m³ dung tích trữ',
      'Đã giúp hơn 300 hộ trồng sầu riêng, bưởi vượt hạn mặn',
    ],
    keywords: ['trữ nước ngọt', 'túi HDPE', 'hạn mặn', 'vườn cây ăn trái'],
    trl: 9,
    ip: 'none',
    priceMillions: 35,
    owner: 'saigonMaterials',
    modes: ['turnkey'],
  },
  {
    title: 'Tưới ngập khô xen kẽ tiết kiệm nước cho lúa',
    sector: 'irrigation',
    summary:
      'Chuyển giao kỹ thuật tưới ngập khô xen kẽ (AWD) với ống theo dõi mực nước, giảm 25–30% lượng nước bơm và phát thải khí mê-tan mà năng suất lúa không giảm.',
    highlights: [
      'Ống quan trắc nhựa đục lỗ, nông dân tự làm',
      'Lịch bơm cho cả cánh đồng, tiết kiệm chi phí điện bơm',
      'Đáp ứng yêu cầu của chương trình lúa phát thải thấp',
    ],
    keywords: ['tưới ngập khô xen kẽ', 'AWD', 'lúa phát thải thấp', 'tiết kiệm nước'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 15,
    owner: 'anGiangIrrigation',
    modes: ['consulting_training'],
    commune: 'Xã Thoại Sơn',
  },
  {
    title: 'Cảm biến mực nước kênh mương truyền dữ liệu qua LoRaWAN',
    sector: 'automation-iot',
    summary:
      'Cảm biến siêu âm đo mực nước kênh, pin mặt trời, truyền dữ liệu LoRaWAN xa 5–10 km về cổng thu, hiển thị trên bản đồ và cảnh báo khi triều cường.',
    highlights: [
      'Sai số ±1 cm, đo mỗi 5 phút',
      'Không cần điện lưới, pin dự phòng 7 ngày',
      'Mở API cho hệ thống điều hành thủy lợi của tỉnh',
    ],
    keywords: ['LoRaWAN', 'cảm biến mực nước', 'IoT', 'thủy lợi', 'triều cường'],
    trl: 8,
    ip: 'none',
    priceMillions: 18,
    owner: 'tayDoIot',
    modes: ['turnkey'],
  },
  {
    title: 'Nuôi tôm sú quảng canh cải tiến kết hợp rừng ngập mặn',
    sector: 'aquaculture',
    summary:
      'Mô hình tôm – rừng: giữ 50–60% diện tích rừng đước, thả tôm sú giống sạch bệnh mật độ thấp, không dùng thức ăn công nghiệp, hướng tới chứng nhận tôm sinh thái.',
    highlights: [
      'Chi phí đầu tư thấp, rủi ro dịch bệnh thấp',
      'Giá bán tôm sinh thái cao hơn 15–20%',
      'Hướng dẫn lập hồ sơ chứng nhận hữu cơ',
    ],
    keywords: ['tôm sú', 'tôm rừng', 'quảng canh cải tiến', 'rừng ngập mặn'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 30,
    owner: 'tieuCanShrimp',
    modes: ['consulting_training'],
  },
  {
    title: 'Sản xuất giống cua biển trong hệ thống lọc tuần hoàn',
    sector: 'aquaculture',
    summary:
      'Quy trình ương ấu trùng cua biển đến cua bột trong bể lọc sinh học tuần hoàn, tỷ lệ sống giai đoạn zoea đến cua bột đạt 8–12%, chủ động con giống quanh năm.',
    highlights: [
      'Thức ăn tươi sống (luân trùng, artemia) nuôi tại chỗ',
      'Giảm 70% lượng nước thay so với bể hở',
      'Đã chuyển giao cho 2 trại giống ven biển',
    ],
    keywords: ['giống cua biển', 'lọc tuần hoàn', 'RAS', 'trại giống'],
    trl: 7,
    ip: 'know_how',
    priceMillions: 250,
    owner: 'canThoUniversity',
    modes: ['turnkey', 'consulting_training'],
  },
  {
    title: 'Nuôi lươn không bùn trong bể lót bạt',
    sector: 'aquaculture',
    summary:
      'Kỹ thuật nuôi lươn đồng trong bể bạt với giá thể dây nilon, thức ăn viên phối trộn, thu hoạch sau 8–10 tháng; phù hợp hộ gia đình diện tích nhỏ.',
    highlights: [
      'Mật độ 150–200 con/m², năng suất 25–30 kg/m²',
      'Dễ vệ sinh, ít bệnh, thu hoạch không phải tát bùn',
      'Tập huấn và thăm bể mẫu tại Tháp Mười',
    ],
    keywords: ['nuôi lươn', 'lươn không bùn', 'bể lót bạt', 'kinh tế hộ'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 20,
    owner: 'techApplicationCentre',
    modes: ['consulting_training'],
    commune: 'Xã Tháp Mười',
  },
  {
    title: 'Chế phẩm thảo dược phòng bệnh đốm trắng trên tôm',
    sector: 'aquaculture',
    summary:
      'Hỗn hợp chiết xuất diệp hạ châu, tỏi và ổi trộn vào thức ăn giúp tăng đề kháng, giảm tỷ lệ chết khi tôm thẻ nhiễm virus đốm trắng trong thử nghiệm cảm nhiễm.',
    highlights: [
      'Thay thế một phần kháng sinh trong phòng bệnh',
      'Nguyên liệu trồng được trong vùng',
      'Đang thử nghiệm diện rộng tại ao nuôi thương phẩm',
    ],
    keywords: ['bệnh đốm trắng', 'thảo dược', 'tôm thẻ', 'giảm kháng sinh'],
    trl: 6,
    ip: 'pending_application',
    priceMillions: null,
    owner: 'agriInstitute',
    modes: ['licence', 'joint_venture'],
    outcome: 'returned',
  },
  {
    title: 'Nuôi cá rô phi đơn tính trong ao nước lợ',
    sector: 'aquaculture',
    summary:
      'Quy trình thuần hóa và nuôi cá rô phi đơn tính dòng chịu mặn ở độ mặn 5–15‰, tận dụng ao tôm bỏ hoang, cho thịt chắc, ít mùi bùn.',
    highlights: [
      'Năng suất 18–22 tấn/ha/vụ',
      'Luân canh với tôm giúp cắt mầm bệnh',
      'Đầu ra ổn định qua nhà máy fillet',
    ],
    keywords: ['cá rô phi', 'nước lợ', 'luân canh tôm cá', 'ao bỏ hoang'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 25,
    owner: 'mekongAqua',
    modes: ['consulting_training'],
  },
  {
    title: 'Mô hình nuôi cá kết hợp trồng rau (aquaponics) quy mô hộ',
    sector: 'aquaculture',
    summary:
      'Hệ thống aquaponics 20 m² nuôi cá rô phi, cá trê và trồng rau ăn lá trên giá thể, nước tuần hoàn, không dùng phân hóa học, phù hợp hộ gia đình ven đô.',
    highlights: [
      'Tiết kiệm 90% nước so với trồng rau đất',
      'Mỗi tháng thu 60–80 kg rau và 15 kg cá',
      'Bộ điều khiển bơm theo giờ, dễ lắp đặt',
    ],
    keywords: ['aquaponics', 'nuôi cá trồng rau', 'nông nghiệp đô thị', 'tuần hoàn'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 65,
    owner: 'dongThapUniversity',
    modes: ['turnkey', 'consulting_training'],
  },
  {
    title: 'Sàn thương mại điện tử cho sản phẩm OCOP của hợp tác xã',
    sector: 'it-digital',
    summary:
      'Gian hàng trực tuyến dựng sẵn cho hợp tác xã: quản lý sản phẩm OCOP, đơn hàng, thanh toán QR, kết nối đơn vị vận chuyển và đồng bộ lên các sàn lớn.',
    highlights: [
      'Thiết lập trong 1 ngày, không cần lập trình',
      'Tem truy xuất nguồn gốc gắn với từng lô hàng',
      'Báo cáo doanh thu theo sản phẩm, kênh bán',
    ],
    keywords: ['thương mại điện tử', 'OCOP', 'hợp tác xã', 'bán hàng trực tuyến', 'chuyển đổi số'],
    trl: 9,
    ip: 'none',
    priceMillions: 48,
    owner: 'mekongDigital',
    modes: ['licence', 'consulting_training'],
  },
  {
    title: 'Ứng dụng nhận diện sâu bệnh lúa bằng trí tuệ nhân tạo',
    sector: 'it-digital',
    summary:
      'Ứng dụng điện thoại chụp lá lúa, nhận diện 12 loại sâu bệnh phổ biến (đạo ôn, cháy bìa lá, rầy nâu…) với độ chính xác trên 90% và gợi ý biện pháp xử lý theo khuyến cáo.',
    highlights: [
      'Chạy ngoại tuyến trên điện thoại phổ thông',
      'Dữ liệu ảnh gắn tọa độ giúp dự báo dịch theo vùng',
      'Giao diện tiếng Việt, có đọc kết quả bằng giọng nói',
    ],
    keywords: ['trí tuệ nhân tạo', 'nhận diện sâu bệnh', 'AI', 'lúa', 'ứng dụng di động'],
    trl: 7,
    ip: 'know_how',
    priceMillions: null,
    owner: 'canThoUniversity',
    modes: ['licence', 'joint_venture'],
  },
  {
    title: 'Phần mềm hóa đơn điện tử và sổ sách cho hộ kinh doanh',
    sector: 'it-digital',
    summary:
      'Phần mềm trên điện thoại giúp hộ kinh doanh xuất hóa đơn điện tử từ máy tính tiền, ghi sổ doanh thu, chi phí theo mẫu của cơ quan thuế và nộp tờ khai trực tuyến.',
    highlights: [
      'Kết nối máy in nhiệt qua Bluetooth',
      'Tự tổng hợp số liệu kê khai theo quý',
      'Hỗ trợ qua điện thoại và Zalo',
    ],
    keywords: ['hóa đơn điện tử', 'hộ kinh doanh', 'kế toán', 'máy tính tiền'],
    trl: 9,
    ip: 'none',
    priceMillions: 12,
    owner: 'mekongDigital',
    modes: ['licence'],
  },
  {
    title: 'Bản đồ số vùng trồng trên nền GIS cho cấp xã',
    sector: 'it-digital',
    summary:
      'Số hóa ranh thửa, cây trồng, mã số vùng trồng và hộ canh tác trên bản đồ GIS, cập nhật từ điện thoại của cán bộ xã, xuất báo cáo diện tích theo cây trồng, mùa vụ.',
    highlights: [
      'Dùng ảnh vệ tinh và ảnh flycam làm nền',
      'Phân quyền xã, tỉnh; xuất dữ liệu chuẩn mở',
      'Tích hợp được với hệ thống truy xuất nguồn gốc',
    ],
    keywords: ['GIS', 'bản đồ số', 'mã số vùng trồng', 'chuyển đổi số cấp xã'],
    trl: 8,
    ip: 'none',
    priceMillions: 150,
    owner: 'tayDoIot',
    modes: ['turnkey', 'consulting_training'],
  },
  {
    title: 'Trợ lý ảo tư vấn kỹ thuật nông nghiệp bằng tiếng Việt',
    sector: 'it-digital',
    summary:
      'Chatbot trả lời câu hỏi kỹ thuật trồng trọt, chăn nuôi, thủy sản qua Zalo và trang web, dựa trên kho tài liệu khuyến nông đã kiểm duyệt, có chuyển câu khó cho chuyên gia.',
    highlights: [
      'Hiểu tiếng Việt không dấu và phương ngữ Nam Bộ',
      'Dẫn nguồn tài liệu cho mỗi câu trả lời',
      'Thống kê câu hỏi nổi bật theo mùa vụ',
    ],
    keywords: ['chatbot', 'trợ lý ảo', 'khuyến nông', 'trí tuệ nhân tạo'],
    trl: 7,
    ip: 'none',
    priceMillions: 90,
    owner: 'mekongDigital',
    modes: ['licence', 'turnkey'],
    outcome: 'submitted',
  },
  {
    title: 'Phần mềm quản lý kho lạnh và xuất nhập hàng theo lô',
    sector: 'it-digital',
    summary:
      'Quản lý vị trí pallet, nhiệt độ phòng lạnh, nhập xuất theo lô và hạn dùng (FEFO) cho kho lạnh thủy sản, trái cây; kết nối cảm biến nhiệt và máy quét mã vạch.',
    highlights: [
      'Cảnh báo khi nhiệt độ kho vượt ngưỡng',
      'In tem mã vạch cho từng pallet',
      'Báo cáo tồn kho theo khách hàng thuê kho',
    ],
    keywords: ['quản lý kho lạnh', 'FEFO', 'chuỗi lạnh', 'phần mềm'],
    trl: 9,
    ip: 'none',
    priceMillions: 40,
    owner: 'tayDoIot',
    modes: ['licence', 'consulting_training'],
  },
  {
    title: 'Tấm cách nhiệt từ xơ dừa ép nhiệt',
    sector: 'materials',
    summary:
      'Tấm cách nhiệt, cách âm từ xơ dừa trộn chất kết dính gốc tinh bột, ép nóng thành tấm 20–50 mm, thay bông thủy tinh cho mái nhà xưởng và kho nông sản.',
    highlights: [
      'Hệ số dẫn nhiệt 0,045 W/m·K',
      'Xử lý chống cháy lan và chống mối mọt',
      'Tận dụng phụ phẩm xơ dừa giá rẻ của vùng',
    ],
    keywords: ['xơ dừa', 'tấm cách nhiệt', 'vật liệu xanh', 'phụ phẩm dừa'],
    trl: 7,
    ip: 'pending_application',
    priceMillions: 400,
    owner: 'benTreCoconut',
    modes: ['licence', 'joint_venture'],
  },
  {
    title: 'Bê tông nhẹ dùng tro bay và xỉ lò',
    sector: 'materials',
    summary:
      'Cấp phối bê tông bọt khí dùng 30–40% tro bay nhiệt điện thay xi măng, khối lượng thể tích 800–1.000 kg/m³, làm tường bao và sàn nhẹ cho nhà ở vùng nền đất yếu.',
    highlights: [
      'Giảm tải trọng móng, phù hợp đất yếu Đồng bằng sông Cửu Long',
      'Tiêu thụ tro xỉ, giảm bãi chứa chất thải rắn',
      'Đạt TCVN về cường độ và độ co khô',
    ],
    keywords: ['bê tông nhẹ', 'tro bay', 'vật liệu xây dựng', 'xỉ lò'],
    trl: 8,
    ip: 'utility_solution',
    priceMillions: 600,
    owner: 'saigonMaterials',
    modes: ['licence', 'turnkey'],
  },
  {
    title: 'Bao bì phân hủy sinh học từ tinh bột khoai mì và bã mía',
    sector: 'materials',
    summary:
      'Khay, hộp đựng thực phẩm ép nhiệt từ bột giấy bã mía và tinh bột khoai mì, chịu nước nóng 100 °C, phân hủy hoàn toàn trong 90 ngày ở điều kiện ủ compost.',
    highlights: [
      'Thay thế hộp xốp cho chợ, quán ăn, siêu thị',
      'Nguyên liệu từ nhà máy đường và tinh bột trong vùng',
      'Đang hoàn thiện khuôn cho 6 mẫu sản phẩm',
    ],
    keywords: ['bao bì sinh học', 'bã mía', 'tinh bột khoai mì', 'thay thế nhựa'],
    trl: 6,
    ip: 'pending_application',
    priceMillions: null,
    owner: 'saigonMaterials',
    modes: ['licence', 'joint_venture'],
  },
  {
    title: 'Cải tạo lò nung gạch gốm sang lò tuynel tiết kiệm nhiên liệu',
    sector: 'materials',
    summary:
      'Tư vấn thiết kế và chuyển đổi lò vòng thủ công sang lò tuynel đốt trấu viên cho làng nghề gạch gốm, giảm 35% nhiên liệu và đáp ứng quy chuẩn khí thải.',
    highlights: [
      'Thiết kế phù hợp mặt bằng nhỏ ven sông',
      'Kiểm soát nhiệt độ nung đều, giảm sản phẩm lỗi',
      'Đào tạo thợ đốt lò vận hành theo quy trình mới',
    ],
    keywords: ['lò tuynel', 'gạch gốm', 'làng nghề', 'tiết kiệm nhiên liệu', 'Mang Thít'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 1800,
    owner: 'mangThitPottery',
    modes: ['turnkey', 'consulting_training'],
  },
  {
    title: 'Ống hút gạo và ống hút cỏ bàng thay ống hút nhựa',
    sector: 'materials',
    summary:
      'Quy trình phối trộn bột gạo, bột năng, ép đùn và sấy ống hút gạo; kèm quy trình xử lý, sấy khô ống hút cỏ bàng dùng cho quán cà phê, nhà hàng.',
    highlights: [
      'Ống hút gạo giữ độ cứng 2 giờ trong nước lạnh',
      'Cỏ bàng thu mua từ vùng đất phèn của tỉnh',
      'Bao bì giấy kraft, in được thương hiệu khách hàng',
    ],
    keywords: ['ống hút gạo', 'cỏ bàng', 'thay thế nhựa', 'sản phẩm xanh'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 180,
    owner: 'songHau',
    modes: ['turnkey'],
    outcome: 'draft',
  },
  {
    title: 'Vải địa kỹ thuật xơ dừa chống sạt lở bờ kênh',
    sector: 'materials',
    summary:
      'Lưới và thảm xơ dừa dệt gia cố mái bờ kênh, bờ sông kết hợp trồng cỏ vetiver; xơ dừa tự phân hủy sau 3–5 năm khi rễ cỏ đã giữ đất.',
    highlights: [
      'Chi phí thấp hơn kè bê tông 60–70%',
      'Thân thiện môi trường, không để lại rác nhựa',
      'Thi công bằng lao động địa phương',
    ],
    keywords: ['xơ dừa', 'vải địa kỹ thuật', 'chống sạt lở', 'bờ kênh'],
    trl: 8,
    ip: 'utility_solution',
    priceMillions: null,
    owner: 'benTreCoconut',
    modes: ['turnkey', 'consulting_training'],
  },
  {
    title: 'Than hoạt tính từ gáo dừa',
    sector: 'materials',
    summary:
      'Công nghệ than hóa và hoạt hóa bằng hơi nước gáo dừa thành than hoạt tính dạng hạt, chỉ số iod trên 1.000 mg/g, dùng lọc nước, xử lý khí và khẩu trang.',
    highlights: [
      'Lò quay hoạt hóa liên tục 1 tấn/ngày',
      'Tận dụng khí than hóa làm nhiên liệu cho lò',
      'Sản phẩm đạt tiêu chuẩn than lọc nước sinh hoạt',
    ],
    keywords: ['than hoạt tính', 'gáo dừa', 'lọc nước', 'phụ phẩm dừa'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 1500,
    owner: 'benTreCoconut',
    modes: ['turnkey', 'joint_venture'],
  },
  {
    title: 'Trồng nghệ đen và sơ chế dược liệu theo GACP-WHO',
    sector: 'health',
    summary:
      'Quy trình trồng, thu hái, sơ chế và sấy nghệ đen, nghệ vàng trên đất đồi Bảy Núi theo nguyên tắc GACP-WHO, đủ điều kiện cung ứng cho doanh nghiệp dược.',
    highlights: [
      'Sổ ghi chép canh tác và truy xuất theo lô',
      'Sấy ở 50 °C giữ hàm lượng curcumin',
      'Kết nối bao tiêu với 2 công ty dược',
    ],
    keywords: ['dược liệu', 'nghệ đen', 'GACP', 'Bảy Núi'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 60,
    owner: 'bayNuiHerbs',
    modes: ['consulting_training'],
  },
  {
    title: 'Bộ xét nghiệm nhanh sốt xuất huyết NS1 cho trạm y tế',
    sector: 'health',
    summary:
      'Que thử sắc ký miễn dịch phát hiện kháng nguyên NS1 của virus Dengue trong 15 phút từ máu toàn phần, giúp trạm y tế xã chẩn đoán sớm trong mùa dịch.',
    highlights: [
      'Độ nhạy 92%, độ đặc hiệu 98% so với ELISA',
      'Bảo quản ở nhiệt độ phòng, hạn dùng 18 tháng',
      'Giá thành thấp hơn hàng nhập khẩu khoảng 40%',
    ],
    keywords: ['sốt xuất huyết', 'xét nghiệm nhanh', 'NS1', 'y tế cơ sở'],
    trl: 8,
    ip: 'pending_application',
    priceMillions: null,
    owner: 'haThanhMedical',
    modes: ['licence', 'joint_venture'],
  },
  {
    title: 'Máy lọc nước RO cấp nước uống cho trường học vùng nhiễm mặn',
    sector: 'health',
    summary:
      'Hệ thống lọc thẩm thấu ngược 500 lít/giờ xử lý nước giếng, nước sông nhiễm mặn thành nước uống đạt QCVN, có vòi uống trực tiếp và chế độ tự súc rửa màng.',
    highlights: [
      'Xử lý nước đầu vào độ mặn đến 5‰',
      'Đồng hồ đo TDS hiển thị chất lượng nước',
      'Bảo trì định kỳ 3 tháng một lần tại trường',
    ],
    keywords: ['lọc nước RO', 'nước uống', 'trường học', 'nhiễm mặn'],
    trl: 9,
    ip: 'none',
    priceMillions: 85,
    owner: 'techApplicationCentre',
    modes: ['turnkey'],
    commune: 'Xã Gò Công Đông',
  },
  {
    title: 'Hệ thống khám bệnh từ xa cho trạm y tế xã',
    sector: 'health',
    summary:
      'Bộ thiết bị hội chẩn từ xa gồm camera soi, ống nghe điện tử, máy điện tim kết nối phần mềm, cho phép bác sĩ tuyến tỉnh khám cùng trạm y tế xã theo lịch hẹn.',
    highlights: [
      'Truyền hình ảnh và âm thanh tim phổi chất lượng cao qua 4G',
      'Lưu hồ sơ hội chẩn vào bệnh án điện tử',
      'Đào tạo nhân viên y tế vận hành trong 2 ngày',
    ],
    keywords: ['khám bệnh từ xa', 'telehealth', 'y tế cơ sở', 'hội chẩn'],
    trl: 8,
    ip: 'none',
    priceMillions: 320,
    owner: 'haThanhMedical',
    modes: ['turnkey', 'consulting_training'],
  },
  {
    title: 'Trà túi lọc rau má và cao khô rau má',
    sector: 'health',
    summary:
      'Quy trình sấy lạnh, nghiền và đóng gói trà túi lọc rau má, cùng quy trình chiết cao khô chuẩn hóa asiaticosid, làm nguyên liệu cho nước giải khát thảo dược.',
    highlights: [
      'Giữ màu xanh tự nhiên của rau má',
      'Hàm lượng asiaticosid ổn định giữa các lô',
      'Đã đăng ký công bố sản phẩm thực phẩm',
    ],
    keywords: ['rau má', 'trà túi lọc', 'dược liệu', 'cao khô'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 40,
    owner: 'dongThapUniversity',
    modes: ['turnkey', 'consulting_training'],
  },
  {
    title: 'Nước súc miệng thảo dược từ lá trầu không và cam thảo',
    sector: 'health',
    summary:
      'Công thức nước súc miệng từ cao chiết lá trầu không, cam thảo và bạc hà, kháng khuẩn vùng miệng tương đương chlorhexidine 0,12% trên thử nghiệm in vitro, không gây ố răng.',
    highlights: [
      'Không chứa cồn, phù hợp trẻ em và người lớn tuổi',
      'Nguyên liệu trồng được tại đồng bằng',
      'Cần đối tác sản xuất đạt GMP để thương mại hóa',
    ],
    keywords: ['nước súc miệng', 'lá trầu không', 'thảo dược', 'chăm sóc răng miệng'],
    trl: 6,
    ip: 'pending_application',
    priceMillions: null,
    owner: 'southernFoodInstitute',
    modes: ['licence', 'assignment'],
  },
  {
    title: 'Đèn bẫy côn trùng dùng pin mặt trời cho vườn thanh long',
    sector: 'energy',
    summary:
      'Đèn LED bước sóng chọn lọc kết hợp khay keo dính, tự bật lúc chạng vạng bằng pin mặt trời, giảm 30–50% số lần phun thuốc trừ sâu cho vườn thanh long, rau màu.',
    highlights: [
      'Không kéo dây điện ra vườn',
      'Thu hút bướm đêm, rầy, bọ xít gây hại chính',
      'Chi phí khoảng 4 triệu đồng mỗi đèn cho 2.000 m²',
    ],
    keywords: ['đèn bẫy côn trùng', 'pin mặt trời', 'thanh long', 'giảm thuốc bảo vệ thực vật'],
    trl: 8,
    ip: 'utility_solution',
    priceMillions: 4,
    owner: 'tayDoIot',
    modes: ['turnkey'],
  },
  {
    title: 'Điện mặt trời nổi trên ao nuôi tôm',
    sector: 'energy',
    summary:
      'Giải pháp phao nổi HDPE đặt tấm pin trên 20–30% mặt ao nuôi tôm, cấp điện cho quạt nước và máy cho ăn, đồng thời che nắng giảm nhiệt độ nước mùa hè.',
    highlights: [
      'Không chiếm thêm đất, không cản trở quạt nước',
      'Giảm 40–60% chi phí điện của trại nuôi',
      'Thiết kế chống ăn mòn nước lợ',
    ],
    keywords: ['điện mặt trời nổi', 'ao tôm', 'năng lượng tái tạo', 'tiết kiệm điện'],
    trl: 7,
    ip: 'none',
    priceMillions: null,
    owner: 'tayDoIot',
    modes: ['turnkey', 'joint_venture'],
  },
  {
    title: 'Ủ phân compost từ bùn mía và phân bò',
    sector: 'environment',
    summary:
      'Quy trình ủ hiếu khí bùn lọc nhà máy đường phối trộn phân bò và chế phẩm vi sinh, đảo trộn bằng máy, sau 45 ngày cho phân hữu cơ đạt tiêu chuẩn phân bón.',
    highlights: [
      'Chủng vi sinh phân giải cellulose chọn lọc',
      'Không mùi hôi, không ruồi nhặng sau 7 ngày',
      'Giá thành phân khoảng 1.800 đồng/kg',
    ],
    keywords: ['phân compost', 'bùn mía', 'phân hữu cơ', 'vi sinh'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 20,
    owner: 'agriInstitute',
    modes: ['consulting_training'],
    outcome: 'draft',
  },
  {
    title: 'Chế phẩm Bacillus khử mùi chuồng trại chăn nuôi',
    sector: 'livestock',
    summary:
      'Chế phẩm vi khuẩn Bacillus tuyển chọn phun lên đệm lót và trộn vào nước thải, giảm 70% khí amoniac và H₂S trong chuồng heo, chuồng gà sau 2 tuần sử dụng.',
    highlights: [
      'Mật độ vi khuẩn trên 10⁹ CFU/g',
      'Dạng bột bảo quản 12 tháng ở nhiệt độ phòng',
      'Giảm khiếu nại mùi của khu dân cư xung quanh',
    ],
    keywords: ['khử mùi chuồng trại', 'Bacillus', 'chế phẩm sinh học', 'chăn nuôi'],
    trl: 7,
    ip: 'pending_application',
    priceMillions: 80,
    owner: 'southernFoodInstitute',
    modes: ['licence', 'assignment'],
  },
  {
    title: 'Nuôi dê thịt nhốt chuồng sàn với cỏ voi ủ chua',
    sector: 'livestock',
    summary:
      'Mô hình nuôi dê Boer lai nhốt chuồng sàn, thức ăn cỏ voi và thân cây bắp ủ chua, bổ sung bánh dinh dưỡng; dê xuất chuồng sau 6–7 tháng, trọng lượng 30–35 kg.',
    highlights: [
      'Chuồng sàn cao, khô ráo, giảm bệnh tiêu chảy',
      'Ủ chua giúp chủ động thức ăn mùa lũ',
      'Hướng dẫn phòng bệnh và tiêm vắc-xin định kỳ',
    ],
    keywords: ['nuôi dê', 'cỏ voi', 'ủ chua', 'chăn nuôi nông hộ'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 15,
    owner: 'techApplicationCentre',
    modes: ['consulting_training'],
  },
  {
    title: 'Nhân giống bưởi da xanh bằng ghép mắt sạch bệnh vàng lá',
    sector: 'crop-production',
    summary:
      'Quy trình vườn cây đầu dòng trong nhà lưới, gốc ghép chịu mặn và ghép mắt bưởi da xanh sạch bệnh vàng lá gân xanh, cây giống xuất vườn sau 8 tháng.',
    highlights: [
      'Cây mẹ được xét nghiệm PCR định kỳ',
      'Gốc ghép chịu mặn đến 4‰',
      'Sản lượng 20.000 cây giống mỗi năm',
    ],
    keywords: ['bưởi da xanh', 'cây giống sạch bệnh', 'ghép mắt', 'vàng lá gân xanh'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 30,
    owner: 'agriInstitute',
    modes: ['consulting_training'],
  },
  {
    title: 'Xử lý ra hoa xoài nghịch vụ an toàn',
    sector: 'crop-production',
    summary:
      'Kinh nghiệm của hợp tác xã trong xử lý ra hoa xoài cát Chu nghịch vụ: khoanh liều paclobutrazol theo tuổi cây, tỉa cành, bao trái và ghi chép nhật ký đáp ứng mã số vùng trồng.',
    highlights: [
      'Bán được giá cao gấp 1,5–2 lần chính vụ',
      'Giảm dư lượng nhờ liều lượng chính xác',
      'Tham quan vườn mẫu của hợp tác xã',
    ],
    keywords: ['xoài nghịch vụ', 'xử lý ra hoa', 'xoài cát Chu', 'bao trái'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 20,
    owner: 'caoLanh',
    modes: ['consulting_training'],
  },
  {
    title: 'Xây dựng vùng trồng xoài đạt GlobalGAP cho hợp tác xã',
    sector: 'crop-production',
    summary:
      'Gói tư vấn của Hợp tác xã Xoài Cao Lãnh: tổ chức tổ nhóm, sổ tay quy trình, đánh giá nội bộ và chuẩn bị chứng nhận GlobalGAP cho vùng xoài 50–100 ha.',
    highlights: [
      'Bộ biểu mẫu ghi chép đã qua đánh giá chứng nhận',
      'Hướng dẫn quản lý thuốc bảo vệ thực vật tập trung',
      'Kinh nghiệm xuất khẩu xoài đi Hàn Quốc, Nhật Bản',
    ],
    keywords: ['GlobalGAP', 'vùng trồng xoài', 'hợp tác xã', 'xuất khẩu'],
    trl: 9,
    ip: 'none',
    priceMillions: 30,
    owner: 'caoLanh',
    modes: ['consulting_training'],
    outcome: 'submitted',
  },
  {
    title: 'Sơ chế và đóng gói khoai lang tím xuất khẩu',
    sector: 'agri-processing',
    summary:
      'Quy trình rửa, hong khô, xử lý vết thương (curing) và đóng thùng khoai lang tím Nhật xuất khẩu, giảm thối hỏng khi vận chuyển container lạnh 25–30 ngày.',
    highlights: [
      'Phòng curing 30 °C, ẩm độ 90% trong 4 ngày',
      'Phân loại theo khối lượng củ bằng cân băng tải',
      'Tỷ lệ hàng bị trả về dưới 2%',
    ],
    keywords: ['khoai lang tím', 'sơ chế', 'đóng gói', 'xuất khẩu', 'curing'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 50,
    owner: 'songHau',
    modes: ['turnkey', 'consulting_training'],
    outcome: 'returned',
  },
  {
    title: 'Robot tự hành phun thuốc trong nhà màng',
    sector: 'automation-iot',
    summary:
      'Xe tự hành chạy trên ray ống sưởi hoặc lối đi nhà màng, phun thuốc sinh học và dinh dưỡng theo lịch, người vận hành không phải tiếp xúc hóa chất.',
    highlights: [
      'Định vị bằng vạch từ, tự quay đầu cuối luống',
      'Lượng phun điều chỉnh theo tốc độ xe',
      'Pin lithium chạy 4 giờ cho 3.000 m²',
    ],
    keywords: ['robot', 'phun thuốc', 'nhà màng', 'tự động hóa'],
    trl: 6,
    ip: 'pending_application',
    priceMillions: null,
    owner: 'tayDoIot',
    modes: ['licence', 'joint_venture'],
  },
  {
    title: 'Bộ điều khiển máy bơm qua điện thoại bằng SIM 4G',
    sector: 'automation-iot',
    summary:
      'Hộp điều khiển bật tắt máy bơm, quạt nước từ xa qua ứng dụng hoặc cuộc gọi, hẹn giờ, báo mất pha và quá dòng; lắp vào tủ điện có sẵn trong 30 phút.',
    highlights: [
      'Hoạt động cả khi sóng yếu nhờ lệnh qua tin nhắn',
      'Bảo vệ động cơ khi mất pha, quá tải',
      'Bảo hành 24 tháng',
    ],
    keywords: ['điều khiển từ xa', 'máy bơm', 'SIM 4G', 'nhà thông minh nông nghiệp'],
    trl: 9,
    ip: 'none',
    priceMillions: 4,
    owner: 'mekongDigital',
    modes: ['assignment'],
  },
];

export const REGIONAL_EQUIPMENT: readonly RegionalEquipment[] = [
  {
    title: 'Máy sấy phun ly tâm 20 lít/giờ',
    sector: 'agri-processing',
    summary:
      'Máy sấy phun đầu phun ly tâm cho bột sữa dừa, bột trái cây, dịch chiết dược liệu, quy mô pilot và sản xuất nhỏ.',
    specifications: [
      ['Năng suất bốc hơi', '20 lít/giờ'],
      ['Nhiệt độ khí vào', '150–220 °C'],
      ['Vật liệu', 'Inox 304 phần tiếp xúc sản phẩm'],
      ['Điện năng', '24 kW, 3 pha 380 V'],
    ],
    keywords: ['máy sấy phun', 'bột trái cây', 'sấy dịch chiết'],
    priceMillions: 420,
    owner: 'dongThapMechanical',
    condition: 'new',
    quantity: 2,
  },
  {
    title: 'Máy bóc vỏ dừa khô 400 trái/giờ',
    sector: 'mechanical',
    summary: 'Máy bóc vỏ dừa khô bằng trục gai, tách xơ gọn, thay 4–5 lao động thủ công tại các điểm thu mua dừa.',
    specifications: [
      ['Năng suất', '350–400 trái/giờ'],
      ['Động cơ', '5,5 kW'],
      ['Kích thước', '1,6 × 0,9 × 1,2 m'],
    ],
    keywords: ['bóc vỏ dừa', 'máy chế biến dừa', 'cơ giới hóa'],
    priceMillions: 85,
    owner: 'benTreCoconut',
    condition: 'used_good',
    quantity: 3,
  },
  {
    title: 'Máy ép cám viên mini cho hộ chăn nuôi',
    sector: 'livestock',
    summary:
      'Máy ép viên thức ăn gia súc, gia cầm từ cám, bắp, bột cá tự phối trộn, giúp hộ chăn nuôi giảm 15–20% chi phí thức ăn.',
    specifications: [
      ['Năng suất', '100–150 kg/giờ'],
      ['Đường kính viên', '2,5 – 6 mm (thay khuôn)'],
      ['Động cơ', '7,5 kW, 1 pha hoặc 3 pha'],
    ],
    keywords: ['ép cám viên', 'thức ăn chăn nuôi', 'máy ép viên'],
    priceMillions: 28,
    owner: 'dongThapMechanical',
    condition: 'new',
    quantity: 8,
  },
  {
    title: 'Hệ thống lọc tuần hoàn RAS cho bể ương giống 10 m³',
    sector: 'aquaculture',
    summary:
      'Trọn bộ lọc cơ học, lọc sinh học giá thể di động, đèn UV và bơm tuần hoàn cho bể ương tôm, cá giống, tiết kiệm nước và ổn định chất lượng nước.',
    specifications: [
      ['Thể tích bể phục vụ', '10 m³'],
      ['Lưu lượng tuần hoàn', '8 m³/giờ'],
      ['Đèn UV', '2 × 80 W'],
      ['Điện năng tiêu thụ', '1,2 kW'],
    ],
    keywords: ['RAS', 'lọc tuần hoàn', 'ương giống', 'bể nuôi'],
    priceMillions: 230,
    owner: 'mekongAqua',
    condition: 'new',
    quantity: 4,
  },
  {
    title: 'Máy siêu âm chẩn đoán xách tay',
    sector: 'health',
    summary:
      'Máy siêu âm xách tay đen trắng kèm đầu dò bụng và đầu dò tuyến nông, phù hợp trạm y tế xã và phòng khám tư nhân.',
    specifications: [
      ['Màn hình', '15 inch LED'],
      ['Đầu dò', 'Convex 3,5 MHz; Linear 7,5 MHz'],
      ['Pin', '2 giờ hoạt động liên tục'],
    ],
    keywords: ['máy siêu âm', 'thiết bị y tế', 'trạm y tế'],
    priceMillions: 350,
    owner: 'haThanhMedical',
    condition: 'used_good',
    quantity: 2,
  },
  {
    title: 'Máy xét nghiệm sinh hóa bán tự động',
    sector: 'health',
    summary:
      'Máy phân tích sinh hóa bán tự động đo đường huyết, mỡ máu, chức năng gan thận, hóa chất mở, dùng cho trung tâm y tế và phòng khám.',
    specifications: [
      ['Số xét nghiệm', 'trên 100 chương trình cài sẵn'],
      ['Nguồn sáng', 'Đèn halogen 6 V/10 W'],
      ['Bộ nhớ', '10.000 kết quả'],
    ],
    keywords: ['xét nghiệm sinh hóa', 'máy xét nghiệm', 'thiết bị y tế'],
    priceMillions: 180,
    owner: 'haThanhMedical',
    condition: 'new',
    quantity: 5,
  },
  {
    title: 'Nồi nấu kẹo dừa hai vỏ gia nhiệt bằng dầu',
    sector: 'ocop-food',
    summary:
      'Nồi hai vỏ có cánh khuấy, gia nhiệt gián tiếp bằng dầu truyền nhiệt, nấu kẹo dừa, mứt, mạch nha không cháy khét.',
    specifications: [
      ['Dung tích', '100 lít'],
      ['Công suất gia nhiệt', '12 kW'],
      ['Cánh khuấy', 'Motor giảm tốc 1,5 kW, điều tốc'],
    ],
    keywords: ['nồi nấu kẹo', 'kẹo dừa', 'nồi hai vỏ', 'OCOP'],
    priceMillions: 65,
    owner: 'dongThapMechanical',
    condition: 'new',
    quantity: 6,
  },
  {
    title: 'Máy dán nhãn chai tròn tự động',
    sector: 'ocop-food',
    summary:
      'Máy dán nhãn decal cho chai tròn thủy tinh, nhựa (nước mắm, mật ong, giấm, nước ép), tốc độ 30–50 chai/phút, có in hạn dùng.',
    specifications: [
      ['Tốc độ', '30–50 chai/phút'],
      ['Đường kính chai', '25–100 mm'],
      ['Độ chính xác', '±1 mm'],
    ],
    keywords: ['dán nhãn', 'đóng chai', 'bao bì', 'OCOP'],
    priceMillions: 55,
    owner: 'saigonMaterials',
    condition: 'refurbished',
    quantity: 2,
  },
  {
    title: 'Trạm quan trắc độ mặn tự động 4 thông số',
    sector: 'irrigation',
    summary:
      'Trạm đo độ mặn, mực nước, nhiệt độ và pH tự động, gửi dữ liệu 15 phút/lần về máy chủ, dùng cho cống đầu mối và trạm bơm.',
    specifications: [
      ['Thông số đo', 'Độ mặn, mực nước, nhiệt độ, pH'],
      ['Truyền dữ liệu', '4G, dự phòng SMS'],
      ['Nguồn', 'Pin mặt trời 100 W, ắc quy 100 Ah'],
    ],
    keywords: ['quan trắc độ mặn', 'trạm quan trắc', 'cảnh báo mặn'],
    priceMillions: 75,
    owner: 'tayDoIot',
    condition: 'new',
    quantity: 10,
  },
  {
    title: 'Máy bơm hướng trục 2.000 m³/giờ',
    sector: 'irrigation',
    summary:
      'Máy bơm hướng trục trục đứng đã qua sử dụng, thanh lý sau khi nâng cấp trạm bơm; phù hợp bơm tưới tiêu cánh đồng lớn.',
    specifications: [
      ['Lưu lượng', '2.000 m³/giờ'],
      ['Cột áp', '4–5 m'],
      ['Động cơ', '45 kW, 3 pha'],
    ],
    keywords: ['máy bơm hướng trục', 'trạm bơm', 'tưới tiêu', 'thanh lý'],
    priceMillions: 140,
    owner: 'anGiangIrrigation',
    condition: 'used_fair',
    quantity: 2,
  },
  {
    title: 'Nhà sấy năng lượng mặt trời dạng vòm 60 m²',
    sector: 'energy',
    summary:
      'Nhà sấy khung thép mạ kẽm, mái polycarbonate chống UV, quạt hút ẩm chạy pin mặt trời, sấy khô cá, chuối, ớt, dược liệu sạch bụi.',
    specifications: [
      ['Diện tích sàn', '60 m²'],
      ['Tải sấy', '600–800 kg nguyên liệu tươi/mẻ'],
      ['Quạt hút', '4 quạt DC 24 V'],
    ],
    keywords: ['nhà sấy năng lượng mặt trời', 'solar dome', 'sấy nông sản'],
    priceMillions: 95,
    owner: 'saigonMaterials',
    condition: 'new',
    quantity: 4,
  },
  {
    title: 'Lò nung gốm mỹ nghệ bằng gas 1 m³',
    sector: 'materials',
    summary:
      'Lò nung con thoi đốt gas, nhiệt độ tối đa 1.300 °C, điều khiển theo chương trình, dùng nung gốm mỹ nghệ và gốm men.',
    specifications: [
      ['Thể tích buồng nung', '1 m³'],
      ['Nhiệt độ tối đa', '1.300 °C'],
      ['Bộ điều khiển', '30 đoạn chương trình'],
    ],
    keywords: ['lò nung gốm', 'gốm mỹ nghệ', 'lò gas'],
    priceMillions: 120,
    owner: 'mangThitPottery',
    condition: 'used_good',
    quantity: 1,
  },
  {
    title: 'Máy đùn ép ống hút gạo',
    sector: 'mechanical',
    summary: 'Máy đùn trục vít ép bột gạo thành ống hút, dao cắt theo chiều dài cài đặt, kèm băng tải làm nguội.',
    specifications: [
      ['Năng suất', '60–80 kg/giờ'],
      ['Đường kính ống', '6–12 mm (thay khuôn)'],
      ['Động cơ chính', '22 kW'],
    ],
    keywords: ['ống hút gạo', 'máy đùn', 'thay thế nhựa'],
    priceMillions: 310,
    owner: 'dongThapMechanical',
    condition: 'new',
    quantity: 2,
  },
  {
    title: 'Máy sục khí nano đáy ao nuôi',
    sector: 'aquaculture',
    summary:
      'Máy thổi khí kết hợp ống đĩa tạo bọt nano đặt đáy ao, tăng oxy hòa tan tầng đáy, giảm khí độc, tiết kiệm điện so với quạt nước.',
    specifications: [
      ['Công suất máy thổi', '2,2 kW'],
      ['Số đĩa sục', '40 đĩa'],
      ['Diện tích ao phục vụ', '2.000–3.000 m²'],
    ],
    keywords: ['sục khí nano', 'oxy đáy ao', 'ao nuôi tôm'],
    priceMillions: 38,
    owner: 'mekongAqua',
    condition: 'new',
    quantity: 12,
  },
  {
    title: 'Tủ an toàn sinh học cấp II',
    sector: 'biotech',
    summary:
      'Tủ an toàn sinh học cấp II loại A2 đã qua sử dụng, kiểm định lại bộ lọc HEPA, dùng cho phòng nuôi cấy mô và vi sinh.',
    specifications: [
      ['Chiều rộng làm việc', '1,2 m'],
      ['Lọc', 'HEPA hiệu suất 99,99% với hạt 0,3 µm'],
      ['Đèn UV', '30 W'],
    ],
    keywords: ['tủ an toàn sinh học', 'phòng thí nghiệm', 'nuôi cấy mô'],
    priceMillions: 90,
    owner: 'techApplicationCentre',
    condition: 'used_good',
    quantity: 1,
  },
  {
    title: 'Máy ép dầu dừa tinh khiết ép lạnh',
    sector: 'agri-processing',
    summary: 'Máy ép trục vít ép lạnh cơm dừa sấy thành dầu dừa tinh khiết, đã tân trang trục ép và thay buồng ép mới.',
    specifications: [
      ['Năng suất', '80–100 kg cơm dừa/giờ'],
      ['Nhiệt độ ép', 'dưới 45 °C'],
      ['Động cơ', '11 kW'],
    ],
    keywords: ['dầu dừa', 'ép lạnh', 'máy ép dầu'],
    priceMillions: 160,
    owner: 'benTreCoconut',
    condition: 'refurbished',
    quantity: 1,
  },
  {
    title: 'Hệ thống camera AI ước lượng sinh khối tôm',
    sector: 'automation-iot',
    summary:
      'Camera đặt tại nhá cho ăn chụp ảnh tôm, phần mềm AI ước lượng kích cỡ, sinh khối và gợi ý lượng thức ăn mỗi cữ.',
    specifications: [
      ['Camera', '2 camera chống nước IP68'],
      ['Sai số kích cỡ', '±5%'],
      ['Kết nối', 'Wi-Fi hoặc 4G'],
    ],
    keywords: ['camera AI', 'sinh khối tôm', 'cho ăn thông minh', 'IoT'],
    priceMillions: 120,
    owner: 'tayDoIot',
    condition: 'new',
    quantity: 6,
    outcome: 'submitted',
  },
  {
    title: 'Thiết bị tiệt trùng UHT mini 300 lít/giờ',
    sector: 'ocop-food',
    summary:
      'Thiết bị tiệt trùng dạng ống 137 °C trong 4 giây cho sữa bắp, sữa đậu nành, nước ép, đã tân trang bơm và bộ điều khiển.',
    specifications: [
      ['Năng suất', '300 lít/giờ'],
      ['Nhiệt độ tiệt trùng', '135–140 °C'],
      ['Điều khiển', 'PLC, màn hình cảm ứng'],
    ],
    keywords: ['tiệt trùng UHT', 'sữa bắp', 'đồ uống', 'OCOP'],
    priceMillions: 650,
    owner: 'dongThapMechanical',
    condition: 'refurbished',
    quantity: 1,
  },
];

export const REGIONAL_NEEDS: readonly RegionalNeed[] = [
  {
    title: 'Cần dây chuyền sấy phun bột dừa 500 kg/ngày',
    sector: 'agri-processing',
    problem:
      'Công ty đang bán cơm dừa nạo sấy, muốn làm thêm bột sữa dừa để tăng giá trị. Cần dây chuyền sấy phun công suất 500 kg bột/ngày, có chuyển giao công thức và đào tạo vận hành.',
    keywords: ['sấy phun', 'bột sữa dừa', 'chế biến dừa'],
    desiredTrl: 8,
    budgetMillions: [800, 2000],
    wantedBy: '2027-06-30',
    owner: 'benTreCoconut',
  },
  {
    title: 'Tìm công nghệ xử lý nước thải chế biến thạch dừa',
    sector: 'environment',
    problem:
      'Xưởng thạch dừa thải khoảng 30 m³ nước/ngày có pH thấp và nhiều đường. Hệ thống hiện chỉ có hồ lắng, chưa đạt quy chuẩn xả thải. Cần công nghệ xử lý sinh học gọn, chi phí vận hành thấp.',
    keywords: ['nước thải', 'thạch dừa', 'xử lý sinh học'],
    desiredTrl: 8,
    budgetMillions: [300, 900],
    wantedBy: '2027-03-31',
    owner: 'benTreCoconut',
  },
  {
    title: 'Tìm công nghệ làm nước giải khát lên men từ nước dừa già',
    sector: 'ocop-food',
    problem:
      'Mỗi ngày dư khoảng 5 tấn nước dừa già từ khâu lột cơm. Cần quy trình lên men (kombucha, nước dừa lên men lactic…) và thanh trùng đóng chai quy mô vừa.',
    keywords: ['nước dừa', 'đồ uống lên men', 'kombucha'],
    desiredTrl: 7,
    budgetMillions: [100, 300],
    wantedBy: '2027-09-30',
    owner: 'benTreCoconut',
  },
  {
    title: 'Cần giải pháp giảm tôm chết sớm trong ao đất',
    sector: 'aquaculture',
    problem:
      'Nhiều hộ thành viên bị tôm thẻ chết sớm ở 20–35 ngày tuổi, thiệt hại mỗi vụ 30–40% diện tích. Cần quy trình chuẩn bị ao, con giống và chế phẩm phù hợp ao đất, có chuyên gia theo dõi một vụ.',
    keywords: ['tôm chết sớm', 'EMS', 'ao đất', 'tôm thẻ'],
    desiredTrl: 7,
    budgetMillions: [50, 200],
    wantedBy: '2027-02-28',
    owner: 'tieuCanShrimp',
  },
  {
    title: 'Tìm mô hình điện mặt trời cho trại tôm',
    sector: 'energy',
    problem:
      'Chi phí điện chạy quạt nước chiếm 25% giá thành tôm. Hợp tác xã muốn lắp điện mặt trời cho 12 ha ao nuôi, cần đơn vị tư vấn thiết kế, lựa chọn hình thức (áp mái, nổi trên ao) và phương án vốn.',
    keywords: ['điện mặt trời', 'trại tôm', 'tiết kiệm điện'],
    desiredTrl: 8,
    budgetMillions: [300, 1200],
    wantedBy: '2027-12-31',
    owner: 'tieuCanShrimp',
  },
  {
    title: 'Tìm công nghệ làm phân hữu cơ từ bùn đáy ao tôm',
    sector: 'environment',
    problem:
      'Sau mỗi vụ nuôi, hộ nuôi phải nạo vét 200–300 m³ bùn đáy ao, thường đổ ra bờ gây mặn đất. Cần công nghệ rửa mặn, ủ bùn thành phân hữu cơ sử dụng cho cây trồng.',
    keywords: ['bùn đáy ao', 'phân hữu cơ', 'kinh tế tuần hoàn'],
    desiredTrl: 7,
    budgetMillions: [80, 250],
    wantedBy: '2027-08-31',
    owner: 'tieuCanShrimp',
  },
  {
    title: 'Cần quy trình chiết xuất tinh dầu sả và tràm quy mô hợp tác xã',
    sector: 'health',
    problem:
      'Hợp tác xã có 25 ha sả và rừng tràm, đang bán nguyên liệu thô giá thấp. Cần thiết bị chưng cất hơi nước 200–300 kg nguyên liệu/mẻ và quy trình kiểm soát chất lượng tinh dầu.',
    keywords: ['tinh dầu sả', 'tinh dầu tràm', 'chưng cất'],
    desiredTrl: 8,
    budgetMillions: [150, 400],
    wantedBy: '2027-05-31',
    owner: 'bayNuiHerbs',
  },
  {
    title: 'Tìm đối tác xây dựng nhà sơ chế dược liệu đạt GMP',
    sector: 'health',
    problem:
      'Để cung ứng cho doanh nghiệp dược, hợp tác xã cần nhà sơ chế, sấy và kho dược liệu đạt GMP. Tìm đơn vị tư vấn thiết kế, cung cấp thiết bị và hướng dẫn hồ sơ đánh giá.',
    keywords: ['dược liệu', 'GMP', 'nhà sơ chế', 'kho dược liệu'],
    desiredTrl: 9,
    budgetMillions: [500, 1500],
    wantedBy: '2028-03-31',
    owner: 'bayNuiHerbs',
  },
  {
    title: 'Cần lò nung gốm giảm khói bụi đạt quy chuẩn môi trường',
    sector: 'materials',
    problem:
      'Các lò nung của thành viên còn đốt củi, trấu trực tiếp, khói bụi vượt quy chuẩn và bị yêu cầu di dời. Cần công nghệ lò nung mới hoặc hệ thống xử lý khí thải phù hợp khả năng tài chính hợp tác xã.',
    keywords: ['lò nung gốm', 'khí thải', 'làng nghề'],
    desiredTrl: 8,
    budgetMillions: [1000, 3000],
    wantedBy: '2027-10-31',
    owner: 'mangThitPottery',
  },
  {
    title: 'Tìm men gốm và kỹ thuật trang trí cho gốm mỹ nghệ',
    sector: 'materials',
    problem:
      'Sản phẩm gốm đỏ chủ yếu là chậu, gạch giá thấp. Hợp tác xã muốn làm gốm mỹ nghệ có men màu ổn định ở nhiệt độ nung 1.050–1.100 °C và kỹ thuật trang trí khắc, vẽ cho hàng xuất khẩu.',
    keywords: ['men gốm', 'gốm mỹ nghệ', 'trang trí gốm'],
    desiredTrl: 9,
    budgetMillions: [50, 150],
    wantedBy: '2027-04-30',
    owner: 'mangThitPottery',
  },
  {
    title: 'Tìm công nghệ tái chế gốm vỡ làm vật liệu xây dựng',
    sector: 'materials',
    problem:
      'Mỗi năm làng nghề thải khoảng 2.000 tấn gạch, gốm vỡ. Cần công nghệ nghiền, phối trộn làm cốt liệu gạch không nung, bê tông lót hoặc vật liệu lát sân vườn.',
    keywords: ['tái chế', 'gốm vỡ', 'gạch không nung', 'vật liệu xây dựng'],
    desiredTrl: 7,
    budgetMillions: [100, 400],
    wantedBy: '2027-11-30',
    owner: 'mangThitPottery',
  },
  {
    title: 'Cần hệ thống giám sát vận hành từ xa cho 40 trạm bơm điện',
    sector: 'irrigation',
    problem:
      'Công ty quản lý 40 trạm bơm điện rải rác, vận hành thủ công, khó kiểm soát giờ bơm và điện năng. Cần hệ thống giám sát từ xa trạng thái máy, mực nước, điện năng và cảnh báo sự cố.',
    keywords: ['trạm bơm', 'giám sát từ xa', 'SCADA', 'thủy lợi'],
    desiredTrl: 9,
    budgetMillions: [1500, 4000],
    wantedBy: '2027-07-31',
    owner: 'anGiangIrrigation',
  },
  {
    title: 'Tìm vật liệu gia cố bờ kênh chống sạt lở giá hợp lý',
    sector: 'irrigation',
    problem:
      'Nhiều đoạn bờ kênh cấp 2 bị sạt lở mỗi mùa lũ, kè bê tông quá đắt cho toàn tuyến. Cần giải pháp vật liệu (xơ dừa, rọ đá, cọc cừ bê tông dự ứng lực nhỏ…) chi phí dưới 3 triệu đồng/m dài.',
    keywords: ['sạt lở', 'bờ kênh', 'gia cố', 'vật liệu'],
    desiredTrl: 7,
    budgetMillions: [null, 2000],
    wantedBy: '2027-05-15',
    owner: 'anGiangIrrigation',
  },
  {
    title: 'Cần phần mềm quản lý thuốc và vật tư y tế theo lô, hạn dùng',
    sector: 'it-digital',
    problem:
      'Công ty phân phối thiết bị và vật tư tiêu hao cho 60 bệnh viện, phòng khám. Cần phần mềm quản lý kho theo lô, hạn dùng, số sê-ri, kết nối hóa đơn điện tử và báo cáo cho khách hàng.',
    keywords: ['quản lý kho', 'vật tư y tế', 'hạn dùng', 'phần mềm'],
    desiredTrl: 9,
    budgetMillions: [40, 120],
    wantedBy: '2027-01-31',
    owner: 'haThanhMedical',
  },
  {
    title: 'Cần giải pháp IoT theo dõi nhiệt độ xe lạnh chở thủy sản',
    sector: 'automation-iot',
    problem:
      'Đội xe lạnh 15 chiếc chở cá tra fillet từ nhà máy ra cảng. Khách hàng yêu cầu nhật ký nhiệt độ liên tục cho từng chuyến. Cần thiết bị ghi nhiệt gửi dữ liệu thời gian thực và cảnh báo vượt ngưỡng.',
    keywords: ['IoT', 'chuỗi lạnh', 'xe lạnh', 'giám sát nhiệt độ'],
    desiredTrl: 9,
    budgetMillions: [60, 180],
    wantedBy: '2027-03-15',
    owner: 'mekongAqua',
  },
  {
    title: 'Cần máy gia công CNC cho xưởng chế tạo máy nông nghiệp',
    sector: 'mechanical',
    problem:
      'Xưởng đang gia công chi tiết máy sấy, máy tách hạt bằng máy tiện, phay cơ, độ chính xác thấp. Cần máy phay CNC 3 trục và máy cắt plasma CNC kèm đào tạo lập trình.',
    keywords: ['CNC', 'gia công cơ khí', 'máy nông nghiệp'],
    desiredTrl: 9,
    budgetMillions: [700, 1500],
    wantedBy: '2027-06-15',
    owner: 'dongThapMechanical',
  },
  {
    title: 'Tìm đối tác nghiên cứu vỏ máy sấy bằng vật liệu composite',
    sector: 'materials',
    problem:
      'Vỏ máy sấy bằng inox nặng, giá cao. Công ty muốn hợp tác nghiên cứu vỏ composite cách nhiệt chịu 90 °C, chống ẩm, để giảm giá thành máy sấy cho hộ nông dân.',
    keywords: ['composite', 'máy sấy', 'cách nhiệt', 'hợp tác nghiên cứu'],
    desiredTrl: 6,
    budgetMillions: [100, 300],
    wantedBy: '2027-12-15',
    owner: 'dongThapMechanical',
  },
  {
    title: 'Cần máy đóng gói gạo hút chân không 5 kg tự động',
    sector: 'agri-processing',
    problem:
      'Công ty đóng gói gạo thơm cho siêu thị bằng máy bán tự động, năng suất thấp và túi hay bị xì. Cần máy định lượng, hút chân không và ép khối túi 5 kg, 10 túi/phút.',
    keywords: ['đóng gói gạo', 'hút chân không', 'định lượng'],
    desiredTrl: 9,
    budgetMillions: [200, 450],
    wantedBy: '2027-02-15',
    owner: 'songHau',
    outcome: 'submitted',
  },
  {
    title: 'Cần quy trình bảo quản bưởi da xanh xuất khẩu châu Âu',
    sector: 'agri-processing',
    problem:
      'Đơn hàng bưởi da xanh đi châu Âu vận chuyển 35–40 ngày. Cần quy trình xử lý sau thu hoạch, sáp phủ được phép và bao gói để bưởi giữ màu vỏ xanh, không khô tép khi đến nơi.',
    keywords: ['bưởi da xanh', 'bảo quản', 'xuất khẩu châu Âu'],
    desiredTrl: 7,
    budgetMillions: [100, 300],
    wantedBy: '2027-08-15',
    owner: 'songHau',
  },
  {
    title: 'Tìm chủng men và quy trình lên men rượu vang xoài',
    sector: 'ocop-food',
    problem:
      'Công ty muốn tận dụng xoài chín quá lứa làm rượu vang trái cây. Cần chủng nấm men phù hợp, quy trình lên men, lắng trong và hướng dẫn thủ tục giấy phép sản xuất rượu.',
    keywords: ['rượu vang xoài', 'lên men', 'nấm men'],
    desiredTrl: 7,
    budgetMillions: [80, 200],
    wantedBy: '2027-10-15',
    owner: 'songHau',
  },
  {
    title: 'Cần giải pháp số hóa nhật ký sản xuất cho vùng xoài 120 ha',
    sector: 'it-digital',
    problem:
      'Hợp tác xã có 120 ha xoài với 85 hộ, nhật ký ghi tay thiếu sót nên khó duy trì mã số vùng trồng. Cần ứng dụng ghi nhật ký đơn giản trên điện thoại, cán bộ hợp tác xã kiểm tra và in báo cáo.',
    keywords: ['nhật ký điện tử', 'mã số vùng trồng', 'xoài', 'chuyển đổi số'],
    desiredTrl: 9,
    budgetMillions: [30, 80],
    wantedBy: '2027-01-15',
    owner: 'caoLanh',
  },
  {
    title: 'Cần thiết bị xử lý nước nóng diệt ruồi đục trái cho xoài',
    sector: 'agri-processing',
    problem:
      'Thị trường Mỹ, Nhật yêu cầu xử lý kiểm dịch ruồi đục trái. Hợp tác xã cần hệ thống xử lý nước nóng 46–48 °C công suất 2 tấn/giờ, đáp ứng yêu cầu kiểm dịch thực vật.',
    keywords: ['xử lý nước nóng', 'ruồi đục trái', 'kiểm dịch', 'xoài xuất khẩu'],
    desiredTrl: 8,
    budgetMillions: [400, 1200],
    wantedBy: '2027-09-15',
    owner: 'caoLanh',
    outcome: 'draft',
  },
  {
    title: 'Cần bao bì giữ tươi cho xoài cắt sẵn bán siêu thị',
    sector: 'ocop-food',
    problem:
      'Hợp tác xã thử bán xoài cắt sẵn cho chuỗi siêu thị nhưng xoài bị thâm, chảy nước sau 2 ngày. Cần bao bì và quy trình sơ chế giữ tươi ít nhất 5 ngày ở 4 °C.',
    keywords: ['xoài cắt sẵn', 'bao bì giữ tươi', 'rau quả cắt sẵn'],
    desiredTrl: 7,
    budgetMillions: [50, 150],
    wantedBy: '2027-04-15',
    owner: 'caoLanh',
    outcome: 'returned',
    returnReason:
      'Đề nghị nêu rõ sản lượng xoài cắt sẵn dự kiến mỗi ngày và yêu cầu của siêu thị để đơn vị cung cấp đề xuất phù hợp.',
  },
  {
    title: 'Cần thiết bị đo nhanh dư lượng thuốc bảo vệ thực vật cho chợ đầu mối',
    sector: 'ocop-food',
    problem:
      'Chợ đầu mối tiếp nhận 150 tấn rau quả mỗi ngày nhưng chưa có thiết bị kiểm tra nhanh. Cần bộ kit hoặc máy đo nhanh dư lượng thuốc trừ sâu gốc lân và carbamate, kèm đào tạo nhân viên.',
    keywords: ['kiểm tra nhanh', 'dư lượng thuốc bảo vệ thực vật', 'an toàn thực phẩm'],
    desiredTrl: 9,
    budgetMillions: [20, 60],
    wantedBy: '2027-01-31',
    onBehalfOf: 'Ban quản lý Chợ đầu mối trái cây Cái Bè',
    commune: 'Xã Cái Bè',
    contact: { name: 'Ông Nguyễn Văn Tư', phone: '0903 118 462' },
  },
  {
    title: 'Cần kỹ thuật nuôi ong lấy mật trong vườn cây ăn trái',
    sector: 'livestock',
    problem:
      'Tổ hợp tác có 18 hộ trồng sầu riêng, chôm chôm muốn nuôi ong để tăng thụ phấn và có thêm mật ong. Cần tập huấn kỹ thuật nuôi ong nội, quản lý đàn khi phun thuốc và thu hoạch mật.',
    keywords: ['nuôi ong', 'mật ong', 'thụ phấn', 'vườn cây ăn trái'],
    desiredTrl: 9,
    budgetMillions: [10, 40],
    wantedBy: '2027-03-31',
    onBehalfOf: 'Tổ hợp tác Nuôi ong Tân Phước',
    commune: 'Xã Tân Phước',
    contact: { name: 'Bà Lê Thị Mến', phone: '0939 604 217' },
  },
  {
    title: 'Cần máy sấy cá khô cho hộ kinh doanh khô cá',
    sector: 'ocop-food',
    problem:
      'Hộ kinh doanh làm khô cá lóc, cá sặc phơi nắng ngoài trời, mùa mưa không sản xuất được và hàng hay bị nhiễm bụi. Cần máy sấy 100–150 kg cá tươi/mẻ, chi phí vừa phải.',
    keywords: ['máy sấy cá', 'khô cá', 'OCOP'],
    desiredTrl: 9,
    budgetMillions: [60, 150],
    wantedBy: '2027-05-31',
    onBehalfOf: 'Hộ kinh doanh Khô cá Ba Thu',
    commune: 'Xã Tam Nông',
    contact: { name: 'Bà Trần Thị Thu', phone: '0918 332 740' },
  },
  {
    title: 'Cần giải pháp cơ giới hóa thu hoạch sen',
    sector: 'mechanical',
    problem:
      'Thu hái gương sen và đào ngó sen hoàn toàn thủ công, thiếu lao động vào mùa cao điểm. Cần máy hoặc dụng cụ cơ giới hỗ trợ thu hoạch ngó sen dưới ruộng nước.',
    keywords: ['thu hoạch sen', 'ngó sen', 'cơ giới hóa'],
    desiredTrl: 6,
    budgetMillions: [200, 600],
    wantedBy: '2027-12-31',
    onBehalfOf: 'Hợp tác xã Sen Tháp Mười',
    commune: 'Xã Tháp Mười',
    contact: { name: 'Ông Võ Văn Hiền', phone: '0907 552 183' },
  },
  {
    title: 'Cần hỗ trợ xây dựng website bán hàng cho sản phẩm OCOP',
    sector: 'it-digital',
    problem:
      'Hợp tác xã có 3 sản phẩm OCOP 3 sao nhưng chỉ bán tại chỗ và qua người quen. Cần đơn vị hỗ trợ làm website, gian hàng trên sàn thương mại điện tử và tập huấn livestream bán hàng.',
    keywords: ['bán hàng trực tuyến', 'OCOP', 'thương mại điện tử'],
    desiredTrl: 9,
    budgetMillions: [10, 30],
    wantedBy: '2027-02-28',
    onBehalfOf: 'Hợp tác xã Nông nghiệp Mỹ Hiệp',
    commune: 'Xã Mỹ Hiệp',
    contact: { name: 'Ông Phạm Văn Lợi', phone: '0915 880 326' },
  },
  {
    title: 'Cần quy trình nuôi cá thát lát cườm thương phẩm',
    sector: 'aquaculture',
    problem:
      'Tổ hợp tác muốn chuyển một phần ao cá tra sang nuôi cá thát lát cườm làm chả cá. Cần quy trình nuôi, nguồn giống tin cậy và hướng dẫn thức ăn để giảm chi phí.',
    keywords: ['cá thát lát cườm', 'chả cá', 'nuôi thương phẩm'],
    desiredTrl: 9,
    budgetMillions: [30, 100],
    wantedBy: '2027-06-30',
    onBehalfOf: 'Tổ hợp tác Thủy sản Hồng Ngự',
    commune: 'Phường Hồng Ngự',
    contact: { name: 'Ông Đặng Văn Phước', phone: '0939 117 905' },
  },
  {
    title: 'Cần giống dừa xiêm lùn sạch bệnh cho vùng chuyển đổi từ lúa',
    sector: 'crop-production',
    problem:
      'Hợp tác xã chuyển 40 ha lúa kém hiệu quả sang trồng dừa xiêm lùn. Cần nguồn cây giống sạch bệnh, đúng giống và quy trình lên liếp, trồng xen trong 3 năm đầu.',
    keywords: ['dừa xiêm lùn', 'cây giống', 'chuyển đổi cây trồng'],
    desiredTrl: 9,
    budgetMillions: [50, 200],
    wantedBy: '2027-07-31',
    onBehalfOf: 'Hợp tác xã Dừa Tân Phú Đông',
    commune: 'Xã Tân Phú Đông',
    contact: { name: 'Ông Huỳnh Văn Sáu', phone: '0919 445 628' },
  },
  {
    title: 'Cần dây chuyền tráng và sấy hủ tiếu bằng hơi thay lò củi',
    sector: 'agri-processing',
    problem:
      'Cơ sở tráng hủ tiếu thủ công bằng lò củi, khói nhiều và năng suất thấp. Cần dây chuyền tráng, hấp bằng hơi và sấy băng tải 300–500 kg sản phẩm/ngày.',
    keywords: ['hủ tiếu', 'dây chuyền tráng bánh', 'sấy băng tải'],
    desiredTrl: 9,
    budgetMillions: [150, 350],
    wantedBy: '2027-04-30',
    onBehalfOf: 'Hộ kinh doanh Hủ tiếu Tân Dương',
    commune: 'Xã Tân Dương',
    contact: { name: 'Bà Nguyễn Thị Kim Hoa', phone: '0908 274 551' },
  },
  {
    title: 'Cần quy trình phòng trừ ruồi vàng trên quýt hồng',
    sector: 'crop-production',
    problem:
      'Vườn quýt hồng của thành viên bị ruồi vàng đục trái gây rụng 15–20% trái trước Tết. Cần bẫy dẫn dụ sinh học và quy trình phòng trừ tổng hợp áp dụng đồng loạt cho 60 ha.',
    keywords: ['ruồi vàng', 'quýt hồng', 'bẫy sinh học', 'IPM'],
    desiredTrl: 9,
    budgetMillions: [15, 50],
    wantedBy: '2027-08-31',
    onBehalfOf: 'Hợp tác xã Quýt hồng Lai Vung',
    commune: 'Xã Lai Vung',
    contact: { name: 'Ông Lê Văn Bảy', phone: '0983 651 204' },
  },
  {
    title: 'Cần hệ thống lọc nước uống cho khu dân cư vùng nhiễm mặn',
    sector: 'environment',
    problem:
      'Khoảng 300 hộ dân ven biển dùng nước giếng nhiễm mặn, phải mua nước bình giá cao. Hợp tác xã muốn đầu tư trạm lọc RO cộng đồng 2 m³/giờ và cần tư vấn công nghệ, chi phí vận hành.',
    keywords: ['lọc nước RO', 'nước sạch nông thôn', 'nhiễm mặn'],
    desiredTrl: 9,
    budgetMillions: [300, 700],
    wantedBy: '2027-03-31',
    onBehalfOf: 'Hợp tác xã Dịch vụ Nước sạch Gò Công Đông',
    commune: 'Xã Gò Công Đông',
    contact: { name: 'Ông Trương Văn Dũng', phone: '0976 338 112' },
  },
];

export const REGIONAL_EXPERTS: readonly RegionalExpert[] = [
  {
    fullName: 'Nguyễn Thị Thu Hương',
    academicTitle: 'PGS.TS.',
    owner: 'southernFoodInstitute',
    fieldCodes: ['ocop-food', 'biotech'],
    speciality: 'công nghệ lên men thực phẩm truyền thống',
    keywords: ['lên men', 'nước mắm', 'chao', 'an toàn thực phẩm'],
    results: [
      { title: 'Tuyển chọn chủng nấm mốc Actinomucor cho sản xuất chao', year: 2021, kind: 'publication' },
      { title: 'Quy trình lên men chao đạt an toàn thực phẩm', year: 2023, kind: 'transferred_technology' },
      { title: 'Đề tài cấp bộ: Chuẩn hóa sản phẩm lên men truyền thống Nam Bộ', year: 2019, kind: 'project' },
    ],
    years: 24,
    availableForConsulting: true,
    email: 'huong.ntt',
  },
  {
    fullName: 'Trần Quốc Việt',
    academicTitle: 'TS.',
    owner: 'canThoUniversity',
    fieldCodes: ['irrigation'],
    speciality: 'thủy văn và quản lý tài nguyên nước vùng triều',
    keywords: ['thủy văn', 'xâm nhập mặn', 'quản lý nước', 'mô hình thủy lực'],
    results: [
      { title: 'Mô hình thủy lực một chiều cho hệ thống kênh Tứ giác Long Xuyên', year: 2020, kind: 'publication' },
      { title: 'Đập trụ đỡ lắp ghép ngăn mặn cho kênh nội đồng', year: 2024, kind: 'patent' },
      { title: 'Quy hoạch thủy lợi thích ứng biến đổi khí hậu cấp huyện', year: 2018, kind: 'project' },
    ],
    years: 17,
    availableForConsulting: true,
    email: 'tqviet',
  },
  {
    fullName: 'Lê Thị Mỹ Linh',
    academicTitle: 'ThS.',
    owner: 'techApplicationCentre',
    fieldCodes: ['it-digital'],
    speciality: 'chuyển đổi số cho hợp tác xã và hộ kinh doanh',
    keywords: ['chuyển đổi số', 'thương mại điện tử', 'hợp tác xã'],
    results: [
      { title: 'Đưa 45 sản phẩm OCOP lên sàn thương mại điện tử', year: 2024, kind: 'other' },
      { title: 'Tài liệu tập huấn bán hàng trực tuyến cho hợp tác xã', year: 2023, kind: 'publication' },
      { title: 'Chương trình chuyển đổi số cấp xã năm 2025', year: 2025, kind: 'project' },
    ],
    years: 9,
    availableForConsulting: true,
    email: 'linh.ltm',
  },
  {
    fullName: 'Võ Thành Nhân',
    academicTitle: 'TS.',
    owner: 'canThoUniversity',
    fieldCodes: ['aquaculture', 'biotech'],
    speciality: 'bệnh học thủy sản',
    keywords: ['bệnh thủy sản', 'tôm chết sớm', 'đốm trắng', 'cá tra'],
    results: [
      { title: 'Dịch tễ học bệnh hoại tử gan tụy cấp trên tôm thẻ vùng ven biển', year: 2022, kind: 'publication' },
      { title: 'Bộ kit PCR chẩn đoán nhanh bệnh tôm', year: 2021, kind: 'patent' },
      { title: 'Giải thưởng Nhà khoa học trẻ ngành thủy sản', year: 2017, kind: 'award' },
    ],
    years: 14,
    availableForConsulting: true,
    email: 'vtnhan',
  },
  {
    fullName: 'Phạm Ngọc Hân',
    academicTitle: 'TS.',
    owner: 'southernFoodInstitute',
    fieldCodes: ['materials', 'environment'],
    speciality: 'bao bì phân hủy sinh học',
    keywords: ['bao bì sinh học', 'bã mía', 'thay thế nhựa', 'vật liệu xanh'],
    results: [
      { title: 'Khay ép nhiệt từ bột giấy bã mía chịu nước nóng', year: 2024, kind: 'publication' },
      { title: 'Bao bì phân hủy sinh học từ tinh bột khoai mì', year: 2025, kind: 'patent' },
      { title: 'Đề tài cấp thành phố: Giảm rác thải nhựa dùng một lần', year: 2022, kind: 'project' },
    ],
    years: 11,
    availableForConsulting: false,
    email: 'han.pn',
  },
  {
    fullName: 'Đinh Văn Khải',
    academicTitle: 'GS.TS.',
    owner: 'agriInstitute',
    fieldCodes: ['crop-production', 'biotech'],
    speciality: 'chọn tạo giống lúa chịu mặn và chất lượng cao',
    keywords: ['giống lúa', 'chịu mặn', 'chọn tạo giống', 'chỉ thị phân tử'],
    results: [
      {
        title: 'Giống lúa thơm chịu mặn được công nhận giống cây trồng mới',
        year: 2020,
        kind: 'transferred_technology',
      },
      { title: 'Chọn giống lúa nhờ chỉ thị phân tử gen chịu mặn Saltol', year: 2016, kind: 'publication' },
      { title: 'Giải thưởng Khoa học Công nghệ Việt Nam', year: 2019, kind: 'award' },
    ],
    years: 32,
    availableForConsulting: true,
    email: 'khai.dv',
  },
  {
    fullName: 'Huỳnh Thị Kim Ngân',
    academicTitle: 'TS.',
    owner: 'dongThapUniversity',
    fieldCodes: ['health'],
    speciality: 'dược liệu và kiểm nghiệm dược liệu',
    keywords: ['dược liệu', 'kiểm nghiệm', 'rau má', 'GACP'],
    results: [
      { title: 'Chuẩn hóa hàm lượng asiaticosid trong cao khô rau má', year: 2023, kind: 'publication' },
      { title: 'Trà túi lọc rau má và cao khô rau má', year: 2024, kind: 'transferred_technology' },
      { title: 'Đề tài cấp tỉnh: Bảo tồn nguồn gen cây thuốc Đồng Tháp Mười', year: 2021, kind: 'project' },
    ],
    years: 13,
    availableForConsulting: true,
    email: 'ngan.htk',
  },
  {
    fullName: 'Lâm Hoàng Phúc',
    academicTitle: 'KS.',
    owner: 'techApplicationCentre',
    fieldCodes: ['automation-iot', 'irrigation'],
    speciality: 'Internet vạn vật trong nông nghiệp và thủy lợi',
    keywords: ['IoT', 'LoRaWAN', 'cảm biến', 'tưới tự động'],
    results: [
      { title: 'Mạng cảm biến LoRaWAN giám sát độ mặn 30 điểm đo', year: 2024, kind: 'project' },
      { title: 'Bộ điều khiển tưới nhỏ giọt theo độ ẩm đất', year: 2022, kind: 'transferred_technology' },
      { title: 'Giải nhì Hội thi Sáng tạo kỹ thuật tỉnh', year: 2023, kind: 'award' },
    ],
    years: 8,
    availableForConsulting: true,
    email: 'phuc.lh',
  },
  {
    fullName: 'Trịnh Minh Đức',
    academicTitle: 'PGS.TS.',
    owner: 'canThoUniversity',
    fieldCodes: ['mechanical', 'agri-processing'],
    speciality: 'thiết kế máy chế biến nông sản',
    keywords: ['máy chế biến', 'thiết kế cơ khí', 'máy sấy', 'phân loại trái cây'],
    results: [
      { title: 'Dây chuyền phân loại trái cây bằng thị giác máy tính', year: 2023, kind: 'project' },
      { title: 'Máy tách vỏ lụa hạt sen', year: 2018, kind: 'patent' },
      { title: 'Mô phỏng dòng khí trong buồng sấy tầng sôi', year: 2020, kind: 'publication' },
    ],
    years: 26,
    availableForConsulting: true,
    email: 'tmduc',
  },
  {
    fullName: 'Châu Thị Ngọc Bích',
    academicTitle: 'TS.',
    owner: 'agriInstitute',
    fieldCodes: ['agri-processing'],
    speciality: 'sinh lý và bảo quản trái cây sau thu hoạch',
    keywords: ['sau thu hoạch', 'bảo quản trái cây', 'bao bì MAP', 'xuất khẩu'],
    results: [
      { title: 'Bao gói khí quyển điều biến cho nhãn Ido xuất khẩu', year: 2024, kind: 'publication' },
      { title: 'Quy trình xử lý sau thu hoạch bưởi da xanh', year: 2022, kind: 'transferred_technology' },
      { title: 'Đề tài cấp bộ: Giảm tổn thất sau thu hoạch trái cây', year: 2020, kind: 'project' },
    ],
    years: 15,
    availableForConsulting: true,
    email: 'bich.ctn',
  },
  {
    fullName: 'Mai Xuân Lộc',
    academicTitle: 'ThS.',
    owner: 'techApplicationCentre',
    fieldCodes: ['livestock'],
    speciality: 'chăn nuôi gia súc nhỏ và thú y cơ sở',
    keywords: ['nuôi dê', 'thú y', 'ủ chua thức ăn', 'chăn nuôi nông hộ'],
    results: [
      { title: 'Mô hình nuôi dê nhốt chuồng sàn cho 40 hộ', year: 2023, kind: 'transferred_technology' },
      { title: 'Sổ tay phòng bệnh cho dê, cừu', year: 2021, kind: 'publication' },
      { title: 'Dự án nông thôn miền núi: Chăn nuôi dê sinh sản', year: 2019, kind: 'project' },
    ],
    years: 12,
    availableForConsulting: true,
    email: 'loc.mx',
  },
  {
    fullName: 'Tô Văn Hùng',
    academicTitle: 'TS.',
    owner: 'dongThapUniversity',
    fieldCodes: ['environment'],
    speciality: 'xử lý chất thải rắn và nước thải nông thôn',
    keywords: ['xử lý nước thải', 'chất thải rắn', 'compost', 'nước thải làng nghề'],
    results: [
      { title: 'Xử lý nước thải làng nghề bánh phồng bằng bể kỵ khí', year: 2022, kind: 'publication' },
      { title: 'Mô hình thu gom, ủ rác hữu cơ cấp xã', year: 2024, kind: 'project' },
      { title: 'Hệ thống xử lý nước thải cho 3 cơ sở chế biến dừa', year: 2023, kind: 'transferred_technology' },
    ],
    years: 18,
    availableForConsulting: false,
    email: 'hung.tv',
  },
  {
    fullName: 'Quách Thị Diễm',
    academicTitle: 'PGS.TS.',
    owner: 'southernFoodInstitute',
    fieldCodes: ['health', 'ocop-food'],
    speciality: 'dinh dưỡng và thực phẩm chức năng',
    keywords: ['dinh dưỡng', 'thực phẩm chức năng', 'chỉ số đường huyết', 'tinh bột kháng'],
    results: [
      { title: 'Chỉ số đường huyết của bột chuối xanh giàu tinh bột kháng', year: 2024, kind: 'publication' },
      { title: 'Sản xuất tinh bột kháng từ chuối xanh', year: 2025, kind: 'patent' },
      { title: 'Đề tài cấp nhà nước: Thực phẩm cho người tiền đái tháo đường', year: 2021, kind: 'project' },
    ],
    years: 22,
    availableForConsulting: true,
    email: 'diem.qt',
  },
  {
    fullName: 'Nguyễn Hữu Thịnh',
    academicTitle: 'TS.',
    owner: 'canThoUniversity',
    fieldCodes: ['energy'],
    speciality: 'năng lượng tái tạo cho nông nghiệp',
    keywords: ['điện mặt trời', 'sinh khối', 'tiết kiệm năng lượng', 'điện mặt trời nổi'],
    results: [
      { title: 'Hiệu quả điện mặt trời nổi trên ao nuôi tôm', year: 2025, kind: 'publication' },
      { title: 'Lò đốt trấu viên cấp nhiệt cho sấy nông sản', year: 2021, kind: 'transferred_technology' },
      { title: 'Kiểm toán năng lượng cho 20 cơ sở chế biến', year: 2023, kind: 'project' },
    ],
    years: 16,
    availableForConsulting: true,
    email: 'thinh.nh',
  },
  {
    fullName: 'Đoàn Thị Thanh Tuyền',
    academicTitle: 'ThS.',
    owner: 'dongThapUniversity',
    fieldCodes: ['it-digital'],
    speciality: 'hệ thống thông tin địa lý và viễn thám',
    keywords: ['GIS', 'viễn thám', 'bản đồ số', 'mã số vùng trồng'],
    results: [
      { title: 'Bản đồ số vùng trồng xoài tỉnh Đồng Tháp', year: 2024, kind: 'project' },
      { title: 'Giám sát diện tích lúa bằng ảnh vệ tinh Sentinel-1', year: 2022, kind: 'publication' },
      { title: 'Tập huấn GIS cho cán bộ nông nghiệp cấp xã', year: 2025, kind: 'other' },
    ],
    years: 10,
    availableForConsulting: true,
    email: 'tuyen.dtt',
  },
  {
    fullName: 'Kiều Văn Tài',
    academicTitle: 'KS.',
    owner: 'agriInstitute',
    fieldCodes: ['irrigation', 'crop-production'],
    speciality: 'tưới tiết kiệm nước cho cây ăn trái và lúa',
    keywords: ['tưới tiết kiệm', 'tưới nhỏ giọt', 'AWD', 'trữ nước ngọt'],
    results: [
      { title: 'Hướng dẫn tưới nhỏ giọt cho sầu riêng mùa khô', year: 2023, kind: 'publication' },
      { title: 'Mô hình tưới ngập khô xen kẽ trên 500 ha lúa', year: 2024, kind: 'transferred_technology' },
      { title: 'Dự án khuyến nông: Trữ nước ngọt cho vườn cây ăn trái', year: 2020, kind: 'project' },
    ],
    years: 19,
    availableForConsulting: true,
    email: 'tai.kv',
  },
  {
    fullName: 'Lưu Minh Trung',
    academicTitle: 'TS.',
    owner: 'southernFoodInstitute',
    fieldCodes: ['biotech', 'livestock'],
    speciality: 'công nghệ enzyme và chế phẩm vi sinh',
    keywords: ['enzyme', 'Bacillus', 'chế phẩm vi sinh', 'khử mùi'],
    results: [
      { title: 'Chế phẩm Bacillus khử mùi chuồng trại', year: 2024, kind: 'patent' },
      { title: 'Tối ưu lên men sinh tổng hợp protease từ Bacillus subtilis', year: 2019, kind: 'publication' },
      { title: 'Sản xuất enzyme thủy phân phụ phẩm cá tra', year: 2022, kind: 'project' },
    ],
    years: 15,
    availableForConsulting: false,
    email: 'trung.lm',
  },
  {
    fullName: 'Thạch Thị Sa Rương',
    academicTitle: 'ThS.',
    owner: 'canThoUniversity',
    fieldCodes: ['aquaculture'],
    speciality: 'nuôi tôm quảng canh và tôm – rừng',
    keywords: ['tôm – rừng', 'quảng canh cải tiến', 'tôm sinh thái', 'rừng ngập mặn'],
    results: [
      { title: 'Hiệu quả kinh tế mô hình tôm – rừng vùng ven biển', year: 2023, kind: 'publication' },
      { title: 'Hướng dẫn chứng nhận tôm sinh thái cho tổ hợp tác', year: 2024, kind: 'transferred_technology' },
      { title: 'Dự án sinh kế ven biển thích ứng biến đổi khí hậu', year: 2021, kind: 'project' },
    ],
    years: 9,
    availableForConsulting: true,
    email: 'ruong.tts',
  },
  {
    fullName: 'La Quốc Khánh',
    academicTitle: 'TS.',
    owner: 'techApplicationCentre',
    fieldCodes: ['materials'],
    speciality: 'vật liệu xây dựng từ phế thải',
    keywords: ['gạch không nung', 'tái chế', 'tro bay', 'bê tông nhẹ'],
    results: [
      { title: 'Cốt liệu tái chế từ gạch gốm vỡ cho bê tông lót', year: 2024, kind: 'publication' },
      { title: 'Dây chuyền gạch không nung cho 2 hợp tác xã', year: 2022, kind: 'transferred_technology' },
      { title: 'Đề tài cấp tỉnh: Sử dụng bùn nạo vét làm vật liệu', year: 2020, kind: 'project' },
    ],
    years: 14,
    availableForConsulting: true,
    email: 'khanh.lq',
    outcome: 'submitted',
  },
  {
    fullName: 'Hà Thị Phương Thảo',
    academicTitle: 'PGS.TS.',
    owner: 'agriInstitute',
    fieldCodes: ['biotech', 'crop-production'],
    speciality: 'nuôi cấy mô và nhân giống cây sạch bệnh',
    keywords: ['nuôi cấy mô', 'cây giống sạch bệnh', 'in vitro', 'bưởi da xanh'],
    results: [
      { title: 'Vi ghép đỉnh sinh trưởng tạo cây bưởi sạch bệnh', year: 2021, kind: 'publication' },
      { title: 'Vườn cây đầu dòng bưởi da xanh sạch bệnh', year: 2023, kind: 'transferred_technology' },
      { title: 'Đề tài cấp bộ: Nhân giống lan bản địa bằng nuôi cấy mô', year: 2018, kind: 'project' },
    ],
    years: 21,
    availableForConsulting: true,
    email: 'thao.htp',
    outcome: 'draft',
  },
  {
    fullName: 'Cao Văn Nghĩa',
    academicTitle: 'TS.',
    owner: 'dongThapUniversity',
    fieldCodes: ['ocop-food', 'agri-processing'],
    speciality: 'phát triển sản phẩm OCOP từ nông sản địa phương',
    keywords: ['OCOP', 'phát triển sản phẩm', 'bao bì', 'câu chuyện sản phẩm'],
    results: [
      { title: 'Tư vấn 18 sản phẩm đạt OCOP 4 sao', year: 2024, kind: 'other' },
      { title: 'Quy trình sản xuất bánh phồng sen', year: 2022, kind: 'transferred_technology' },
      { title: 'Giá trị gia tăng của sản phẩm OCOP vùng Đồng Tháp Mười', year: 2023, kind: 'publication' },
    ],
    years: 12,
    availableForConsulting: true,
    email: 'nghia.cv',
  },
];
