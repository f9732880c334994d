// Demo data for subsidies, as data: two programmes with their policy history (SHTT-DT changes its
// rates on 1 July), this year's budgets (SHTT-DT about half used; HTQT-SC nearly spent, with a
// large claim waiting in the queue), and claims that end in every state. The seeder drives the real
// workflow with these, so audit trails, budget figures and events are what production would have.
import type { PolicyVersionInput } from '../subsidy.schema.js';

export const DEMO_PROGRAMME = 'SHTT-DT';
export const DEMO_FOREIGN_PROGRAMME = 'HTQT-SC';

const SHTT_NAME = 'Chương trình hỗ trợ phát triển tài sản trí tuệ tỉnh Đồng Tháp giai đoạn 2026–2030';
const HTQT_NAME = 'Chương trình hỗ trợ bảo hộ sáng chế và nhãn hiệu ở nước ngoài';

const marksForCooperatives = {
  applicantKinds: ['cooperative', 'household_business'] as const,
  maxClaimsPerOrganisationPerYear: null,
};

export const DEMO_POLICIES: PolicyVersionInput[] = [
  {
    programmeCode: DEMO_PROGRAMME,
    programmeName: SHTT_NAME,
    effectiveFrom: '2026-01-01',
    title: 'Mức hỗ trợ năm 2026 (Nghị quyết 12/2025/NQ-HĐND)',
    eligibility: {
      applicantKinds: ['enterprise', 'cooperative', 'household_business', 'research_institute'],
      maxClaimsPerOrganisationPerYear: 5,
    },
    rules: [
      {
        right: 'trademark',
        kind: 'domestic_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 5_000_000 },
      },
      {
        right: 'trademark',
        kind: 'foreign_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 30_000_000 },
      },
      {
        right: 'collective_mark',
        kind: 'certificate_granted',
        trigger: 'certificate_granted',
        amount: { type: 'fixed', amountVnd: 20_000_000 },
        eligibility: { ...marksForCooperatives, applicantKinds: [...marksForCooperatives.applicantKinds] },
      },
      {
        right: 'certification_mark',
        kind: 'certificate_granted',
        trigger: 'certificate_granted',
        amount: { type: 'fixed', amountVnd: 20_000_000 },
        eligibility: { ...marksForCooperatives, applicantKinds: [...marksForCooperatives.applicantKinds] },
      },
      {
        right: 'geographical_indication',
        kind: 'certificate_granted',
        trigger: 'certificate_granted',
        amount: { type: 'fixed', amountVnd: 50_000_000 },
        eligibility: { applicantKinds: ['cooperative'], maxClaimsPerOrganisationPerYear: null },
      },
      {
        right: 'patent',
        kind: 'domestic_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 30_000_000 },
      },
      {
        right: 'utility_solution',
        kind: 'domestic_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 15_000_000 },
      },
      {
        right: 'industrial_design',
        kind: 'domestic_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 10_000_000 },
      },
    ],
  },
  {
    programmeCode: DEMO_PROGRAMME,
    programmeName: SHTT_NAME,
    effectiveFrom: '2026-07-01',
    title: 'Điều chỉnh từ 01/7/2026: nâng mức nhãn hiệu; sáng chế hỗ trợ khi được cấp bằng',
    eligibility: {
      applicantKinds: ['enterprise', 'cooperative', 'household_business', 'research_institute'],
      maxClaimsPerOrganisationPerYear: 5,
    },
    rules: [
      {
        right: 'trademark',
        kind: 'domestic_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 7000, capVnd: 8_000_000 },
      },
      {
        right: 'trademark',
        kind: 'foreign_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 30_000_000 },
      },
      {
        right: 'collective_mark',
        kind: 'certificate_granted',
        trigger: 'certificate_granted',
        amount: { type: 'fixed', amountVnd: 20_000_000 },
        eligibility: { ...marksForCooperatives, applicantKinds: [...marksForCooperatives.applicantKinds] },
      },
      {
        right: 'certification_mark',
        kind: 'certificate_granted',
        trigger: 'certificate_granted',
        amount: { type: 'fixed', amountVnd: 20_000_000 },
        eligibility: { ...marksForCooperatives, applicantKinds: [...marksForCooperatives.applicantKinds] },
      },
      {
        right: 'geographical_indication',
        kind: 'certificate_granted',
        trigger: 'certificate_granted',
        amount: { type: 'fixed', amountVnd: 50_000_000 },
        eligibility: { applicantKinds: ['cooperative'], maxClaimsPerOrganisationPerYear: null },
      },
      {
        right: 'patent',
        kind: 'domestic_filing',
        trigger: 'certificate_granted',
        amount: { type: 'percentage', percentBp: 7000, capVnd: 50_000_000 },
      },
      {
        right: 'utility_solution',
        kind: 'domestic_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 15_000_000 },
      },
      {
        right: 'industrial_design',
        kind: 'domestic_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 10_000_000 },
      },
    ],
  },
  {
    programmeCode: DEMO_FOREIGN_PROGRAMME,
    programmeName: HTQT_NAME,
    effectiveFrom: '2026-01-01',
    title: 'Hỗ trợ nộp đơn quốc tế năm 2026',
    eligibility: {
      applicantKinds: ['enterprise', 'cooperative', 'research_institute'],
      maxClaimsPerOrganisationPerYear: 3,
    },
    rules: [
      {
        right: 'patent',
        kind: 'foreign_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 70_000_000 },
      },
      {
        right: 'trademark',
        kind: 'foreign_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 50_000_000 },
      },
    ],
  },
];

