// Reference data Techmart ships with: the S&T sector taxonomy and administrative localities.
// Localities follow the two-level structure in force since 1 July 2025 (province → commune/ward,
// no districts). The new Đồng Tháp joins the former Đồng Tháp and Tiền Giang provinces.
// Commune codes here are placeholders in the official 5-digit format until the admin screens load the
// official list; they are stable, so listings keep pointing at the same places across restarts.

import type { Validity } from './reference-validity.js';

export interface SectorRecord extends Validity {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface CommuneRecord extends Validity {
  code: string;
  name: string;
}

export interface ProvinceRecord {
  code: string;
  name: string;
  communes: CommuneRecord[];
}

export const SECTORS: readonly SectorRecord[] = [
  { code: 'agri-processing', nameVi: 'Chế biến và bảo quản nông sản', nameEn: 'Agricultural processing and storage' },
  { code: 'crop-production', nameVi: 'Trồng trọt và giống cây trồng', nameEn: 'Crop production and seeds' },
  { code: 'aquaculture', nameVi: 'Thủy sản', nameEn: 'Aquaculture and fisheries' },
  { code: 'livestock', nameVi: 'Chăn nuôi và thú y', nameEn: 'Livestock and veterinary science' },
  { code: 'irrigation', nameVi: 'Thủy lợi và tài nguyên nước', nameEn: 'Irrigation and water resources' },
  { code: 'ocop-food', nameVi: 'Sản phẩm OCOP và an toàn thực phẩm', nameEn: 'OCOP products and food safety' },
  {
    code: 'it-digital',
    nameVi: 'Công nghệ thông tin và chuyển đổi số',
    nameEn: 'Information technology and digital transformation',
  },
  {
    code: 'automation-iot',
    nameVi: 'Tự động hóa và Internet vạn vật',
    nameEn: 'Automation and the Internet of Things',
  },
  { code: 'materials', nameVi: 'Vật liệu mới', nameEn: 'Advanced materials' },
  {
    code: 'energy',
    nameVi: 'Năng lượng tái tạo và tiết kiệm năng lượng',
    nameEn: 'Renewable energy and energy efficiency',
  },
  { code: 'environment', nameVi: 'Môi trường và xử lý chất thải', nameEn: 'Environment and waste treatment' },
  { code: 'health', nameVi: 'Y tế và dược liệu', nameEn: 'Health and medicinal plants' },
  { code: 'biotech', nameVi: 'Công nghệ sinh học', nameEn: 'Biotechnology' },
  { code: 'mechanical', nameVi: 'Cơ khí chế tạo', nameEn: 'Mechanical engineering and manufacturing' },
];

const communes = (firstCode: number, names: string[]) =>
  names.map((name, index) => ({ code: String(firstCode + index * 3).padStart(5, '0'), name }));

// Same codes as the identity provider's demo users (gateway/src/identity/demo-users.ts: province 87,
// commune officer of Xã Mỹ Hiệp 30268).
export const HOME_PROVINCE_CODE = '87';

export const PROVINCES: readonly ProvinceRecord[] = [
  {
    code: HOME_PROVINCE_CODE,
    name: 'Đồng Tháp',
    communes: communes(30175, [
      'Phường Mỹ Tho',
      'Phường Đạo Thạnh',
      'Phường Mỹ Phong',
      'Phường Thới Sơn',
      'Phường Trung An',
      'Phường Gò Công',
      'Phường Long Thuận',
      'Phường Sơn Qui',
      'Phường Bình Xuân',
      'Phường Cai Lậy',
      'Phường Nhị Quý',
      'Phường Thanh Hòa',
      'Phường Mỹ Phước Tây',
      'Phường Cao Lãnh',
      'Phường Mỹ Ngãi',
      'Phường Mỹ Trà',
      'Phường Sa Đéc',
      'Phường Hồng Ngự',
      'Phường An Bình',
      'Phường Thường Lạc',
      'Xã Tân Hồng',
      'Xã Tân Thành',
      'Xã Tam Nông',
      'Xã Phú Thọ',
      'Xã Tràm Chim',
      'Xã Thanh Bình',
      'Xã Tân Long',
      'Xã Tháp Mười',
      'Xã Mỹ Quí',
      'Xã Trường Xuân',
      'Xã Mỹ Thọ',
      'Xã Mỹ Hiệp',
      'Xã Bình Hàng Trung',
      'Xã Lấp Vò',
      'Xã Mỹ An Hưng',
      'Xã Tân Khánh Trung',
      'Xã Lai Vung',
      'Xã Hòa Long',
      'Xã Phong Hòa',
      'Xã Tân Dương',
      'Xã Châu Thành',
      'Xã Phú Hựu',
      'Xã Tân Nhuận Đông',
      'Xã Cái Bè',
      'Xã Hậu Mỹ',
      'Xã Mỹ Thiện',
      'Xã An Hữu',
      'Xã Long Tiên',
      'Xã Chợ Gạo',
      'Xã Bình Ninh',
      'Xã Tân Phước',
      'Xã Hưng Thạnh',
      'Xã Tân Phú Đông',
      'Xã Gò Công Đông',
      'Xã Vĩnh Bình',
      'Xã Đồng Sơn',
    ]),
  },
  {
    code: '92',
    name: 'Cần Thơ',
    communes: communes(31105, [
      'Phường Ninh Kiều',
      'Phường Cái Khế',
      'Phường Tân An',
      'Phường Bình Thủy',
      'Phường Cái Răng',
      'Phường Ô Môn',
      'Phường Thốt Nốt',
      'Phường Vị Thanh',
      'Phường Sóc Trăng',
      'Xã Phong Điền',
      'Xã Cờ Đỏ',
      'Xã Vĩnh Thạnh',
      'Xã Thới Lai',
      'Xã Long Mỹ',
      'Xã Kế Sách',
    ]),
  },
  {
    code: '86',
    name: 'Vĩnh Long',
    communes: communes(29503, [
      'Phường Vĩnh Long',
      'Phường Long Châu',
      'Phường Bến Tre',
      'Phường Trà Vinh',
      'Xã Long Hồ',
      'Xã Mang Thít',
      'Xã Tam Bình',
      'Xã Trà Ôn',
      'Xã Mỏ Cày',
      'Xã Chợ Lách',
      'Xã Cầu Kè',
      'Xã Tiểu Cần',
    ]),
  },
  {
    code: '91',
    name: 'An Giang',
    communes: communes(30883, [
      'Phường Long Xuyên',
      'Phường Châu Đốc',
      'Phường Rạch Giá',
      'Phường Tân Châu',
      'Xã Chợ Mới',
      'Xã Phú Tân',
      'Xã Thoại Sơn',
      'Xã Tri Tôn',
      'Xã Tịnh Biên',
      'Xã Hòn Đất',
    ]),
  },
  {
    code: '79',
    name: 'Thành phố Hồ Chí Minh',
    communes: communes(26734, [
      'Phường Sài Gòn',
      'Phường Bến Thành',
      'Phường Thủ Đức',
      'Phường Linh Xuân',
      'Phường Tân Định',
      'Xã Củ Chi',
      'Xã Hóc Môn',
    ]),
  },
  {
    code: '01',
    name: 'Hà Nội',
    communes: communes(10, [
      'Phường Ba Đình',
      'Phường Hoàn Kiếm',
      'Phường Cầu Giấy',
      'Phường Nghĩa Đô',
      'Phường Hà Đông',
      'Xã Gia Lâm',
      'Xã Thạch Thất',
    ]),
  },
];
