// The OCOP readiness rules as data, versioned by effective date. An admin publishes a new version
// through the API (stored in ocop_rule_sets); these are the built-in versions the service starts
// with. Legal basis: Decree 43/2017/NĐ-CP on goods labels (from 2017-06-01) as amended by Decree
// 111/2021/NĐ-CP (from 2022-02-15); Circular 21/2014/TT-BKHCN on the measurement of pre-packed
// goods (net quantity on the label); the Law on Standards and Technical Regulations (declared base
// standards, TCCS); GS1 Vietnam numbering; the OCOP evaluation criteria (Decision 148/QĐ-TTg, 2023).
// Officers should check the current texts before relying on a detail: this is reference data an
// admin can change, not legal advice.

import type { OcopRuleSet } from './ocop-rules.js';

const LABEL_COMMON = [
  { code: 'product_name', titleVi: 'Tên hàng hóa', titleEn: 'Name of the goods', mandatory: true },
  {
    code: 'responsible_party',
    titleVi: 'Tên và địa chỉ tổ chức, cá nhân chịu trách nhiệm về hàng hóa',
    titleEn: 'Name and address of the party responsible for the goods',
    mandatory: true,
  },
  { code: 'origin', titleVi: 'Xuất xứ hàng hóa', titleEn: 'Origin of the goods', mandatory: true },
] as const;

const LABEL_FOOD = [
  ...LABEL_COMMON,
  { code: 'net_quantity', titleVi: 'Định lượng', titleEn: 'Net quantity', mandatory: true, prepackedOnly: true },
  { code: 'production_date', titleVi: 'Ngày sản xuất', titleEn: 'Date of manufacture', mandatory: true },
  { code: 'expiry_date', titleVi: 'Hạn sử dụng', titleEn: 'Expiry date', mandatory: true },
  {
    code: 'ingredients',
    titleVi: 'Thành phần hoặc thành phần định lượng',
    titleEn: 'Ingredients or quantitative ingredients',
    mandatory: true,
  },
  { code: 'warnings', titleVi: 'Thông tin, cảnh báo (nếu có)', titleEn: 'Warnings (if any)', mandatory: false },
  {
    code: 'use_and_storage',
    titleVi: 'Hướng dẫn sử dụng, hướng dẫn bảo quản',
    titleEn: 'Instructions for use and storage',
    mandatory: true,
  },
] as const;

const LABEL_HANDICRAFT = [
  ...LABEL_COMMON,
  { code: 'material', titleVi: 'Thành phần, vật liệu', titleEn: 'Materials', mandatory: true },
  { code: 'dimensions', titleVi: 'Kích thước hoặc khối lượng', titleEn: 'Dimensions or weight', mandatory: false },
  {
    code: 'use_and_care',
    titleVi: 'Hướng dẫn sử dụng, bảo quản',
    titleEn: 'Instructions for use and care',
    mandatory: false,
  },
] as const;

const LABEL_TEXTILE = [
  ...LABEL_COMMON,
  { code: 'fibre_content', titleVi: 'Thành phần nguyên liệu sợi', titleEn: 'Fibre content', mandatory: true },
  { code: 'size', titleVi: 'Cỡ, kích thước', titleEn: 'Size', mandatory: true },
  { code: 'care', titleVi: 'Hướng dẫn sử dụng, bảo quản', titleEn: 'Care instructions', mandatory: true },
] as const;