/** This year's budgets: the opening allocation, then top-ups. */
export const DEMO_BUDGETS = [
  {
    programmeCode: DEMO_PROGRAMME,
    programmeName: SHTT_NAME,
    totalVnd: 300_000_000,
    reference: '45/QĐ-UBND',
    topUps: [{ amountVnd: 60_000_000, reference: '512/QĐ-UBND', note: 'Bổ sung kinh phí 6 tháng cuối năm' }],
  },
  {
    programmeCode: DEMO_FOREIGN_PROGRAMME,
    programmeName: HTQT_NAME,
    totalVnd: 100_000_000,
    reference: '46/QĐ-UBND',
    topUps: [],
  },
];

export type DemoOrgKey =
  | 'songHau'
  | 'caoLanh'
  | 'phongHoa'
  | 'mekongBio'
  | 'senThapMuoi'
  | 'tanHung'
  | 'coKhiSaDec'
  | 'hoaKieng';

/** Claimant organisations: the demo accounts' own and others that only own seeded claims. */
export const DEMO_CLAIMANTS: Record<
  DemoOrgKey,
  { id: string; name: string; kind: 'enterprise' | 'cooperative' | 'household_business'; user: string }
> = {
  songHau: {
    id: '01920000-0000-7000-8000-000000000101',
    name: 'Công ty TNHH Nông sản Sông Hậu',
    kind: 'enterprise',
    user: 'Nguyễn Văn An',
  },
  caoLanh: {
    id: '01920000-0000-7000-8000-000000000102',
    name: 'Hợp tác xã Xoài Cao Lãnh',
    kind: 'cooperative',
    user: 'Trần Thị Bích',
  },
  phongHoa: {
    id: '01920000-0000-7000-8000-000000000121',
    name: 'Hợp tác xã Bưởi Phong Hòa',
    kind: 'cooperative',
    user: 'Võ Văn Hòa',
  },
  mekongBio: {
    id: '01920000-0000-7000-8000-000000000122',
    name: 'Công ty CP Công nghệ Sinh học Mê Kông',
    kind: 'enterprise',
    user: 'Đỗ Thanh Tùng',
  },
  senThapMuoi: {
    id: '01920000-0000-7000-8000-000000000123',
    name: 'Hợp tác xã Sen Tháp Mười',
    kind: 'cooperative',
    user: 'Lý Thị Sen',
  },
  tanHung: {
    id: '01920000-0000-7000-8000-000000000124',
    name: 'Cơ sở gốm Tân Hưng (hộ kinh doanh)',
    kind: 'household_business',
    user: 'Phan Văn Gốm',
  },
  coKhiSaDec: {
    id: '01920000-0000-7000-8000-000000000125',
    name: 'Công ty TNHH Cơ khí Sa Đéc',
    kind: 'enterprise',
    user: 'Mai Công Khí',
  },
  hoaKieng: {
    id: '01920000-0000-7000-8000-000000000126',
    name: 'Hợp tác xã Hoa kiểng Sa Đéc',
    kind: 'cooperative',
    user: 'Ngô Thị Hoa',
  },
};

type FinalState = 'open' | 'submitted' | 'needs_info' | 'queued' | 'approved' | 'paid' | 'rejected' | 'withdrawn';

