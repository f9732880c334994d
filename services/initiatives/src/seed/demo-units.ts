// The units whose staff submit the demo initiatives: schools, hospitals, agriculture, commune offices
// and departments of Đồng Tháp. Organisation ids of the demo accounts' organisations are the real demo
// ids (so the conflict rules bite: a hospital initiative is never given to the hospital's reviewer).
import { DEMO_ORGS } from './demo-people.js';

export interface DemoUnit {
  organisationId: string;
  organisationName: string;
}

const unit = (n: number, organisationName: string): DemoUnit => ({
  organisationId: `01920000-0000-7000-8000-000000002${String(n).padStart(3, '0')}`,
  organisationName,
});

export const DEMO_UNITS = {
  hospital: { organisationId: DEMO_ORGS.hospital.id, organisationName: DEMO_ORGS.hospital.name },
  university: { organisationId: DEMO_ORGS.university.id, organisationName: DEMO_ORGS.university.name },
  college: { organisationId: DEMO_ORGS.college.id, organisationName: DEMO_ORGS.college.name },
  thptThongLinh: unit(1, 'Trường THPT Thống Linh'),
  thptCaoLanh: unit(2, 'Trường THPT Thành phố Cao Lãnh'),
  thcsMyHiep: unit(3, 'Trường THCS Mỹ Hiệp'),
  tieuHocTanPhu: unit(4, 'Trường Tiểu học Tân Phú'),
  mamNonHoaSen: unit(5, 'Trường Mầm non Hoa Sen'),
  bvSaDec: unit(6, 'Bệnh viện Đa khoa Sa Đéc'),
  ttytThapMuoi: unit(7, 'Trung tâm Y tế huyện Tháp Mười'),
  tramYTeMyHiep: unit(8, 'Trạm Y tế xã Mỹ Hiệp'),
  khuyenNong: unit(9, 'Trung tâm Khuyến nông tỉnh Đồng Tháp'),
  htxMyXuong: unit(10, 'Hợp tác xã Nông nghiệp Mỹ Xương'),
  chiCucThuySan: unit(11, 'Chi cục Thủy sản Đồng Tháp'),
  ubndMyHiep: { organisationId: DEMO_ORGS.commune.id, organisationName: DEMO_ORGS.commune.name },
  ubndTanThuan: unit(12, 'UBND xã Tân Thuận Đông'),
  ubndPhuHuu: unit(13, 'UBND xã Phú Hựu'),
  trungTamHCC: unit(14, 'Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp'),
  soTaiChinh: unit(15, 'Sở Tài chính tỉnh Đồng Tháp'),
  congAnCaoLanh: unit(16, 'Công an thành phố Cao Lãnh'),
  dienLuc: unit(17, 'Công ty Điện lực Đồng Tháp'),
  capNuoc: unit(18, 'Công ty Cổ phần Cấp nước và Môi trường Đồng Tháp'),
  thuVien: unit(19, 'Thư viện tỉnh Đồng Tháp'),
} as const satisfies Record<string, DemoUnit>;

export type DemoUnitKey = keyof typeof DEMO_UNITS;
