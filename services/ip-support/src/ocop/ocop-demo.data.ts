// Demo OCOP products of Đồng Tháp co-operatives at different stages of readiness (a dozen). The
// seeder enrols each through the service and walks its items to the stage given here, so the
// events the indicators count are real. `draft` = details filled, not submitted; `review` =
// submitted for the officer's check; `done` = confirmed by the officer; `na` = not applicable.
import type { OcopCategory, OcopItemCode } from './ocop-rules.js';

export type DemoItemStage = 'draft' | 'review' | 'done' | 'na';

export interface DemoOcopProduct {
  organisation: { id: string; name: string };
  name: string;
  category: OcopCategory;
  description: string;
  targetStars: number;
  currentStars: number;
  /** GS1 company prefix of the co-operative (barcode items) */
  gs1Prefix: string;
  items: Partial<Record<OcopItemCode, DemoItemStage>>;
  /** an open help request from the co-operative */
  help?: { itemCode: OcopItemCode; question: string };
}

const org = (n: number, name: string) => ({
  id: `01920000-0000-7000-8000-0000000002${String(n).padStart(2, '0')}`,
  name,
});
const CAO_LANH = { id: '01920000-0000-7000-8000-000000000102', name: 'Hợp tác xã Xoài Cao Lãnh' };
const LAI_VUNG = org(1, 'Hợp tác xã Quýt hồng Lai Vung');
const SA_DEC = org(2, 'Hợp tác xã Hoa kiểng Sa Đéc');
const THAP_MUOI = org(3, 'Hợp tác xã Sen Tháp Mười');
const DINH_YEN = org(4, 'Hợp tác xã Chiếu Định Yên');
const SA_GIANG = org(5, 'Hợp tác xã Bánh phồng tôm Sa Giang');
const TAN_HONG = org(6, 'Hợp tác xã Mật ong Tân Hồng');

export const DEMO_OCOP_PRODUCTS: readonly DemoOcopProduct[] = [
  {
    organisation: CAO_LANH,
    name: 'Xoài cát Hòa Lộc Cao Lãnh',
    category: 'food',
    description: 'Xoài tươi đóng hộp 2 kg, vùng trồng đạt VietGAP.',
    targetStars: 4,
    currentStars: 3,
    gs1Prefix: '8936012',
    items: { label: 'done', barcode: 'done', base_standard: 'done', quality_system: 'review', ip_right: 'draft' },
    help: { itemCode: 'ip_right', question: 'Nhãn hiệu tập thể "Xoài Cao Lãnh" cần quy chế sử dụng như thế nào?' },
  },
  {
    organisation: CAO_LANH,
    name: 'Xoài sấy dẻo Cao Lãnh',
    category: 'food',
    description: 'Xoài sấy dẻo túi 200 g.',
    targetStars: 3,
    currentStars: 0,
    gs1Prefix: '8936012',
    items: { label: 'draft' },
    help: { itemCode: 'label', question: 'Định lượng 200 g thì chữ số trên nhãn cần cao bao nhiêu?' },
  },
  {
    organisation: LAI_VUNG,
    name: 'Quýt hồng Lai Vung',
    category: 'food',
    description: 'Quýt hồng tươi, hộp quà 3 kg.',
    targetStars: 4,
    currentStars: 4,
    gs1Prefix: '8936021',
    items: { label: 'done', barcode: 'done', base_standard: 'done', quality_system: 'done', ip_right: 'done' },
  },
  {
    organisation: LAI_VUNG,
    name: 'Nem Lai Vung',
    category: 'food',
    description: 'Nem chua đóng gói 500 g.',
    targetStars: 3,
    currentStars: 3,
    gs1Prefix: '8936021',
    items: { label: 'done', barcode: 'done', base_standard: 'done', quality_system: 'na', ip_right: 'done' },
  },
  {
    organisation: SA_DEC,
    name: 'Hồng Sa Đéc sấy khô',
    category: 'herbal',
    description: 'Trà hoa hồng sấy, hộp 50 g.',
    targetStars: 3,
    currentStars: 0,
    gs1Prefix: '8936035',
    items: { label: 'review', barcode: 'draft' },
  },
  {
    organisation: SA_DEC,
    name: 'Hủ tiếu Sa Đéc',
    category: 'food',
    description: 'Hủ tiếu khô gói 400 g.',
    targetStars: 4,
    currentStars: 3,
    gs1Prefix: '8936035',
    items: { label: 'done', barcode: 'done', base_standard: 'review', ip_right: 'review' },
  },
  {
    organisation: THAP_MUOI,
    name: 'Trà tim sen Tháp Mười',
    category: 'beverage',
    description: 'Trà tim sen túi lọc, hộp 100 g.',
    targetStars: 4,
    currentStars: 3,
    gs1Prefix: '8936048',
    items: { label: 'done', barcode: 'done', base_standard: 'done', quality_system: 'draft', ip_right: 'done' },
    help: { itemCode: 'quality_system', question: 'Chi phí chứng nhận ISO 22000 cho HTX nhỏ có được hỗ trợ không?' },
  },
  {
    organisation: THAP_MUOI,
    name: 'Hạt sen sấy Tháp Mười',
    category: 'food',
    description: 'Hạt sen sấy giòn, hũ 250 g.',
    targetStars: 3,
    currentStars: 0,
    gs1Prefix: '8936048',
    items: {},
  },
  {
    organisation: DINH_YEN,
    name: 'Chiếu Định Yên',
    category: 'handicraft',
    description: 'Chiếu lác dệt tay in hoa văn.',
    targetStars: 4,
    currentStars: 3,
    gs1Prefix: '8936057',
    items: { label: 'done', barcode: 'done', base_standard: 'done', quality_system: 'na', ip_right: 'review' },
  },
  {
    organisation: SA_GIANG,
    name: 'Bánh phồng tôm Sa Giang',
    category: 'food',
    description: 'Bánh phồng tôm hộp 200 g.',
    targetStars: 5,
    currentStars: 4,
    gs1Prefix: '8936063',
    items: { label: 'done', barcode: 'done', base_standard: 'done', quality_system: 'done', ip_right: 'done' },
  },
  {
    organisation: TAN_HONG,
    name: 'Mật ong tràm Tân Hồng',
    category: 'food',
    description: 'Mật ong tràm chai 500 mL.',
    targetStars: 3,
    currentStars: 0,
    gs1Prefix: '8936072',
    items: { label: 'review', barcode: 'review', base_standard: 'draft' },
    help: { itemCode: 'barcode', question: 'Đăng ký mã doanh nghiệp GS1 ở đâu và mất bao lâu?' },
  },
  {
    organisation: TAN_HONG,
    name: 'Phấn hoa Tân Hồng',
    category: 'food',
    description: 'Phấn hoa ong hũ 100 g.',
    targetStars: 3,
    currentStars: 0,
    gs1Prefix: '8936072',
    items: { label: 'draft', ip_right: 'draft' },
  },
];