export interface DemoClaim {
  org: DemoOrgKey;
  programmeCode: string;
  right: PolicyVersionInput['rules'][number]['right'];
  kind: PolicyVersionInput['rules'][number]['kind'];
  trigger: PolicyVersionInput['rules'][number]['trigger'];
  triggerDate: string;
  title: string;
  applicationNumber?: string;
  certificateNumber?: string;
  /** undefined: the claim stays open and incomplete */
  documentedCostVnd?: number;
  evidence?: string[];
  state: FinalState;
  /** the officer's question (needs_info) or reason (rejected), or the payment voucher (paid) */
  officerText?: string;
  /** opened by the service from a granted certificate rather than by the business */
  fromGrant?: boolean;
}

// SHTT-DT: paid 3 + 20 + 20 + 20 + 30 = 93 million; committed 50 + 9 + 12 + 20 = 91 million;
// 184 of 360 million used (51 %). HTQT-SC: 70 of 100 million paid, a 45-million claim queued.
export const DEMO_CLAIMS: DemoClaim[] = [
  {
    org: 'songHau',
    programmeCode: DEMO_PROGRAMME,
    right: 'trademark',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-03-12',
    title: 'Nhãn hiệu "Gạo thơm Sông Hậu"',
    applicationNumber: '4-2026-03311',
    documentedCostVnd: 6_000_000,
    evidence: ['bien-lai-le-phi-nop-don.pdf'],
    state: 'paid',
    officerText: 'UNC 0412/KBNN-ĐT',
  },
  {
    org: 'caoLanh',
    programmeCode: DEMO_PROGRAMME,
    right: 'collective_mark',
    kind: 'certificate_granted',
    trigger: 'certificate_granted',
    triggerDate: '2026-04-20',
    title: 'Nhãn hiệu tập thể "Xoài Cát Chu Cao Lãnh"',
    certificateNumber: '4-0498765-000',
    documentedCostVnd: 32_000_000,
    evidence: ['hop-dong-dich-vu-dai-dien.pdf', 'giay-chung-nhan-nhan-hieu.pdf'],
    state: 'paid',
    officerText: 'UNC 0588/KBNN-ĐT',
  },
  {
    org: 'phongHoa',
    programmeCode: DEMO_PROGRAMME,
    right: 'collective_mark',
    kind: 'certificate_granted',
    trigger: 'certificate_granted',
    triggerDate: '2026-05-08',
    title: 'Nhãn hiệu tập thể "Bưởi Phong Hòa"',
    certificateNumber: '4-0501122-000',
    documentedCostVnd: 28_000_000,
    evidence: ['giay-chung-nhan.pdf'],
    state: 'paid',
    officerText: 'UNC 0631/KBNN-ĐT',
  },
  {
    org: 'mekongBio',
    programmeCode: DEMO_PROGRAMME,
    right: 'patent',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-02-10',
    title: 'Sáng chế "Chế phẩm vi sinh xử lý rơm rạ"',
    applicationNumber: '1-2026-00871',
    documentedCostVnd: 40_000_000,
    evidence: ['thong-bao-chap-nhan-don.pdf', 'hoa-don-phi.pdf'],
    state: 'paid',
    officerText: 'UNC 0307/KBNN-ĐT',
  },
  {
    org: 'senThapMuoi',
    programmeCode: DEMO_PROGRAMME,
    right: 'geographical_indication',
    kind: 'certificate_granted',
    trigger: 'certificate_granted',
    triggerDate: '2026-08-15',
    title: 'Chỉ dẫn địa lý "Sen Tháp Mười"',
    certificateNumber: 'CDĐL-00152',
    documentedCostVnd: 120_000_000,
    evidence: ['quyet-dinh-cap-cddl.pdf', 'hop-dong-tu-van.pdf'],
    state: 'approved',
  },
  {
    org: 'tanHung',
    programmeCode: DEMO_PROGRAMME,
    right: 'industrial_design',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-07-20',
    title: 'Kiểu dáng "Bình gốm hoa sen Tân Hưng"',
    applicationNumber: '3-2026-01544',
    documentedCostVnd: 18_000_000,
    evidence: ['bien-lai.pdf'],
    state: 'approved',
  },
  {
    org: 'coKhiSaDec',
    programmeCode: DEMO_PROGRAMME,
    right: 'utility_solution',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-08-02',
    title: 'Giải pháp hữu ích "Máy sấy lúa tầng sôi"',
    applicationNumber: '2-2026-00412',
    documentedCostVnd: 24_000_000,
    evidence: ['thong-bao-chap-nhan-don.pdf'],
    state: 'approved',
  },
  {
    org: 'songHau',
    programmeCode: DEMO_PROGRAMME,
    right: 'trademark',
    kind: 'foreign_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-09-05',
    title: 'Nhãn hiệu "Sông Hậu Rice" (Madrid)',
    applicationNumber: 'WO-1789012',
    documentedCostVnd: 60_000_000,
    evidence: ['madrid-receipt.pdf'],
    state: 'paid',
    officerText: 'UNC 1102/KBNN-ĐT',
  },
  {
    org: 'hoaKieng',
    programmeCode: DEMO_PROGRAMME,
    right: 'certification_mark',
    kind: 'certificate_granted',
    trigger: 'certificate_granted',
    triggerDate: '2026-10-01',
    title: 'Nhãn hiệu chứng nhận "Hoa kiểng Sa Đéc"',
    certificateNumber: '4-0522333-000',
    documentedCostVnd: 25_000_000,
    evidence: ['giay-chung-nhan.pdf'],
    state: 'approved',
  },
  {
    org: 'caoLanh',
    programmeCode: DEMO_PROGRAMME,
    right: 'trademark',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-11-10',
    title: 'Nhãn hiệu "Xoài sấy dẻo Cao Lãnh"',
    applicationNumber: '4-2026-21877',
    documentedCostVnd: 7_000_000,
    evidence: ['bien-lai-le-phi.pdf'],
    state: 'submitted',
  },
  {
    org: 'mekongBio',
    programmeCode: DEMO_PROGRAMME,
    right: 'patent',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-09-20',
    title: 'Sáng chế "Quy trình nhân giống sen in vitro"',
    applicationNumber: '1-2026-02290',
    documentedCostVnd: 45_000_000,
    evidence: ['thong-bao-chap-nhan-don.pdf'],
    state: 'rejected',
    officerText:
      'Từ 01/7/2026 chi phí nộp đơn sáng chế chỉ được hỗ trợ khi được cấp bằng; đề nghị nộp lại khi có bằng.',
  },
  {
    org: 'coKhiSaDec',
    programmeCode: DEMO_PROGRAMME,
    right: 'industrial_design',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-10-15',
    title: 'Kiểu dáng "Vỏ máy gặt mini"',
    applicationNumber: '3-2026-01980',
    documentedCostVnd: 15_000_000,
    evidence: ['to-khai.pdf'],
    state: 'needs_info',
    officerText: 'Đề nghị bổ sung hóa đơn phí dịch vụ đại diện sở hữu công nghiệp.',
  },
  {
    org: 'phongHoa',
    programmeCode: DEMO_PROGRAMME,
    right: 'trademark',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-11-20',
    title: 'Nhãn hiệu "Bưởi da xanh Phong Hòa"',
    applicationNumber: '4-2026-22410',
    state: 'open',
  },
  {
    org: 'songHau',
    programmeCode: DEMO_PROGRAMME,
    right: 'trademark',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-06-02',
    title: 'Nhãn hiệu "Nếp cẩm Sông Hậu"',
    documentedCostVnd: 5_500_000,
    evidence: ['bien-lai.pdf'],
    state: 'withdrawn',
  },
  {
    org: 'senThapMuoi',
    programmeCode: DEMO_PROGRAMME,
    right: 'collective_mark',
    kind: 'certificate_granted',
    trigger: 'certificate_granted',
    triggerDate: '2026-11-25',
    title: 'Nhãn hiệu tập thể "Trà sen Tháp Mười"',
    applicationNumber: '4-2025-11873',
    certificateNumber: '4-0530001-000',
    state: 'open',
    fromGrant: true,
  },
  {
    org: 'mekongBio',
    programmeCode: DEMO_FOREIGN_PROGRAMME,
    right: 'patent',
    kind: 'foreign_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-05-15',
    title: 'Đơn PCT "Chế phẩm vi sinh xử lý rơm rạ"',
    applicationNumber: 'PCT/VN2026/050011',
    documentedCostVnd: 140_000_000,
    evidence: ['pct-receipt.pdf'],
    state: 'paid',
    officerText: 'UNC 0720/KBNN-ĐT',
  },
  {
    org: 'songHau',
    programmeCode: DEMO_FOREIGN_PROGRAMME,
    right: 'trademark',
    kind: 'foreign_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-10-28',
    title: 'Nhãn hiệu "Sông Hậu Rice" tại Nhật Bản và Hàn Quốc',
    applicationNumber: 'JP-2026-112233',
    documentedCostVnd: 90_000_000,
    evidence: ['jp-receipt.pdf', 'kr-receipt.pdf'],
    state: 'queued',
  },
];
