// The dossier each right needs at the national IP office (Cục Sở hữu trí tuệ), as reference data with
// the date each version came into force (Luật SHTT as amended 2022, Nghị định 65/2023/NĐ-CP, Thông
// tư 23/2023/TT-BKHCN). Shipped versions are inserted on start when missing; versions an
// administrator publishes through the API live beside them and win from their effective date.
import type { IpRightCode } from '../reference/reference.schema.js';
import type { ChecklistItem } from './checklist.schema.js';

export interface ShippedChecklist {
  right: IpRightCode;
  effectiveFrom: string;
  note: string;
  items: ChecklistItem[];
}

const declaration = (kindVi: string, kindEn: string): ChecklistItem => ({
  code: 'to_khai',
  titleVi: `Tờ khai đăng ký ${kindVi}`,
  titleEn: `Application form (${kindEn})`,
  hintVi: 'Theo mẫu của Thông tư 23/2023/TT-BKHCN, ký số bởi người nộp đơn.',
  hintEn: 'On the form of Circular 23/2023/TT-BKHCN, digitally signed by the applicant.',
  mandatory: true,
  signatureRequired: true,
});

const feeReceipt: ChecklistItem = {
  code: 'chung_tu_phi',
  titleVi: 'Chứng từ nộp phí, lệ phí',
  titleEn: 'Receipt of the official fees',
  hintVi: 'Biên lai hoặc ủy nhiệm chi nộp phí nộp đơn, thẩm định, công bố.',
  hintEn: 'Receipt or transfer order for the filing, examination and publication fees.',
  mandatory: true,
  signatureRequired: false,
};

const powerOfAttorney: ChecklistItem = {
  code: 'giay_uy_quyen',
  titleVi: 'Giấy ủy quyền (nếu nộp qua đại diện)',
  titleEn: 'Power of attorney (when filed through a representative)',
  mandatory: false,
  signatureRequired: true,
};

const priority: ChecklistItem = {
  code: 'tai_lieu_uu_tien',
  titleVi: 'Tài liệu xác nhận quyền ưu tiên (nếu có)',
  titleEn: 'Priority document (if priority is claimed)',
  mandatory: false,
  signatureRequired: false,
};

const markSpecimen: ChecklistItem = {
  code: 'mau_nhan',
  titleVi: 'Mẫu nhãn hiệu',
  titleEn: 'Specimen of the mark',
  hintVi: 'Ảnh rõ nét, kích thước không quá 80 × 80 mm, màu sắc như khi sử dụng.',
  hintEn: 'A clear image, at most 80 × 80 mm, in the colours used.',
  mandatory: true,
  signatureRequired: false,
};

const goodsList: ChecklistItem = {
  code: 'danh_muc_hang_hoa',
  titleVi: 'Danh mục hàng hóa, dịch vụ theo Bảng phân loại Nice',
  titleEn: 'List of goods and services with their Nice classes',
  mandatory: true,
  signatureRequired: false,
};

const MARK_COMMON = [markSpecimen, goodsList];
const SHARED_TAIL = [powerOfAttorney, priority, feeReceipt];
const FROM_2023 = '2023-08-23';
const NOTE_2023 = 'Nghị định 65/2023/NĐ-CP, Thông tư 23/2023/TT-BKHCN';

const inventionItems = (kindVi: string, kindEn: string): ChecklistItem[] => [
  declaration(kindVi, kindEn),
  {
    code: 'ban_mo_ta',
    titleVi: `Bản mô tả ${kindVi}`,
    titleEn: `Description of the ${kindEn}`,
    hintVi: 'Lĩnh vực kỹ thuật, tình trạng kỹ thuật, bản chất giải pháp, ví dụ thực hiện.',
    hintEn: 'Technical field, prior art, the solution, embodiments.',
    mandatory: true,
    signatureRequired: false,
  },
  {
    code: 'yeu_cau_bao_ho',
    titleVi: 'Yêu cầu bảo hộ',
    titleEn: 'Claims',
    mandatory: true,
    signatureRequired: false,
  },
  {
    code: 'hinh_ve',
    titleVi: 'Hình vẽ (nếu có)',
    titleEn: 'Drawings (if any)',
    mandatory: false,
    signatureRequired: false,
  },
  {
    code: 'ban_tom_tat',
    titleVi: 'Bản tóm tắt',
    titleEn: 'Abstract',
    mandatory: true,
    signatureRequired: false,
  },
  ...SHARED_TAIL,
];

