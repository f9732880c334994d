// Hand-written technology needs of local businesses and co-operatives for the demo data.

export interface NeedTemplate {
  title: string;
  sector: string;
  problem: string;
  keywords: string[];
  desiredTrl: number | null;
  /** budget in millions of VND: [min, max]; nulls for open */
  budgetMillions: [number | null, number | null];
}

export const NEED_TEMPLATES: readonly NeedTemplate[] = [
  {
    title: 'Cần công nghệ sấy xoài giữ màu, giảm chi phí điện',
    sector: 'agri-processing',
    problem:
      'Cơ sở đang sấy xoài bằng tủ sấy điện trở, chi phí điện chiếm gần 30% giá thành và sản phẩm bị sậm màu. Cần công nghệ sấy (bơm nhiệt, năng lượng mặt trời hoặc kết hợp) công suất 300–500 kg trái tươi/ngày, giữ màu vàng tự nhiên.',
    keywords: ['sấy xoài', 'máy sấy', 'tiết kiệm điện'],
    desiredTrl: 8,
    budgetMillions: [150, 400],
  },
  {
    title: 'Tìm giải pháp xử lý nước thải ao nuôi cá tra trước khi xả ra sông',
    sector: 'environment',
    problem:
      'Vùng nuôi 15 ha cá tra thâm canh, mỗi đợt thay nước xả trực tiếp ra kênh, bị người dân phản ánh. Cần giải pháp ao lắng, lọc sinh học hoặc chế phẩm phù hợp chi phí hộ nuôi, có thể nhân rộng cho tổ hợp tác.',
    keywords: ['nước thải ao nuôi', 'cá tra', 'xử lý sinh học'],
    desiredTrl: 8,
    budgetMillions: [200, 800],
  },
  {
    title: 'Cần phần mềm quản lý thành viên, vật tư và sản lượng cho HTX',
    sector: 'it-digital',
    problem:
      'HTX có 120 thành viên, đang quản lý bằng sổ sách và Excel nên khó đối chiếu vật tư ứng trước và sản lượng thu mua. Cần phần mềm dùng trên điện thoại, có báo cáo tài chính và xuất hóa đơn điện tử.',
    keywords: ['phần mềm quản lý HTX', 'chuyển đổi số', 'quản lý vật tư'],
    desiredTrl: 9,
    budgetMillions: [20, 60],
  },
  {
    title: 'Tìm quy trình bảo quản xoài tươi xuất khẩu đường biển',
    sector: 'agri-processing',
    problem:
      'Doanh nghiệp có đơn hàng xoài tươi đi Hàn Quốc bằng container lạnh, thời gian vận chuyển 18–20 ngày. Tỷ lệ xoài hư, thâm vỏ hiện 12–15%. Cần quy trình xử lý sau thu hoạch và bao gói giảm hao hụt dưới 5%.',
    keywords: ['bảo quản xoài', 'xuất khẩu', 'sau thu hoạch'],
    desiredTrl: 7,
    budgetMillions: [100, 300],
  },
  {
    title: 'Cần hệ thống tưới tiết kiệm cho 8 ha vườn bưởi mùa hạn mặn',
    sector: 'irrigation',
    problem:
      'Mùa khô nước kênh nhiễm mặn 2–4‰ kéo dài 2–3 tháng, vườn phải trữ nước ngọt trong mương. Cần hệ thống tưới nhỏ giọt hoặc phun mưa gốc tiết kiệm nước, có cảnh báo độ mặn nguồn nước đầu vào.',
    keywords: ['tưới tiết kiệm', 'hạn mặn', 'vườn bưởi'],
    desiredTrl: 9,
    budgetMillions: [80, 200],
  },
  {
    title: 'Cần máy tách hạt sen năng suất cao cho cơ sở chế biến',
    sector: 'mechanical',
    problem:
      'Cơ sở chế biến hạt sen sấy, mùa cao điểm thiếu 20 lao động tách hạt thủ công. Cần máy tách vỏ và lấy tim sen năng suất tối thiểu 50 kg hạt/giờ, tỷ lệ hạt vỡ thấp.',
    keywords: ['hạt sen', 'máy tách hạt', 'cơ giới hóa'],
    desiredTrl: 8,
    budgetMillions: [100, 200],
  },
  {
    title: 'Tìm đối tác chuyển giao công nghệ nuôi tôm hai giai đoạn',
    sector: 'aquaculture',
    problem:
      'Công ty có 5 ha ao đất ven biển Gò Công, tỷ lệ thành công vụ nuôi dưới 50% do dịch bệnh. Muốn chuyển đổi sang nuôi tôm công nghệ cao hai giai đoạn có nhà màng, cần đối tác thiết kế và đồng hành kỹ thuật.',
    keywords: ['nuôi tôm công nghệ cao', 'hai giai đoạn', 'chuyển giao công nghệ'],
    desiredTrl: 9,
    budgetMillions: [1000, 3000],
  },
  {
    title: 'Cần công nghệ làm sạch và đóng gói rau an toàn cho siêu thị',
    sector: 'ocop-food',
    problem:
      'Tổ hợp tác trồng rau theo VietGAP muốn cung cấp cho chuỗi siêu thị nhưng chưa có khâu sơ chế, rửa bằng nước ozone và đóng gói có tem truy xuất. Cần dây chuyền nhỏ 1 tấn/ngày.',
    keywords: ['sơ chế rau', 'đóng gói', 'truy xuất nguồn gốc'],
    desiredTrl: 8,
    budgetMillions: [150, 350],
  },
  {
    title: 'Tìm giải pháp ngăn mặn tự động cho cống nội đồng',
    sector: 'irrigation',
    problem:
      'Xã có 6 cống nội đồng đóng mở thủ công, nhiều lần không kịp đóng khi triều cường mang nước mặn vào ruộng. Cần giải pháp giám sát độ mặn và điều khiển cống tự động hoặc từ xa, vận hành được khi mất điện.',
    keywords: ['cống thủy lợi', 'ngăn mặn', 'tự động hóa'],
    desiredTrl: 7,
    budgetMillions: [300, 900],
  },
  {
    title: 'Cần quy trình sản xuất nước mắm cá linh đạt chuẩn an toàn thực phẩm',
    sector: 'ocop-food',
    problem:
      'Cơ sở làng nghề làm mắm theo kinh nghiệm, chất lượng không đồng đều giữa các mẻ, chưa đạt chỉ tiêu histamine để vào siêu thị. Cần quy trình lên men có kiểm soát và hướng dẫn hồ sơ OCOP.',
    keywords: ['nước mắm', 'cá linh', 'OCOP', 'an toàn thực phẩm'],
    desiredTrl: 8,
    budgetMillions: [30, 80],
  },
  {
    title: 'Tìm máy gặt phù hợp ruộng lầy vùng Đồng Tháp Mười',
    sector: 'mechanical',
    problem:
      'Ruộng trũng, lầy sau mưa, máy gặt cỡ lớn thường bị lún phải kéo. Tổ dịch vụ cần máy gặt đập cỡ nhỏ bánh xích, chi phí thuê hoặc mua trả góp phù hợp.',
    keywords: ['máy gặt', 'ruộng lầy', 'cơ giới hóa'],
    desiredTrl: 9,
    budgetMillions: [300, 500],
  },
  {
    title: 'Cần chế phẩm sinh học phòng bệnh thối rễ trên cây có múi',
    sector: 'biotech',
    problem:
      'Vườn bưởi da xanh 6 năm tuổi có 20% cây vàng lá thối rễ. Cần chế phẩm sinh học hoặc quy trình tổng hợp thay thế thuốc hóa học, có hướng dẫn kỹ thuật tại vườn.',
    keywords: ['thối rễ', 'vàng lá', 'bưởi da xanh', 'chế phẩm sinh học'],
    desiredTrl: 8,
    budgetMillions: [20, 60],
  },
  {
    title: 'Cần hệ thống cảnh báo oxy thấp cho ao nuôi ban đêm',
    sector: 'automation-iot',
    problem:
      'Ao nuôi tôm mật độ cao thường thiếu oxy lúc 2–4 giờ sáng, đã mất trắng một ao vì không phát hiện kịp. Cần thiết bị đo oxy liên tục, tự bật quạt và gọi điện báo động.',
    keywords: ['oxy hòa tan', 'cảnh báo', 'IoT', 'nuôi tôm'],
    desiredTrl: 8,
    budgetMillions: [20, 50],
  },
  {
    title: 'Tìm công nghệ chế biến phụ phẩm đầu vỏ tôm',
    sector: 'environment',
    problem:
      'Nhà máy chế biến tôm thải ra 8 tấn đầu vỏ mỗi ngày, đang bán giá thấp. Cần công nghệ thu hồi chitin, chitosan hoặc bột đạm thủy phân có giá trị gia tăng cao hơn.',
    keywords: ['phụ phẩm tôm', 'chitosan', 'kinh tế tuần hoàn'],
    desiredTrl: 7,
    budgetMillions: [500, 2000],
  },
  {
    title: 'Cần hỗ trợ xây dựng mã số vùng trồng xoài xuất khẩu',
    sector: 'crop-production',
    problem:
      'HTX có 45 ha xoài cát Chu, doanh nghiệp xuất khẩu yêu cầu mã số vùng trồng và nhật ký canh tác. Cần đơn vị tư vấn quy trình, tập huấn và phần mềm ghi chép.',
    keywords: ['mã số vùng trồng', 'xoài', 'xuất khẩu', 'nhật ký canh tác'],
    desiredTrl: 9,
    budgetMillions: [30, 100],
  },
  {
    title: 'Cần lò đốt trấu thay gas cho lò sấy',
    sector: 'energy',
    problem:
      'Lò sấy khô cá dùng gas, giá gas tăng làm giá thành cao. Tại địa phương sẵn trấu, cần lò đốt cấp nhiệt gián tiếp sạch khói, công suất khoảng 150 kW.',
    keywords: ['lò đốt trấu', 'thay gas', 'sấy khô cá'],
    desiredTrl: 8,
    budgetMillions: [150, 300],
  },
  {
    title: 'Tìm giống lúa chịu mặn năng suất cao cho vùng ven biển',
    sector: 'crop-production',
    problem:
      'Vụ đông xuân thường bị mặn xâm nhập giai đoạn làm đòng. Cần giống lúa chịu mặn 3–4‰, thời gian sinh trưởng dưới 100 ngày, chất lượng gạo đạt yêu cầu thu mua.',
    keywords: ['giống lúa chịu mặn', 'xâm nhập mặn', 'ven biển'],
    desiredTrl: 8,
    budgetMillions: [null, null],
  },
  {
    title: 'Cần thiết bị sấy thăng hoa cho sản phẩm trà sen cao cấp',
    sector: 'ocop-food',
    problem:
      'Cơ sở muốn phát triển trà hoa sen nguyên bông làm quà tặng du lịch, sấy nhiệt thường làm hoa biến màu, rụng cánh. Cần thiết bị và quy trình sấy thăng hoa quy mô 20–30 kg hoa/mẻ.',
    keywords: ['sấy thăng hoa', 'trà sen', 'quà tặng du lịch'],
    desiredTrl: 8,
    budgetMillions: [200, 500],
  },
  {
    title: 'Cần giải pháp số hóa hồ sơ sức khỏe cho trạm y tế',
    sector: 'health',
    problem:
      'Trạm y tế phường quản lý hồ sơ tiêm chủng và bệnh mạn tính trên giấy, khó theo dõi người cao tuổi. Cần phần mềm liên thông bảo hiểm y tế, nhắc lịch tái khám qua tin nhắn.',
    keywords: ['hồ sơ sức khỏe', 'y tế cơ sở', 'chuyển đổi số'],
    desiredTrl: 9,
    budgetMillions: [30, 80],
  },
  {
    title: 'Tìm công nghệ làm gạch không nung từ tro trấu',
    sector: 'materials',
    problem:
      'Nhà máy xay xát thải 3 tấn tro trấu mỗi ngày. Cần công nghệ và máy ép gạch không nung tận dụng tro trấu, sản phẩm đạt tiêu chuẩn vật liệu xây dựng.',
    keywords: ['gạch không nung', 'tro trấu', 'vật liệu xây dựng'],
    desiredTrl: 7,
    budgetMillions: [300, 700],
  },
  {
    title: 'Cần quy trình trồng dược liệu dưới tán vườn dừa',
    sector: 'health',
    problem:
      'HTX có 30 ha vườn dừa muốn trồng xen dược liệu (đinh lăng, nghệ, sả) để tăng thu nhập. Cần quy trình canh tác, giống và đầu mối bao tiêu sản phẩm.',
    keywords: ['dược liệu', 'trồng xen', 'vườn dừa'],
    desiredTrl: 8,
    budgetMillions: [20, 50],
  },
  {
    title: 'Cần hệ thống truy xuất nguồn gốc cho sản phẩm OCOP',
    sector: 'it-digital',
    problem:
      'Cơ sở có 4 sản phẩm OCOP 3 sao, khách hàng và siêu thị yêu cầu tem truy xuất nguồn gốc. Cần giải pháp in tem QR và cập nhật thông tin lô hàng đơn giản.',
    keywords: ['truy xuất nguồn gốc', 'OCOP', 'mã QR'],
    desiredTrl: 9,
    budgetMillions: [10, 30],
  },
  {
    title: 'Tìm vắc-xin hoặc giải pháp giảm kháng sinh trong nuôi cá tra',
    sector: 'livestock',
    problem:
      'Thị trường EU siết dư lượng kháng sinh; vùng nuôi thường xuyên bị bệnh gan thận mủ. Cần vắc-xin, chế phẩm hoặc quy trình phòng bệnh giảm sử dụng kháng sinh.',
    keywords: ['giảm kháng sinh', 'cá tra', 'vắc-xin thủy sản'],
    desiredTrl: 6,
    budgetMillions: [100, 400],
  },
  {
    title: 'Cần máy cấy lúa và dịch vụ làm mạ khay',
    sector: 'mechanical',
    problem:
      'Tổ hợp tác 80 ha muốn chuyển từ sạ lan sang cấy để giảm giống và công làm cỏ. Cần máy cấy và quy trình làm mạ khay, có hướng dẫn vận hành.',
    keywords: ['máy cấy', 'mạ khay', 'giảm lượng giống'],
    desiredTrl: 9,
    budgetMillions: [250, 400],
  },
];