const ITEMS_2017 = [
  {
    code: 'label',
    titleVi: 'Nhãn hàng hóa',
    titleEn: 'Product label',
    hintVi:
      'Nhãn ghi đủ các nội dung bắt buộc theo nhóm hàng; định lượng hàng đóng gói sẵn ghi bằng số và đơn vị đo hợp pháp, chiều cao chữ số đủ lớn.',
    hintEn:
      'The label carries every mandatory item for the product group; net quantity of pre-packed goods written as a number with a legal unit, digits tall enough.',
    basis: 'Nghị định 43/2017/NĐ-CP; Thông tư 21/2014/TT-BKHCN',
    minStars: 3,
  },
  {
    code: 'barcode',
    titleVi: 'Mã số, mã vạch',
    titleEn: 'Barcode numbers',
    hintVi: 'Đăng ký mã doanh nghiệp GS1 (tiền tố 893) và cấp mã GTIN-13 cho từng sản phẩm.',
    hintEn: 'Register a GS1 company prefix (country prefix 893) and assign a GTIN-13 to each product.',
    basis: 'GS1 Việt Nam',
    minStars: 3,
  },
  {
    code: 'base_standard',
    titleVi: 'Tiêu chuẩn cơ sở (TCCS) và công bố tiêu chuẩn áp dụng',
    titleEn: 'Declared base standard (TCCS) and its publication',
    hintVi:
      'Xây dựng TCCS (chỉ tiêu chất lượng, phương pháp thử, ghi nhãn, bao gói, bảo quản) và công bố tiêu chuẩn áp dụng.',
    hintEn:
      'Write the base standard (quality criteria, test methods, labelling, packing, storage) and publish the standard applied.',
    basis: 'Luật Tiêu chuẩn và Quy chuẩn kỹ thuật 2006',
    minStars: 3,
  },
  {
    code: 'quality_system',
    titleVi: 'Hệ thống quản lý chất lượng',
    titleEn: 'Quality management system',
    hintVi: 'Áp dụng và được chứng nhận hệ thống quản lý chất lượng phù hợp (VietGAP, HACCP, ISO 22000, ISO 9001…).',
    hintEn: 'Apply and certify a fitting quality system (VietGAP, HACCP, ISO 22000, ISO 9001…).',
    basis: 'Bộ tiêu chí OCOP',
    minStars: 4,
  },
  {
    code: 'ip_right',
    titleVi: 'Quyền sở hữu trí tuệ (nhãn hiệu, nhãn hiệu tập thể)',
    titleEn: 'IP right (trademark or collective mark)',
    hintVi:
      'Nộp đơn và được cấp văn bằng bảo hộ nhãn hiệu hoặc nhãn hiệu tập thể; có thể gửi yêu cầu hỗ trợ SHTT ngay trên hệ thống.',
    hintEn: 'File and obtain a trademark or collective mark; a support request can be opened on the platform.',
    basis: 'Luật Sở hữu trí tuệ',
    minStars: 3,
  },
] as const;

/** Minimum digit height of the net quantity on the label, by nominal quantity (g or mL). */
const DIGIT_HEIGHTS = [
  { upTo: 50, minHeightMm: 2 },
  { upTo: 200, minHeightMm: 3 },
  { upTo: 1000, minHeightMm: 4 },
  { upTo: null, minHeightMm: 6 },
] as const;

const LEGAL_UNITS = ['mg', 'g', 'kg', 'mL', 'ml', 'cL', 'cl', 'L', 'l'] as const;

export const BUILT_IN_OCOP_RULE_SETS: readonly OcopRuleSet[] = [
  {
    effectiveFrom: '2017-06-01',
    note: 'Nghị định 43/2017/NĐ-CP về nhãn hàng hóa (hiệu lực 01/6/2017)',
    items: ITEMS_2017,
    labelFields: {
      food: LABEL_FOOD,
      beverage: LABEL_FOOD,
      herbal: LABEL_FOOD,
      handicraft: LABEL_HANDICRAFT,
      textile: LABEL_TEXTILE,
      tourism_service: [],
    },
    netQuantityDigitHeights: DIGIT_HEIGHTS,
    legalUnits: LEGAL_UNITS,
  },
  {
    effectiveFrom: '2022-02-15',
    note: 'Nghị định 111/2021/NĐ-CP sửa đổi Nghị định 43/2017/NĐ-CP (hiệu lực 15/02/2022): cách ghi xuất xứ hàng hóa',
    items: ITEMS_2017.map((item) =>
      item.code === 'label'
        ? {
            ...item,
            hintVi: `${item.hintVi} Xuất xứ ghi "sản xuất tại", "chế tạo tại", "nước sản xuất", "xuất xứ" hoặc "sản xuất bởi" kèm tên nước hoặc vùng lãnh thổ.`,
            hintEn: `${item.hintEn} Origin written as "made in", "manufactured in", "country of manufacture", "origin" or "produced by" followed by the country or territory.`,
            basis: 'Nghị định 43/2017/NĐ-CP, sửa đổi bởi Nghị định 111/2021/NĐ-CP; Thông tư 21/2014/TT-BKHCN',
          }
        : item,
    ),
    labelFields: {
      food: LABEL_FOOD,
      beverage: LABEL_FOOD,
      herbal: LABEL_FOOD,
      handicraft: LABEL_HANDICRAFT,
      textile: LABEL_TEXTILE,
      tourism_service: [],
    },
    netQuantityDigitHeights: DIGIT_HEIGHTS,
    legalUnits: LEGAL_UNITS,
  },
];
