// The columns of the repository import file: one definition used by the template writer, the header
// reader and the row validation, so the template offered for download is exactly what is accepted.
import { foldVietnamese } from '@sti/review';

export type ImportColumnKey =
  | 'external_id'
  | 'source_unit_code'
  | 'source_unit_name'
  | 'title'
  | 'field_code'
  | 'unit_name'
  | 'locality_code'
  | 'authors'
  | 'summary'
  | 'effectiveness_summary'
  | 'benefit_vnd'
  | 'decision_number'
  | 'recognised_on';

export interface ImportColumn {
  key: ImportColumnKey;
  vi: string;
  en: string;
  required: boolean;
  /** how to fill it, shown on the template's guide sheet */
  hint: { vi: string; en: string };
  example: string;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'external_id',
    vi: 'Mã hồ sơ',
    en: 'External id',
    required: true,
    hint: {
      vi: 'Mã của sáng kiến tại đơn vị nguồn (chữ, số, . _ / -), không trùng trong đơn vị',
      en: 'The record id at the source unit (letters, digits, . _ / -), unique within the unit',
    },
    example: 'SK-2025-014',
  },
  {
    key: 'source_unit_code',
    vi: 'Mã đơn vị nguồn',
    en: 'Source unit code',
    required: true,
    hint: {
      vi: 'Mã đơn vị gửi dữ liệu (chữ, số, . _ -)',
      en: 'Code of the unit the data comes from (letters, digits, . _ -)',
    },
    example: 'BV-SADEC',
  },
  {
    key: 'source_unit_name',
    vi: 'Tên đơn vị nguồn',
    en: 'Source unit name',
    required: true,
    hint: { vi: 'Cơ quan đã công nhận sáng kiến', en: 'The body that recognised the initiative' },
    example: 'Bệnh viện Đa khoa Sa Đéc',
  },
  {
    key: 'title',
    vi: 'Tên sáng kiến',
    en: 'Title',
    required: true,
    hint: { vi: 'Tối đa 500 ký tự, không chứa thẻ HTML', en: 'At most 500 characters, no HTML tags' },
    example: 'Ứng dụng bệnh án điện tử tại khoa Nội',
  },
  {
    key: 'field_code',
    vi: 'Mã lĩnh vực',
    en: 'Field code',
    required: true,
    hint: { vi: 'Một mã trong trang "Lĩnh vực"', en: 'A code from the "Lĩnh vực" (fields) sheet' },
    example: 'health',
  },
  {
    key: 'unit_name',
    vi: 'Đơn vị tác giả',
    en: "Authors' unit",
    required: false,
    hint: { vi: 'Khoa, phòng, trường, xã… nơi tác giả công tác', en: "The authors' department, school, commune…" },
    example: 'Khoa Nội tổng hợp',
  },
  {
    key: 'locality_code',
    vi: 'Mã địa bàn',
    en: 'Locality code',
    required: false,
    hint: { vi: 'Mã đơn vị hành chính (không bắt buộc)', en: 'Administrative unit code (optional)' },
    example: '',
  },
  {
    key: 'authors',
    vi: 'Tác giả (tỷ lệ %)',
    en: 'Authors (share %)',
    required: true,
    hint: {
      vi: 'Tên (tỷ lệ %), cách nhau bởi dấu chấm phẩy; tổng tỷ lệ bằng 100',
      en: 'Name (share %), separated by semicolons; shares sum to 100',
    },
    example: 'Nguyễn Thị Hồng Nhung (60); Trần Văn Đức (40)',
  },
  {
    key: 'summary',
    vi: 'Tóm tắt giải pháp',
    en: 'Summary',
    required: false,
    hint: { vi: 'Tối đa 5.000 ký tự, không chứa thẻ HTML', en: 'At most 5,000 characters, no HTML tags' },
    example: 'Chuyển toàn bộ hồ sơ bệnh án giấy sang phần mềm, ký số tại giường bệnh.',
  },
  {
    key: 'effectiveness_summary',
    vi: 'Hiệu quả',
    en: 'Effectiveness',
    required: false,
    hint: { vi: 'Hiệu quả đạt được, tối đa 3.000 ký tự', en: 'Effect achieved, at most 3,000 characters' },
    example: 'Giảm 40% thời gian tra cứu hồ sơ.',
  },
  {
    key: 'benefit_vnd',
    vi: 'Lợi ích ước tính (đồng/năm)',
    en: 'Estimated benefit (VND/year)',
    required: false,
    hint: { vi: 'Số nguyên, ví dụ 120000000 hoặc 120.000.000', en: 'Whole number, e.g. 120000000 or 120.000.000' },
    example: '120000000',
  },
  {
    key: 'decision_number',
    vi: 'Số quyết định công nhận',
    en: 'Decision number',
    required: false,
    hint: { vi: 'Ví dụ 125/QĐ-BV', en: 'E.g. 125/QĐ-BV' },
    example: '125/QĐ-BV',
  },
  {
    key: 'recognised_on',
    vi: 'Ngày công nhận',
    en: 'Recognised on',
    required: true,
    hint: { vi: 'dd/mm/yyyy hoặc yyyy-mm-dd, không sau hôm nay', en: 'dd/mm/yyyy or yyyy-mm-dd, not after today' },
    example: '20/11/2025',
  },
];

const foldHeading = (text: string) =>
  foldVietnamese(text.normalize('NFC'))
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();

const BY_HEADING = new Map<string, ImportColumnKey>();
for (const column of IMPORT_COLUMNS) {
  for (const heading of [column.key, column.vi, column.en]) BY_HEADING.set(foldHeading(heading), column.key);
}

/** The column a heading names, by its key, its Vietnamese heading or its English line (accents, case and
 * punctuation ignored, so `Ten sang kien` and `TÊN SÁNG KIẾN` both name the title). */
export function columnForHeading(heading: string): ImportColumnKey | undefined {
  return BY_HEADING.get(foldHeading(heading));
}

export const columnByKey = (key: ImportColumnKey) => IMPORT_COLUMNS.find((c) => c.key === key) as ImportColumn;
