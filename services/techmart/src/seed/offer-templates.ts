// Hand-written technology and equipment offers for the demo data: real problems of the Mekong
// delta (drying, mango, lotus, shrimp, pangasius, salinity, co-operative management…).
// Each record is one listing, owned by the first of its owners (seed v1 made up to four title
// variants of each; that is what seed v2 replaced, see title-similarity.ts).

import type { DemoOrganisationKey } from './demo-organisations.js';

export interface TechnologyTemplate {
  title: string;
  sector: string;
  summary: string;
  highlights: string[];
  keywords: string[];
  trl: number;
  ip: 'granted_patent' | 'pending_application' | 'utility_solution' | 'know_how' | 'none';
  /** indicative price in millions of VND; null = negotiable */
  priceMillions: number | null;
  owners: DemoOrganisationKey[];
}

export interface EquipmentTemplate {
  title: string;
  sector: string;
  summary: string;
  specifications: [string, string][];
  keywords: string[];
  priceMillions: number | null;
  owners: DemoOrganisationKey[];
}

export const TECHNOLOGY_TEMPLATES: readonly TechnologyTemplate[] = [
  {
    title: 'Máy sấy nông sản năng lượng mặt trời',
    sector: 'agri-processing',
    summary:
      'Máy sấy kết hợp bộ thu nhiệt mặt trời và điện trở dự phòng, sấy lúa, xoài, chuối, khoai lang và dược liệu với chi phí năng lượng thấp hơn 40–60% so với sấy bằng điện thuần.',
    highlights: [
      'Buồng sấy inox 304, khay sấy tháo rời, công suất 300–500 kg nguyên liệu tươi/mẻ',
      'Bộ điều khiển nhiệt độ tự động 40–70 °C, tự chuyển sang điện khi trời âm u',
      'Sản phẩm sấy giữ màu, không nhiễm khói bụi, đạt yêu cầu hồ sơ OCOP',
    ],
    keywords: ['máy sấy', 'năng lượng mặt trời', 'sấy nông sản', 'sấy xoài', 'OCOP'],
    trl: 8,
    ip: 'utility_solution',
    priceMillions: 185,
    owners: ['agriInstitute', 'songHau', 'dongThapMechanical'],
  },
  {
    title: 'Công nghệ sấy lạnh trái cây bằng bơm nhiệt',
    sector: 'agri-processing',
    summary:
      'Sấy lạnh ở 35–45 °C bằng bơm nhiệt tách ẩm giúp trái cây sấy giữ màu tự nhiên, hương vị và vitamin C; phù hợp xoài, thanh long, mít, chuối cho cơ sở OCOP.',
    highlights: [
      'Tiết kiệm 35% điện năng so với tủ sấy điện trở cùng công suất',
      'Quy trình sấy xoài, mít, thanh long đã chuẩn hóa thông số',
      'Có thể lắp đặt trong nhà xưởng 20 m², vận hành một người',
    ],
    keywords: ['sấy lạnh', 'bơm nhiệt', 'trái cây sấy', 'xoài sấy'],
    trl: 7,
    ip: 'pending_application',
    priceMillions: 320,
    owners: ['canThoUniversity', 'techApplicationCentre'],
  },
  {
    title: 'Quy trình chế biến xoài sấy dẻo không đường',
    sector: 'agri-processing',
    summary:
      'Quy trình chế biến xoài cát Chu và xoài Cát Hòa Lộc thành xoài sấy dẻo không bổ sung đường, độ ẩm 18–20%, hạn dùng 12 tháng trong bao bì hút chân không.',
    highlights: [
      'Tận dụng xoài loại 2, loại 3 giá thấp trong mùa thu hoạch rộ',
      'Không dùng chất bảo quản, đáp ứng tiêu chuẩn xuất khẩu sang Hàn Quốc',
      'Kèm hướng dẫn xây dựng hồ sơ công bố sản phẩm và OCOP 3 sao',
    ],
    keywords: ['chế biến xoài', 'xoài sấy dẻo', 'xoài cát Chu', 'OCOP'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 90,
    owners: ['techApplicationCentre', 'agriInstitute'],
  },
  {
    title: 'Dây chuyền chế biến nước ép và puree xoài',
    sector: 'agri-processing',
    summary:
      'Dây chuyền bán tự động rửa, gọt, tách hạt, chà puree và thanh trùng nước ép xoài, công suất 1 tấn trái/giờ, dành cho hợp tác xã và doanh nghiệp vừa.',
    highlights: [
      'Thanh trùng dạng ống lồng giữ màu vàng tự nhiên của puree',
      'Tỷ lệ thu hồi thịt quả trên 62%',
      'Bảo hành 12 tháng, đào tạo vận hành tại chỗ',
    ],
    keywords: ['chế biến xoài', 'nước ép xoài', 'puree', 'dây chuyền chế biến'],
    trl: 8,
    ip: 'none',
    priceMillions: 1450,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Màng bao chitosan kéo dài thời gian bảo quản xoài tươi',
    sector: 'agri-processing',
    summary:
      'Chế phẩm màng bao ăn được từ chitosan vỏ tôm giúp xoài tươi giữ chất lượng 21–25 ngày ở nhiệt độ 12 °C, giảm hao hụt khi vận chuyển đường dài.',
    highlights: [
      'Nguyên liệu chitosan sản xuất từ phụ phẩm vỏ tôm trong tỉnh',
      'Nhúng hoặc phun, không cần thiết bị đặc biệt',
      'Đã thử nghiệm cho lô xoài xuất khẩu đi Nhật Bản',
    ],
    keywords: ['bảo quản xoài', 'chitosan', 'màng bao ăn được', 'sau thu hoạch'],
    trl: 6,
    ip: 'pending_application',
    priceMillions: null,
    owners: ['canThoUniversity', 'dongThapUniversity'],
  },
  {
    title: 'Máy tách hạt và lấy tim sen tự động',
    sector: 'mechanical',
    summary:
      'Máy tách vỏ, tách hạt sen tươi và lấy tim sen năng suất 60 kg hạt/giờ, thay thế 15–20 lao động thủ công tại các vùng sen Tháp Mười.',
    highlights: [
      'Tỷ lệ hạt nguyên trên 95%, tim sen không dập',
      'Khung inox, dễ vệ sinh, điện 1 pha 220 V',
      'Đã lắp đặt cho 12 cơ sở chế biến sen',
    ],
    keywords: ['hạt sen', 'tim sen', 'máy tách hạt sen', 'Tháp Mười'],
    trl: 9,
    ip: 'granted_patent',
    priceMillions: 145,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Quy trình sản xuất bột gạo lứt nảy mầm',
    sector: 'ocop-food',
    summary:
      'Quy trình ủ nảy mầm gạo lứt giàu GABA, sấy và nghiền thành bột dinh dưỡng ăn liền, phù hợp sản phẩm OCOP từ lúa đặc sản của tỉnh.',
    highlights: [
      'Hàm lượng GABA tăng 3–4 lần so với gạo lứt thường',
      'Thiết bị đầu tư ban đầu dưới 300 triệu đồng',
      'Kèm công thức phối trộn với mè đen, đậu nành',
    ],
    keywords: ['gạo lứt nảy mầm', 'GABA', 'bột dinh dưỡng', 'OCOP'],
    trl: 7,
    ip: 'know_how',
    priceMillions: 75,
    owners: ['agriInstitute', 'dongThapUniversity'],
  },
  {
    title: 'Chiết xuất tinh dầu vỏ bưởi bằng vi sóng',
    sector: 'agri-processing',
    summary:
      'Công nghệ chưng cất lôi cuốn hơi nước có hỗ trợ vi sóng rút ngắn thời gian chiết tinh dầu vỏ bưởi từ 4 giờ xuống 45 phút, hiệu suất tăng 20%.',
    highlights: [
      'Tận dụng vỏ bưởi Năm Roi, bưởi da xanh bỏ đi',
      'Tinh dầu đạt tiêu chuẩn mỹ phẩm',
      'Thiết bị quy mô 50 lít/mẻ',
    ],
    keywords: ['tinh dầu bưởi', 'chiết xuất vi sóng', 'phụ phẩm'],
    trl: 6,
    ip: 'pending_application',
    priceMillions: 260,
    owners: ['canThoUniversity'],
  },
  {
    title: 'Lò sấy lúa tầng sôi đốt trấu',
    sector: 'agri-processing',
    summary:
      'Lò sấy tầng sôi dùng nhiệt từ buồng đốt trấu gián tiếp, sấy 8–10 tấn lúa/mẻ, giảm tỷ lệ gạo gãy và chủ động khi thu hoạch mùa mưa.',
    highlights: [
      'Chi phí sấy 90–110 đồng/kg lúa',
      'Khí nóng sạch, không ám mùi khói',
      'Tro trấu tận dụng làm phân bón và gạch không nung',
    ],
    keywords: ['sấy lúa', 'lò đốt trấu', 'tầng sôi', 'sau thu hoạch'],
    trl: 9,
    ip: 'utility_solution',
    priceMillions: 680,
    owners: ['dongThapMechanical', 'agriInstitute'],
  },
  {
    title: 'Giống lúa thơm chịu mặn ĐTM-126',
    sector: 'crop-production',
    summary:
      'Giống lúa thơm ngắn ngày (95–100 ngày), chịu mặn 4‰ ở giai đoạn mạ, năng suất 6,5–7 tấn/ha, gạo dài, cơm mềm, phù hợp vùng ven biển Gò Công.',
    highlights: [
      'Đã khảo nghiệm 3 vụ tại Gò Công Đông và Tân Phú Đông',
      'Kháng rầy nâu trung bình, chống đổ ngã tốt',
      'Chuyển giao quyền sản xuất hạt giống xác nhận',
    ],
    keywords: ['giống lúa', 'chịu mặn', 'lúa thơm', 'xâm nhập mặn'],
    trl: 8,
    ip: 'granted_patent',
    priceMillions: null,
    owners: ['agriInstitute'],
  },
  {
    title: 'Quy trình canh tác xoài theo hướng VietGAP và mã số vùng trồng',
    sector: 'crop-production',
    summary:
      'Gói quy trình canh tác, ghi chép nhật ký và quản lý dịch hại tổng hợp trên xoài cát Chu giúp hợp tác xã đạt VietGAP và được cấp mã số vùng trồng xuất khẩu.',
    highlights: [
      'Giảm 30% lượng thuốc bảo vệ thực vật',
      'Mẫu sổ nhật ký và biểu mẫu đánh giá nội bộ',
      'Tập huấn tại vườn cho thành viên hợp tác xã',
    ],
    keywords: ['VietGAP', 'xoài', 'mã số vùng trồng', 'IPM'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 45,
    owners: ['techApplicationCentre', 'agriInstitute'],
  },
  {
    title: 'Chế phẩm Trichoderma phòng bệnh thối rễ cây có múi',
    sector: 'biotech',
    summary:
      'Chế phẩm nấm đối kháng Trichoderma asperellum dạng bột, phòng bệnh thối rễ do Phytophthora trên bưởi, cam, quýt; kết hợp ủ phân hữu cơ từ phụ phẩm.',
    highlights: [
      'Mật độ bào tử 10⁹ CFU/g',
      'Giảm 60–70% tỷ lệ cây bệnh sau 6 tháng',
      'Sản xuất được tại cơ sở quy mô nhỏ',
    ],
    keywords: ['Trichoderma', 'thối rễ', 'cây có múi', 'chế phẩm sinh học'],
    trl: 8,
    ip: 'utility_solution',
    priceMillions: 60,
    owners: ['canThoUniversity', 'dongThapUniversity'],
  },
  {
    title: 'Mô hình nuôi tôm thẻ chân trắng công nghệ cao trong nhà màng',
    sector: 'aquaculture',
    summary:
      'Mô hình nuôi tôm công nghệ cao hai giai đoạn trong ao lót bạt có nhà màng, mật độ 250–300 con/m², tuần hoàn nước và xử lý bằng biofloc, năng suất 30–40 tấn/ha/vụ.',
    highlights: [
      'Giảm 70% lượng nước thay',
      'Kiểm soát dịch bệnh đốm trắng, hoại tử gan tụy',
      'Thiết kế, lắp đặt và đồng hành 2 vụ nuôi đầu',
    ],
    keywords: ['nuôi tôm công nghệ cao', 'tôm thẻ chân trắng', 'biofloc', 'nhà màng'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 950,
    owners: ['mekongAqua', 'canThoUniversity'],
  },
  {
    title: 'Quy trình nuôi cá tra thâm canh tuần hoàn nước',
    sector: 'aquaculture',
    summary:
      'Hệ thống nuôi cá tra thâm canh có ao lắng, ao xử lý sinh học và tuần hoàn 70% nước, giảm xả thải ra sông Tiền và đáp ứng tiêu chuẩn ASC.',
    highlights: ['Hệ số thức ăn (FCR) 1,45–1,55', 'Giảm 50% chi phí xử lý nước thải', 'Tư vấn chứng nhận ASC và BAP'],
    keywords: ['cá tra', 'tuần hoàn nước', 'ASC', 'nuôi thâm canh'],
    trl: 8,
    ip: 'know_how',
    priceMillions: null,
    owners: ['mekongAqua', 'agriInstitute'],
  },
  {
    title: 'Hệ thống giám sát chất lượng nước ao nuôi tôm bằng IoT',
    sector: 'automation-iot',
    summary:
      'Cảm biến đo oxy hòa tan, pH, nhiệt độ, độ mặn truyền dữ liệu qua 4G về điện thoại, tự bật quạt nước khi oxy thấp và cảnh báo bằng cuộc gọi lúc nửa đêm.',
    highlights: [
      'Phao cảm biến chạy pin mặt trời, chống nước IP68',
      'Ứng dụng tiếng Việt, xem lịch sử 12 tháng',
      'Kết nối tủ điều khiển quạt nước có sẵn',
    ],
    keywords: ['IoT', 'nuôi tôm', 'oxy hòa tan', 'giám sát môi trường ao'],
    trl: 8,
    ip: 'pending_application',
    priceMillions: 38,
    owners: ['mekongDigital', 'dongThapUniversity'],
  },
  {
    title: 'Chế phẩm vi sinh xử lý đáy ao nuôi cá tra',
    sector: 'aquaculture',
    summary:
      'Tổ hợp vi khuẩn Bacillus và Nitrosomonas phân hủy bùn đáy, giảm khí độc NH3, H2S trong ao nuôi cá tra mật độ cao.',
    highlights: [
      'Giảm 40% lượng bùn phải nạo vét mỗi vụ',
      'Dạng lỏng, dùng trực tiếp hoặc nhân sinh khối tại ao',
      'Được phép lưu hành trong danh mục chế phẩm thủy sản',
    ],
    keywords: ['chế phẩm vi sinh', 'cá tra', 'xử lý đáy ao', 'Bacillus'],
    trl: 9,
    ip: 'utility_solution',
    priceMillions: 25,
    owners: ['canThoUniversity', 'mekongAqua'],
  },
  {
    title: 'Thức ăn viên cho cá tra từ phụ phẩm chế biến',
    sector: 'aquaculture',
    summary:
      'Công thức và quy trình ép viên thức ăn cá tra dùng bột phụ phẩm cá, cám gạo và bã đậu nành, giá thành thấp hơn thức ăn thương mại 12–15%.',
    highlights: [
      'Đạm thô 26–28%, độ bền viên trong nước trên 4 giờ',
      'Máy ép viên quy mô hộ 300 kg/giờ',
      'Tận dụng phụ phẩm tại địa phương',
    ],
    keywords: ['thức ăn thủy sản', 'cá tra', 'phụ phẩm', 'ép viên'],
    trl: 7,
    ip: 'know_how',
    priceMillions: 120,
    owners: ['agriInstitute'],
  },
  {
    title: 'Hệ thống tưới tiết kiệm nước nhỏ giọt cho vườn cây ăn trái',
    sector: 'irrigation',
    summary:
      'Thiết kế và lắp đặt hệ thống tưới nhỏ giọt kết hợp bón phân qua nước cho vườn xoài, bưởi, sầu riêng; tiết kiệm 40–50% nước và 30% phân bón trong mùa khô hạn mặn.',
    highlights: [
      'Bộ hẹn giờ và van điện từ điều khiển qua điện thoại',
      'Lọc đĩa chống tắc với nước kênh phù sa',
      'Thi công trọn gói 1–10 ha',
    ],
    keywords: ['tưới tiết kiệm', 'tưới nhỏ giọt', 'bón phân qua nước', 'hạn mặn'],
    trl: 9,
    ip: 'none',
    priceMillions: 65,
    owners: ['dongThapMechanical', 'techApplicationCentre'],
  },
  {
    title: 'Cống thủy lợi tự động đóng mở theo độ mặn và mực nước triều',
    sector: 'irrigation',
    summary:
      'Bộ điều khiển cho cống thủy lợi nội đồng tự đóng khi độ mặn vượt ngưỡng và mở lấy nước ngọt khi triều thuận, giám sát từ xa tại trạm của xã.',
    highlights: [
      'Cảm biến độ mặn và mực nước thượng, hạ lưu',
      'Vận hành được khi mất điện nhờ ắc quy và pin mặt trời',
      'Tích hợp với cống hiện có, không cần xây mới',
    ],
    keywords: ['cống thủy lợi', 'ngăn mặn', 'tự động hóa', 'xâm nhập mặn'],
    trl: 7,
    ip: 'pending_application',
    priceMillions: 410,
    owners: ['dongThapUniversity', 'mekongDigital'],
  },
  {
    title: 'Trạm bơm tưới dùng năng lượng mặt trời',
    sector: 'energy',
    summary:
      'Trạm bơm tưới chạy pin mặt trời 5–15 kWp, biến tần bơm trực tiếp không cần ắc quy, cấp nước cho 5–20 ha lúa hoặc rau màu.',
    highlights: [
      'Không tốn tiền điện, hoàn vốn sau 4–5 năm',
      'Giám sát lưu lượng từ xa',
      'Khung giàn chống gió bão cấp 10',
    ],
    keywords: ['bơm năng lượng mặt trời', 'trạm bơm', 'tưới tiêu', 'điện mặt trời'],
    trl: 9,
    ip: 'none',
    priceMillions: 290,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Cảnh báo xâm nhập mặn qua tin nhắn cho nông dân',
    sector: 'it-digital',
    summary:
      'Mạng trạm đo độ mặn trên kênh rạch gửi cảnh báo qua SMS và Zalo cho nông dân theo từng xã, giúp chủ động lấy nước và bảo vệ vườn cây.',
    highlights: [
      'Bản đồ độ mặn cập nhật 15 phút/lần',
      'Tin nhắn tiếng Việt đơn giản, không cần điện thoại thông minh',
      'Dữ liệu mở cho cơ quan quản lý thủy lợi',
    ],
    keywords: ['xâm nhập mặn', 'cảnh báo sớm', 'SMS', 'độ mặn'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 150,
    owners: ['mekongDigital', 'dongThapUniversity'],
  },
  {
    title: 'Quy trình sản xuất mắm cá linh đạt chuẩn OCOP',
    sector: 'ocop-food',
    summary:
      'Quy trình lên men mắm cá linh mùa nước nổi có kiểm soát nhiệt độ, độ mặn và vi sinh, rút ngắn thời gian ủ và đạt chỉ tiêu an toàn thực phẩm.',
    highlights: [
      'Thời gian ủ rút từ 6 tháng xuống 3 tháng',
      'Histamine dưới ngưỡng cho phép',
      'Hướng dẫn thiết kế nhãn và hồ sơ OCOP',
    ],
    keywords: ['mắm cá linh', 'OCOP', 'lên men', 'đặc sản mùa nước nổi'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 40,
    owners: ['techApplicationCentre'],
  },
  {
    title: 'Bánh phồng tôm không chất bảo quản',
    sector: 'ocop-food',
    summary:
      'Công thức và quy trình sản xuất bánh phồng tôm Sa Giang truyền thống không dùng hàn the, chất bảo quản; hạn dùng 9 tháng nhờ sấy và bao gói khí trơ.',
    highlights: ['Tỷ lệ tôm tươi trên 30%', 'Độ nở đều, giòn lâu', 'Phù hợp cơ sở làng nghề quy mô hộ'],
    keywords: ['bánh phồng tôm', 'Sa Đéc', 'làng nghề', 'OCOP'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 55,
    owners: ['songHau'],
  },
  {
    title: 'Lên men giấm xoài bằng chủng Acetobacter chọn lọc',
    sector: 'ocop-food',
    summary:
      'Quy trình lên men giấm từ xoài chín dư thừa bằng chủng Acetobacter phân lập tại địa phương, độ chua 4–5%, hương thơm đặc trưng.',
    highlights: [
      'Tận dụng xoài rụng, xoài dạt giá thấp',
      'Thiết bị đơn giản: bồn inox, máy lọc',
      'Giữ giống vi khuẩn miễn phí 2 năm',
    ],
    keywords: ['giấm xoài', 'lên men', 'Acetobacter', 'phụ phẩm xoài'],
    trl: 7,
    ip: 'know_how',
    priceMillions: 35,
    owners: ['dongThapUniversity'],
  },
  {
    title: 'Trà hoa sen sấy thăng hoa',
    sector: 'ocop-food',
    summary:
      'Công nghệ sấy thăng hoa giữ nguyên hình dạng, màu và hương hoa sen Tháp Mười, làm trà túi lọc và trà bông cao cấp cho du lịch.',
    highlights: ['Giữ trên 90% hợp chất thơm', 'Thời gian sấy 18 giờ/mẻ', 'Bao bì quà tặng đạt OCOP 4 sao'],
    keywords: ['trà sen', 'sấy thăng hoa', 'hoa sen', 'OCOP'],
    trl: 8,
    ip: 'pending_application',
    priceMillions: 210,
    owners: ['songHau', 'canThoUniversity'],
  },
  {
    title: 'Phần mềm quản lý hợp tác xã nông nghiệp',
    sector: 'it-digital',
    summary:
      'Phần mềm quản lý HTX trên nền web và di động: thành viên, vốn góp, diện tích, vật tư đầu vào, sản lượng, hợp đồng tiêu thụ và báo cáo tài chính theo Luật Hợp tác xã 2023.',
    highlights: [
      'Dùng được trên điện thoại, giao diện tiếng Việt',
      'Kết xuất báo cáo gửi Liên minh HTX tỉnh',
      'Miễn phí 6 tháng đầu cho HTX mới thành lập',
    ],
    keywords: ['phần mềm quản lý HTX', 'hợp tác xã', 'chuyển đổi số', 'quản lý thành viên'],
    trl: 9,
    ip: 'none',
    priceMillions: 24,
    owners: ['mekongDigital'],
  },
  {
    title: 'Truy xuất nguồn gốc nông sản bằng mã QR',
    sector: 'it-digital',
    summary:
      'Giải pháp tem QR và cổng truy xuất nguồn gốc liên kết nhật ký canh tác, mã số vùng trồng và cơ sở đóng gói, đáp ứng yêu cầu của siêu thị và nhà nhập khẩu.',
    highlights: ['Tem chống giả in biến đổi', 'Kết nối cổng truy xuất quốc gia', 'Thống kê lượt quét theo tỉnh thành'],
    keywords: ['truy xuất nguồn gốc', 'mã QR', 'chuyển đổi số', 'nông sản'],
    trl: 9,
    ip: 'none',
    priceMillions: 18,
    owners: ['mekongDigital', 'songHau'],
  },
  {
    title: 'Nhật ký canh tác điện tử cho vùng nguyên liệu',
    sector: 'it-digital',
    summary:
      'Ứng dụng ghi nhật ký canh tác bằng giọng nói và hình ảnh, tự tính thời gian cách ly thuốc bảo vệ thực vật và cảnh báo trước khi thu hoạch.',
    highlights: [
      'Nhập liệu bằng giọng nói tiếng Việt giọng miền Tây',
      'Hoạt động ngoại tuyến, đồng bộ khi có sóng',
      'Xuất báo cáo VietGAP, GlobalGAP',
    ],
    keywords: ['nhật ký canh tác', 'VietGAP', 'ứng dụng di động', 'vùng nguyên liệu'],
    trl: 8,
    ip: 'none',
    priceMillions: 12,
    owners: ['mekongDigital'],
  },
  {
    title: 'Bộ điều khiển nhà màng thông minh',
    sector: 'automation-iot',
    summary:
      'Tủ điều khiển nhà màng trồng rau, dưa lưới tự động tưới, phun sương, kéo lưới cắt nắng theo cảm biến nhiệt độ, ẩm độ và ánh sáng.',
    highlights: [
      'Cài kịch bản theo giai đoạn sinh trưởng',
      'Điều khiển qua điện thoại, cảnh báo mất điện',
      'Tương thích biến tần và bơm phổ thông',
    ],
    keywords: ['nhà màng', 'IoT', 'dưa lưới', 'tự động hóa'],
    trl: 8,
    ip: 'utility_solution',
    priceMillions: 48,
    owners: ['mekongDigital', 'dongThapMechanical'],
  },
  {
    title: 'Hệ thống cho tôm ăn tự động theo lịch và sức ăn',
    sector: 'automation-iot',
    summary:
      'Máy cho tôm ăn tự động có cảm biến âm thanh nhận biết sức ăn, điều chỉnh lượng thức ăn theo thời gian thực, giảm FCR và ô nhiễm đáy ao.',
    highlights: [
      'Giảm 10–15% lượng thức ăn',
      'Lịch cho ăn theo ngày tuổi tôm',
      'Kết nối hệ thống giám sát chất lượng nước',
    ],
    keywords: ['cho tôm ăn tự động', 'nuôi tôm', 'IoT', 'FCR'],
    trl: 7,
    ip: 'pending_application',
    priceMillions: 32,
    owners: ['mekongDigital', 'mekongAqua'],
  },
  {
    title: 'Gạch không nung từ tro trấu và bùn nạo vét',
    sector: 'materials',
    summary:
      'Công thức và quy trình ép gạch không nung từ tro trấu, bùn nạo vét kênh mương và xi măng, cường độ nén M75, dùng cho nhà ở nông thôn.',
    highlights: ['Tận dụng 35% phế thải', 'Không dùng lò nung, giảm phát thải', 'Máy ép thủy lực 3.000 viên/ca'],
    keywords: ['gạch không nung', 'tro trấu', 'vật liệu xây dựng', 'bùn nạo vét'],
    trl: 7,
    ip: 'utility_solution',
    priceMillions: 350,
    owners: ['dongThapUniversity'],
  },
  {
    title: 'Vật liệu composite từ sợi lục bình',
    sector: 'materials',
    summary:
      'Tấm composite nhựa tái chế gia cường sợi lục bình dùng làm ván ốp, khay, chậu cây; giải quyết lục bình gây tắc nghẽn kênh rạch.',
    highlights: ['Chịu ẩm, không mối mọt', 'Tỷ lệ sợi tự nhiên 30–40%', 'Tạo việc làm cho lao động nữ nông thôn'],
    keywords: ['lục bình', 'composite', 'vật liệu mới', 'nhựa tái chế'],
    trl: 5,
    ip: 'pending_application',
    priceMillions: null,
    owners: ['canThoUniversity'],
  },
  {
    title: 'Than sinh học từ vỏ trấu cải tạo đất',
    sector: 'materials',
    summary:
      'Lò nhiệt phân yếm khí sản xuất than sinh học (biochar) từ vỏ trấu, dùng cải tạo đất phèn, giữ ẩm và giảm thất thoát phân đạm.',
    highlights: [
      'Công suất 500 kg trấu/mẻ',
      'Tận dụng khí nhiệt phân để sấy',
      'Tăng năng suất lúa 8–12% trên đất phèn',
    ],
    keywords: ['biochar', 'than sinh học', 'vỏ trấu', 'cải tạo đất'],
    trl: 7,
    ip: 'utility_solution',
    priceMillions: 140,
    owners: ['agriInstitute', 'techApplicationCentre'],
  },
  {
    title: 'Lò đốt sinh khối cấp nhiệt cho sấy nông sản',
    sector: 'energy',
    summary:
      'Lò đốt trấu, vỏ dừa, lõi bắp có trao đổi nhiệt gián tiếp, thay thế than đá và gas cho lò sấy, hiệu suất nhiệt trên 70%.',
    highlights: ['Công suất nhiệt 100–500 kW', 'Buồng lắng tro, đạt quy chuẩn khí thải', 'Nạp liệu bán tự động'],
    keywords: ['lò đốt sinh khối', 'trấu', 'năng lượng tái tạo', 'sấy nông sản'],
    trl: 8,
    ip: 'none',
    priceMillions: 260,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Hầm biogas composite cho trang trại chăn nuôi',
    sector: 'environment',
    summary:
      'Hầm biogas composite lắp ghép 10–50 m³ xử lý chất thải chăn nuôi heo, bò; khí dùng đun nấu, chạy máy phát điện.',
    highlights: ['Lắp đặt trong 1 ngày, không rò khí', 'Tuổi thọ trên 20 năm', 'Bã thải làm phân bón hữu cơ'],
    keywords: ['biogas', 'chất thải chăn nuôi', 'composite', 'năng lượng sạch'],
    trl: 9,
    ip: 'none',
    priceMillions: 28,
    owners: ['techApplicationCentre'],
  },
  {
    title: 'Xử lý nước thải chế biến thủy sản bằng công nghệ MBBR',
    sector: 'environment',
    summary:
      'Hệ thống xử lý nước thải nhà máy chế biến cá tra, tôm bằng giá thể vi sinh di động (MBBR), đạt QCVN 11-MT:2015/BTNMT cột A.',
    highlights: [
      'Diện tích nhỏ hơn 40% so với bùn hoạt tính truyền thống',
      'Chịu được biến động tải theo mùa vụ',
      'Giám sát tự động, truyền dữ liệu về Sở Nông nghiệp và Môi trường',
    ],
    keywords: ['xử lý nước thải', 'MBBR', 'chế biến thủy sản', 'môi trường'],
    trl: 9,
    ip: 'none',
    priceMillions: 2400,
    owners: ['canThoUniversity'],
  },
  {
    title: 'Chế phẩm xử lý rơm rạ thành phân hữu cơ tại ruộng',
    sector: 'environment',
    summary:
      'Chế phẩm vi sinh phân giải nhanh rơm rạ sau thu hoạch, thay thế đốt đồng, giúp cải thiện độ phì và giảm 20% phân hóa học vụ sau.',
    highlights: [
      'Rơm rạ hoai mục sau 15–20 ngày',
      'Phun trực tiếp trên ruộng',
      'Giảm khói bụi và phát thải khí nhà kính',
    ],
    keywords: ['xử lý rơm rạ', 'phân hữu cơ', 'chế phẩm vi sinh', 'không đốt đồng'],
    trl: 9,
    ip: 'utility_solution',
    priceMillions: 15,
    owners: ['agriInstitute'],
  },
  {
    title: 'Quy trình trồng và chế biến dược liệu đinh lăng',
    sector: 'health',
    summary:
      'Quy trình trồng đinh lăng theo GACP-WHO trên đất vườn và chế biến trà, cao đinh lăng; liên kết bao tiêu đầu ra với doanh nghiệp dược.',
    highlights: [
      'Năng suất rễ 3–4 kg/cây sau 3 năm',
      'Hàm lượng saponin đạt Dược điển Việt Nam',
      'Hỗ trợ hồ sơ công bố thực phẩm bảo vệ sức khỏe',
    ],
    keywords: ['dược liệu', 'đinh lăng', 'GACP', 'trà thảo dược'],
    trl: 8,
    ip: 'know_how',
    priceMillions: 70,
    owners: ['dongThapUniversity', 'techApplicationCentre'],
  },
  {
    title: 'Cao chiết lá sen hỗ trợ giảm mỡ máu',
    sector: 'health',
    summary:
      'Quy trình chiết xuất và chuẩn hóa cao lá sen giàu nuciferin, đã đánh giá độc tính và tác dụng trên mô hình tiền lâm sàng.',
    highlights: [
      'Nguồn nguyên liệu lá sen Tháp Mười dồi dào',
      'Hàm lượng nuciferin ổn định giữa các lô',
      'Phù hợp viên nang, trà hòa tan',
    ],
    keywords: ['lá sen', 'nuciferin', 'dược liệu', 'thực phẩm chức năng'],
    trl: 5,
    ip: 'pending_application',
    priceMillions: null,
    owners: ['canThoUniversity'],
  },
  {
    title: 'Phần mềm quản lý trạm y tế xã',
    sector: 'health',
    summary:
      'Phần mềm quản lý khám chữa bệnh, tiêm chủng, hồ sơ sức khỏe điện tử cho trạm y tế xã, liên thông với cổng bảo hiểm y tế.',
    highlights: ['Theo chuẩn dữ liệu Bộ Y tế', 'Chạy trên máy tính cấu hình thấp', 'Đào tạo cán bộ y tế tại chỗ'],
    keywords: ['y tế cơ sở', 'hồ sơ sức khỏe điện tử', 'phần mềm', 'chuyển đổi số'],
    trl: 9,
    ip: 'none',
    priceMillions: 36,
    owners: ['mekongDigital'],
  },
  {
    title: 'Nhân giống chuối cấy mô sạch bệnh',
    sector: 'biotech',
    summary:
      'Quy trình nhân giống in vitro chuối già Nam Mỹ và chuối xiêm sạch bệnh héo rũ Panama, cung cấp cây con đồng đều cho vùng chuyên canh.',
    highlights: [
      'Hệ số nhân 4–5 lần/chu kỳ',
      'Cây con xuất vườn 45 ngày',
      'Chuyển giao phòng cấy mô quy mô 200.000 cây/năm',
    ],
    keywords: ['cấy mô', 'chuối', 'nhân giống', 'sạch bệnh'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 280,
    owners: ['agriInstitute', 'dongThapUniversity'],
  },
  {
    title: 'Vi khuẩn cố định đạm giảm phân urê cho lúa',
    sector: 'biotech',
    summary:
      'Phân vi sinh chứa vi khuẩn cố định đạm và hòa tan lân phân lập từ đất phù sa, giảm 30–40% lượng urê mà vẫn giữ năng suất lúa.',
    highlights: [
      'Đã thử nghiệm trên 1.200 ha',
      'Giảm chi phí sản xuất 1,5–2 triệu đồng/ha/vụ',
      'Bảo quản 6 tháng ở nhiệt độ thường',
    ],
    keywords: ['phân vi sinh', 'cố định đạm', 'lúa', 'giảm phân bón'],
    trl: 9,
    ip: 'granted_patent',
    priceMillions: null,
    owners: ['canThoUniversity', 'agriInstitute'],
  },
  {
    title: 'Máy gặt đập liên hợp cỡ nhỏ cho ruộng lầy',
    sector: 'mechanical',
    summary:
      'Máy gặt đập liên hợp bánh xích cao su, chiều rộng cắt 1,4 m, di chuyển tốt trên ruộng lầy và ruộng nhỏ bờ bao cao của vùng Đồng Tháp Mười.',
    highlights: ['Năng suất 0,3–0,4 ha/giờ', 'Tỷ lệ hao hụt dưới 1,5%', 'Phụ tùng sản xuất trong nước'],
    keywords: ['máy gặt đập', 'cơ giới hóa', 'ruộng lầy', 'thu hoạch lúa'],
    trl: 8,
    ip: 'utility_solution',
    priceMillions: 420,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Máy cấy lúa mạ khay kèm quy trình làm mạ',
    sector: 'mechanical',
    summary:
      'Máy cấy 6 hàng và quy trình làm mạ khay tập trung giúp giảm 50% lượng giống, lúa đều, hạn chế cỏ dại và chuột phá hại.',
    highlights: [
      'Cấy 3–4 ha/ngày',
      'Lượng giống 60–80 kg/ha thay vì 150–200 kg/ha',
      'Dịch vụ làm mạ khay cho tổ hợp tác',
    ],
    keywords: ['máy cấy', 'mạ khay', 'cơ giới hóa', 'giảm lượng giống'],
    trl: 9,
    ip: 'none',
    priceMillions: 310,
    owners: ['dongThapMechanical', 'agriInstitute'],
  },
  {
    title: 'Vắc-xin tự sinh phòng bệnh gan thận mủ cho cá tra',
    sector: 'livestock',
    summary:
      'Quy trình sản xuất vắc-xin bất hoạt dạng ngâm từ chủng Edwardsiella ictaluri phân lập tại địa phương, giảm dùng kháng sinh trong nuôi cá tra.',
    highlights: ['Tỷ lệ bảo hộ 70–80% trong thử nghiệm', 'Giảm chi phí kháng sinh 50%', 'Hỗ trợ đăng ký lưu hành'],
    keywords: ['vắc-xin thủy sản', 'cá tra', 'gan thận mủ', 'giảm kháng sinh'],
    trl: 6,
    ip: 'pending_application',
    priceMillions: null,
    owners: ['canThoUniversity'],
  },
  {
    title: 'Mô hình nuôi vịt chạy đồng an toàn sinh học',
    sector: 'livestock',
    summary:
      'Quy trình nuôi vịt chạy đồng kết hợp chuồng trại an toàn sinh học, tiêm phòng cúm gia cầm và quản lý đàn bằng sổ điện tử.',
    highlights: [
      'Giảm tỷ lệ hao hụt đàn xuống dưới 5%',
      'Truy xuất nguồn gốc trứng vịt',
      'Tập huấn cho tổ hợp tác chăn nuôi',
    ],
    keywords: ['vịt chạy đồng', 'an toàn sinh học', 'chăn nuôi', 'gia cầm'],
    trl: 9,
    ip: 'know_how',
    priceMillions: 30,
    owners: ['techApplicationCentre'],
  },
];

export const EQUIPMENT_TEMPLATES: readonly EquipmentTemplate[] = [
  {
    title: 'Máy sấy bơm nhiệt 500 kg/mẻ',
    sector: 'agri-processing',
    summary:
      'Máy sấy bơm nhiệt buồng inox 24 khay, dùng sấy xoài, chuối, khô cá; đã qua sử dụng một mùa vụ, còn bảo hành hãng.',
    specifications: [
      ['Công suất điện', '12 kW'],
      ['Nhiệt độ sấy', '35–75 °C'],
      ['Số khay', '24 khay inox 304'],
      ['Nguồn điện', '3 pha 380 V'],
    ],
    keywords: ['máy sấy bơm nhiệt', 'sấy lạnh', 'sấy trái cây'],
    priceMillions: 265,
    owners: ['songHau', 'dongThapMechanical'],
  },
  {
    title: 'Máy đóng gói hút chân không hai buồng',
    sector: 'ocop-food',
    summary: 'Máy hút chân không hai buồng cho sản phẩm khô, mắm, xoài sấy; thanh hàn 50 cm, bơm chân không 20 m³/giờ.',
    specifications: [
      ['Chiều dài thanh hàn', '2 x 500 mm'],
      ['Bơm chân không', '20 m³/giờ'],
      ['Năng suất', '2–3 chu kỳ/phút'],
    ],
    keywords: ['đóng gói chân không', 'bao bì', 'OCOP'],
    priceMillions: 78,
    owners: ['songHau', 'dongThapMechanical'],
  },
  {
    title: 'Máy ép nước trái cây công nghiệp',
    sector: 'agri-processing',
    summary: 'Máy ép trục vít inox ép xoài, thơm, chanh dây; năng suất 500 kg/giờ, kèm bộ lọc xơ.',
    specifications: [
      ['Năng suất', '500 kg/giờ'],
      ['Vật liệu', 'Inox 304'],
      ['Động cơ', '5,5 kW'],
    ],
    keywords: ['máy ép trái cây', 'nước ép', 'chế biến'],
    priceMillions: 145,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Quạt nước ao tôm 2 HP loại 12 cánh',
    sector: 'aquaculture',
    summary: 'Dàn quạt nước 12 cánh, motor 2 HP hộp số bánh răng, phao nhựa HDPE, tăng oxy và gom chất thải giữa ao.',
    specifications: [
      ['Công suất', '2 HP (1,5 kW)'],
      ['Số cánh', '12'],
      ['Tốc độ', '110 vòng/phút'],
    ],
    keywords: ['quạt nước', 'ao tôm', 'oxy hòa tan'],
    priceMillions: 9,
    owners: ['mekongAqua'],
  },
  {
    title: 'Máy đo oxy hòa tan cầm tay',
    sector: 'aquaculture',
    summary: 'Máy đo DO cầm tay đầu đo quang học, cáp 10 m, chống nước, kèm dung dịch hiệu chuẩn.',
    specifications: [
      ['Dải đo', '0–20 mg/L'],
      ['Độ chính xác', '±0,1 mg/L'],
      ['Chống nước', 'IP67'],
    ],
    keywords: ['máy đo oxy', 'DO', 'quan trắc nước'],
    priceMillions: 16,
    owners: ['mekongAqua', 'canThoUniversity'],
  },
  {
    title: 'Bơm chìm tưới tiêu 7,5 kW',
    sector: 'irrigation',
    summary: 'Bơm chìm hướng trục lưu lượng lớn cho trạm bơm nội đồng, cánh inox chống ăn mòn nước lợ.',
    specifications: [
      ['Công suất', '7,5 kW'],
      ['Lưu lượng', '600 m³/giờ'],
      ['Cột áp', '4 m'],
    ],
    keywords: ['bơm chìm', 'trạm bơm', 'tưới tiêu'],
    priceMillions: 58,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Bộ điều khiển tưới nhỏ giọt 8 van',
    sector: 'irrigation',
    summary: 'Bộ điều khiển tưới 8 vùng, kết nối Wi-Fi và 4G, có đầu vào cảm biến độ ẩm đất và đồng hồ lưu lượng.',
    specifications: [
      ['Số vùng tưới', '8'],
      ['Kết nối', 'Wi-Fi, 4G'],
      ['Nguồn', '24 VAC'],
    ],
    keywords: ['tưới nhỏ giọt', 'điều khiển tưới', 'IoT'],
    priceMillions: 11,
    owners: ['mekongDigital', 'dongThapMechanical'],
  },
  {
    title: 'Tủ sấy thăng hoa phòng thí nghiệm',
    sector: 'biotech',
    summary:
      'Máy sấy thăng hoa 4 khay dùng cho nghiên cứu sản phẩm sấy, chế phẩm vi sinh; thanh lý do nâng cấp phòng thí nghiệm.',
    specifications: [
      ['Nhiệt độ bẫy lạnh', '-55 °C'],
      ['Diện tích khay', '0,4 m²'],
      ['Độ chân không', '< 10 Pa'],
    ],
    keywords: ['sấy thăng hoa', 'phòng thí nghiệm', 'thanh lý'],
    priceMillions: 190,
    owners: ['canThoUniversity', 'dongThapUniversity'],
  },
  {
    title: 'Nồi hấp tiệt trùng 100 lít',
    sector: 'ocop-food',
    summary: 'Nồi hấp tiệt trùng đứng cho đồ hộp, nước uống đóng chai và môi trường nuôi cấy, có bộ ghi nhiệt độ.',
    specifications: [
      ['Dung tích', '100 lít'],
      ['Nhiệt độ tối đa', '134 °C'],
      ['Áp suất', '2,2 bar'],
    ],
    keywords: ['tiệt trùng', 'nồi hấp', 'an toàn thực phẩm'],
    priceMillions: 65,
    owners: ['techApplicationCentre', 'songHau'],
  },
  {
    title: 'Máy xay xát gạo mini liên hoàn',
    sector: 'mechanical',
    summary: 'Máy xay xát liên hoàn bóc vỏ, xát trắng, tách tấm; phù hợp HTX làm gạo đặc sản đóng gói.',
    specifications: [
      ['Năng suất', '300–500 kg/giờ'],
      ['Động cơ', '15 kW'],
      ['Tỷ lệ thu hồi', '65–68%'],
    ],
    keywords: ['xay xát', 'gạo đặc sản', 'HTX'],
    priceMillions: 175,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Thiết bị bay phun thuốc nông nghiệp 30 lít',
    sector: 'automation-iot',
    summary: 'Thiết bị bay không người lái phun thuốc và rải phân, bình 30 lít, bay tự động theo bản đồ ruộng.',
    specifications: [
      ['Dung tích bình', '30 lít'],
      ['Năng suất', '15–20 ha/ngày'],
      ['Pin', '2 bộ sạc nhanh'],
    ],
    keywords: ['drone nông nghiệp', 'phun thuốc', 'cơ giới hóa'],
    priceMillions: 420,
    owners: ['mekongDigital', 'dongThapMechanical'],
  },
  {
    title: 'Máy đo độ ẩm nông sản',
    sector: 'agri-processing',
    summary: 'Máy đo ẩm nhanh cho lúa, bắp, cà phê, hạt sen; hiệu chuẩn sẵn 12 loại hạt.',
    specifications: [
      ['Dải đo', '5–40%'],
      ['Thời gian đo', '5 giây'],
      ['Nguồn', 'Pin AA'],
    ],
    keywords: ['đo độ ẩm', 'lúa', 'sau thu hoạch'],
    priceMillions: 7,
    owners: ['songHau'],
  },
  {
    title: 'Máy chiết rót và đóng nắp chai bán tự động',
    sector: 'ocop-food',
    summary: 'Máy chiết rót định lượng 100–1.000 ml cho nước mắm, giấm, nước ép; kèm máy đóng nắp xoáy.',
    specifications: [
      ['Số vòi', '4'],
      ['Năng suất', '1.200 chai/giờ'],
      ['Vật liệu tiếp xúc', 'Inox 316'],
    ],
    keywords: ['chiết rót', 'đóng chai', 'OCOP'],
    priceMillions: 98,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Kho lạnh lắp ghép 20 m³',
    sector: 'agri-processing',
    summary: 'Kho lạnh panel PU dày 100 mm, cụm máy nén 5 HP, bảo quản trái cây 2–8 °C; tháo lắp di chuyển được.',
    specifications: [
      ['Thể tích', '20 m³'],
      ['Nhiệt độ', '2–8 °C'],
      ['Máy nén', '5 HP'],
    ],
    keywords: ['kho lạnh', 'bảo quản trái cây', 'chuỗi lạnh'],
    priceMillions: 160,
    owners: ['songHau', 'dongThapMechanical'],
  },
  {
    title: 'Máy ép viên thức ăn thủy sản',
    sector: 'aquaculture',
    summary: 'Máy ép viên nổi trục vít đơn cho cá tra, cá rô, ếch; thay khuôn 2–8 mm.',
    specifications: [
      ['Năng suất', '300 kg/giờ'],
      ['Động cơ', '22 kW'],
      ['Cỡ viên', '2–8 mm'],
    ],
    keywords: ['ép viên', 'thức ăn thủy sản', 'cá tra'],
    priceMillions: 135,
    owners: ['dongThapMechanical', 'mekongAqua'],
  },
  {
    title: 'Máy làm đá vảy 1 tấn/ngày',
    sector: 'aquaculture',
    summary: 'Máy đá vảy dùng bảo quản tôm cá sau thu hoạch và vận chuyển, gas R404A, kèm kho chứa đá.',
    specifications: [
      ['Công suất', '1 tấn/ngày'],
      ['Độ dày đá', '1,5–2,2 mm'],
      ['Nguồn điện', '3 pha 380 V'],
    ],
    keywords: ['đá vảy', 'bảo quản thủy sản', 'sau thu hoạch'],
    priceMillions: 210,
    owners: ['mekongAqua'],
  },
  {
    title: 'Hệ thống điện mặt trời áp mái 10 kWp',
    sector: 'energy',
    summary: 'Hệ thống điện mặt trời hòa lưới 10 kWp cho xưởng chế biến, tấm pin 550 Wp và biến tần có giám sát từ xa.',
    specifications: [
      ['Công suất', '10 kWp'],
      ['Tấm pin', '18 tấm 550 Wp'],
      ['Biến tần', '10 kW hòa lưới'],
    ],
    keywords: ['điện mặt trời', 'áp mái', 'tiết kiệm năng lượng'],
    priceMillions: 125,
    owners: ['dongThapMechanical'],
  },
  {
    title: 'Máy in phun mã QR và hạn dùng',
    sector: 'it-digital',
    summary: 'Máy in phun cầm tay in mã QR, ngày sản xuất, số lô lên bao bì; kết nối phần mềm truy xuất nguồn gốc.',
    specifications: [
      ['Chiều cao in', '2–12,7 mm'],
      ['Kết nối', 'USB, Wi-Fi'],
      ['Mực', 'Nhanh khô, gốc dung môi'],
    ],
    keywords: ['in mã QR', 'truy xuất nguồn gốc', 'bao bì'],
    priceMillions: 14,
    owners: ['mekongDigital'],
  },
  {
    title: 'Kính hiển vi sinh học ba mắt có camera',
    sector: 'biotech',
    summary: 'Kính hiển vi ba mắt có camera 12 MP, dùng kiểm tra tảo, ký sinh trùng trong ao nuôi và giảng dạy.',
    specifications: [
      ['Độ phóng đại', '40–1.000x'],
      ['Camera', '12 MP'],
      ['Đèn', 'LED'],
    ],
    keywords: ['kính hiển vi', 'phòng thí nghiệm', 'kiểm tra ao nuôi'],
    priceMillions: 32,
    owners: ['dongThapUniversity', 'canThoUniversity'],
  },
  {
    title: 'Máy đo độ mặn điện tử cầm tay',
    sector: 'irrigation',
    summary: 'Máy đo độ mặn, nhiệt độ nước kênh rạch, hiển thị phần nghìn (‰), dùng cho tổ thủy lợi cơ sở.',
    specifications: [
      ['Dải đo', '0–50 ‰'],
      ['Độ phân giải', '0,1 ‰'],
      ['Chống nước', 'IP67'],
    ],
    keywords: ['đo độ mặn', 'xâm nhập mặn', 'thủy lợi'],
    priceMillions: 5,
    owners: ['techApplicationCentre', 'mekongAqua'],
  },
];
