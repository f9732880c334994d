// Plain-language help for the terms a business owner meets in the offer form: what TRL, IP status and
// transfer modes mean, each with a short explanation and an everyday example, in Vietnamese and English.

export interface HelpEntry {
  vi: { text: string; example: string };
  en: { text: string; example: string };
}

export const TRL_HELP: HelpEntry = {
  vi: {
    text: 'Mức độ sẵn sàng của công nghệ (TRL) cho biết công nghệ đã đi được bao xa từ ý tưởng đến sản xuất: 1–3 là nghiên cứu, 4–6 là thử nghiệm, 7–9 là đã chạy thực tế.',
    example:
      'Ví dụ: máy sấy đã chạy ổn định ở một hợp tác xã trong một vụ mùa là TRL 8; mẫu thử trong phòng thí nghiệm là TRL 4.',
  },
  en: {
    text: 'The technology readiness level (TRL) says how far a technology has come from idea to production: 1–3 research, 4–6 testing, 7–9 proven in real use.',
    example:
      'Example: a dryer that ran reliably at a cooperative for a whole harvest is TRL 8; a lab prototype is TRL 4.',
  },
};

export const IP_STATUS_HELP: HelpEntry = {
  vi: {
    text: 'Tình trạng sở hữu trí tuệ cho biết công nghệ được bảo hộ thế nào: đã có bằng sáng chế, đang nộp đơn, giải pháp hữu ích, bí quyết giữ kín, hoặc chưa bảo hộ.',
    example: 'Ví dụ: quy trình ủ men chỉ vài người trong công ty biết, không đăng ký ở đâu, là "bí quyết kỹ thuật".',
  },
  en: {
    text: 'The intellectual-property status says how the technology is protected: a granted patent, a pending application, a utility solution, know-how kept secret, or none.',
    example: 'Example: a fermentation process only a few staff know and never registered is "know-how".',
  },
};

export const TRANSFER_MODES_HELP: HelpEntry = {
  vi: {
    text: 'Hình thức chuyển giao là cách bên mua nhận công nghệ: được cấp phép sử dụng, mua đứt quyền sở hữu, nhận trọn gói (lắp đặt và vận hành), liên doanh, hoặc được tư vấn và đào tạo.',
    example:
      'Ví dụ: bán dây chuyền kèm lắp đặt và chạy thử là "chìa khóa trao tay"; cho phép dùng quy trình và thu phí theo năm là "cấp phép".',
  },
  en: {
    text: 'The transfer mode is how the buyer receives the technology: a licence to use it, an outright assignment, a turnkey delivery (installed and running), a joint venture, or consulting and training.',
    example:
      'Example: selling a production line installed and test-run is "turnkey"; letting a firm use a process for a yearly fee is a "licence".',
  },
};