export const SHIPPED_CHECKLISTS: readonly ShippedChecklist[] = [
  {
    right: 'trademark',
    effectiveFrom: FROM_2023,
    note: NOTE_2023,
    items: [declaration('nhãn hiệu', 'trademark'), ...MARK_COMMON, ...SHARED_TAIL],
  },
  {
    right: 'collective_mark',
    effectiveFrom: FROM_2023,
    note: NOTE_2023,
    items: [
      declaration('nhãn hiệu tập thể', 'collective mark'),
      ...MARK_COMMON,
      {
        code: 'quy_che_su_dung',
        titleVi: 'Quy chế sử dụng nhãn hiệu tập thể',
        titleEn: 'Regulation on the use of the collective mark',
        hintVi: 'Điều kiện trở thành thành viên, điều kiện sử dụng, cơ chế kiểm soát, xử lý vi phạm.',
        hintEn: 'Membership and use conditions, control mechanism, sanctions.',
        mandatory: true,
        signatureRequired: true,
      },
      {
        code: 'van_ban_cho_phep_dia_danh',
        titleVi: 'Văn bản cho phép sử dụng địa danh (nếu nhãn hiệu chứa địa danh)',
        titleEn: 'Permission to use the place name (if the mark contains one)',
        mandatory: false,
        signatureRequired: true,
      },
      ...SHARED_TAIL,
    ],
  },
  {
    right: 'collective_mark',
    effectiveFrom: '2026-07-01',
    note: 'Bổ sung danh sách thành viên (quy định nội bộ của Sở, ví dụ về phiên bản mới)',
    items: [
      declaration('nhãn hiệu tập thể', 'collective mark'),
      ...MARK_COMMON,
      {
        code: 'quy_che_su_dung',
        titleVi: 'Quy chế sử dụng nhãn hiệu tập thể',
        titleEn: 'Regulation on the use of the collective mark',
        hintVi: 'Điều kiện trở thành thành viên, điều kiện sử dụng, cơ chế kiểm soát, xử lý vi phạm.',
        hintEn: 'Membership and use conditions, control mechanism, sanctions.',
        mandatory: true,
        signatureRequired: true,
      },
      {
        code: 'danh_sach_thanh_vien',
        titleVi: 'Danh sách thành viên được phép sử dụng nhãn hiệu',
        titleEn: 'List of members allowed to use the mark',
        mandatory: true,
        signatureRequired: false,
      },
      {
        code: 'van_ban_cho_phep_dia_danh',
        titleVi: 'Văn bản cho phép sử dụng địa danh (nếu nhãn hiệu chứa địa danh)',
        titleEn: 'Permission to use the place name (if the mark contains one)',
        mandatory: false,
        signatureRequired: true,
      },
      ...SHARED_TAIL,
    ],
  },
  {
    right: 'certification_mark',
    effectiveFrom: FROM_2023,
    note: NOTE_2023,
    items: [
      declaration('nhãn hiệu chứng nhận', 'certification mark'),
      ...MARK_COMMON,
      {
        code: 'quy_che_su_dung',
        titleVi: 'Quy chế sử dụng nhãn hiệu chứng nhận',
        titleEn: 'Regulation on the use of the certification mark',
        mandatory: true,
        signatureRequired: true,
      },
      {
        code: 'ban_thuyet_minh_tinh_chat',
        titleVi: 'Bản thuyết minh về tính chất, chất lượng đặc trưng của sản phẩm được chứng nhận',
        titleEn: 'Statement of the characteristics and quality certified',
        mandatory: true,
        signatureRequired: false,
      },
      {
        code: 'ban_do_khu_vuc',
        titleVi: 'Bản đồ khu vực địa lý (nếu chứng nhận nguồn gốc địa lý)',
        titleEn: 'Map of the area (if the geographical origin is certified)',
        mandatory: false,
        signatureRequired: false,
      },
      ...SHARED_TAIL,
    ],
  },
  {
    right: 'patent',
    effectiveFrom: FROM_2023,
    note: NOTE_2023,
    items: inventionItems('sáng chế', 'invention'),
  },
  {
    right: 'utility_solution',
    effectiveFrom: FROM_2023,
    note: NOTE_2023,
    items: inventionItems('giải pháp hữu ích', 'utility solution'),
  },
  {
    right: 'industrial_design',
    effectiveFrom: FROM_2023,
    note: NOTE_2023,
    items: [
      declaration('kiểu dáng công nghiệp', 'industrial design'),
      {
        code: 'bo_anh_ban_ve',
        titleVi: 'Bộ ảnh chụp hoặc bản vẽ kiểu dáng',
        titleEn: 'Photographs or drawings of the design',
        hintVi: 'Đủ các hình chiếu: phối cảnh, trước, sau, trái, phải, trên, dưới.',
        hintEn: 'Every view: perspective, front, back, left, right, top, bottom.',
        mandatory: true,
        signatureRequired: false,
      },
      {
        code: 'ban_mo_ta',
        titleVi: 'Bản mô tả kiểu dáng công nghiệp',
        titleEn: 'Description of the industrial design',
        mandatory: true,
        signatureRequired: false,
      },
      ...SHARED_TAIL,
    ],
  },
  {
    right: 'geographical_indication',
    effectiveFrom: FROM_2023,
    note: NOTE_2023,
    items: [
      declaration('chỉ dẫn địa lý', 'geographical indication'),
      {
        code: 'ban_mo_ta_tinh_chat',
        titleVi: 'Bản mô tả tính chất, chất lượng đặc thù và danh tiếng của sản phẩm',
        titleEn: 'Description of the product’s specific characteristics, quality and reputation',
        mandatory: true,
        signatureRequired: false,
      },
      {
        code: 'ban_do_khu_vuc',
        titleVi: 'Bản đồ khu vực địa lý tương ứng với chỉ dẫn địa lý',
        titleEn: 'Map of the geographical area of the indication',
        mandatory: true,
        signatureRequired: false,
      },
      {
        code: 'van_ban_cho_phep_ubnd',
        titleVi: 'Văn bản của UBND tỉnh cho phép nộp đơn đăng ký',
        titleEn: 'The provincial People’s Committee’s authorisation to file',
        mandatory: true,
        signatureRequired: true,
      },
      powerOfAttorney,
      feeReceipt,
    ],
  },
];
