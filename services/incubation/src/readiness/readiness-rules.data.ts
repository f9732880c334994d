// The certification conditions as data. A change in the law is a new rule set with its own
// effective date (never an edit of an old one), so a startup's past evaluations stay explainable.
// The thresholds below are our reading of the cited texts; the Department's legal officer confirms
// them before each programme year (see the service README).
import type { PipelineTarget, ReadinessCondition, ReadinessRuleSet } from './readiness.rules.js';

const registered: ReadinessCondition = {
  code: 'registered_enterprise',
  title: { vi: 'Được thành lập và hoạt động theo Luật Doanh nghiệp', en: 'Incorporated under the Law on Enterprises' },
  hint: {
    vi: 'Đăng ký thành lập doanh nghiệp (công ty TNHH, cổ phần…) trước khi nộp hồ sơ chứng nhận.',
    en: 'Register the business as an enterprise (LLC, joint-stock…) before applying.',
  },
  test: { kind: 'fact', fact: 'registeredEnterprise' },
};

export const ST_ENTERPRISE_2019: ReadinessRuleSet = {
  id: 'st-enterprise-nd13-2019',
  certification: 'st_enterprise',
  title: { vi: 'Doanh nghiệp khoa học và công nghệ', en: 'Science-and-technology enterprise' },
  basis: {
    vi: 'Nghị định 13/2019/NĐ-CP về doanh nghiệp khoa học và công nghệ, Điều 6',
    en: 'Decree 13/2019/ND-CP on science-and-technology enterprises, Article 6',
  },
  effectiveFrom: '2019-03-20',
  conditions: [
    registered,
    {
      code: 'owns_st_results',
      title: {
        vi: 'Sở hữu hoặc có quyền sử dụng hợp pháp kết quả khoa học và công nghệ',
        en: 'Owns or has the lawful right to use science-and-technology results',
      },
      hint: {
        vi: 'Chuẩn bị văn bằng bảo hộ, hợp đồng chuyển giao hoặc li-xăng chứng minh quyền đối với kết quả KH&CN.',
        en: 'Prepare the IP titles, transfer or licence agreements that prove the right to the results.',
      },
      test: { kind: 'fact', fact: 'ownsOrLicensesStResults' },
    },
    {
      code: 'st_results_recognised',
      title: {
        vi: 'Kết quả KH&CN được đánh giá, thẩm định hoặc công nhận',
        en: 'The results are evaluated, appraised or recognised',
      },
      hint: {
        vi: 'Đề nghị cơ quan có thẩm quyền đánh giá, thẩm định hoặc công nhận kết quả (văn bằng, quyết định công nhận, giải thưởng).',
        en: 'Have the results evaluated, appraised or recognised by a competent body (titles, recognition decisions, awards).',
      },
      test: { kind: 'fact', fact: 'stResultsRecognised' },
    },
    {
      code: 'st_revenue_share',
      title: {
        vi: 'Doanh thu từ sản phẩm hình thành từ kết quả KH&CN đạt tối thiểu 30% tổng doanh thu',
        en: 'Revenue from products of the S&T results is at least 30% of total revenue',
      },
      hint: {
        vi: 'Tăng doanh thu từ sản phẩm KH&CN hoặc tách bạch doanh thu theo sản phẩm trong báo cáo tài chính.',
        en: 'Grow revenue from the S&T products, or separate revenue by product in the accounts.',
      },
      test: { kind: 'share', numerator: 'stProductRevenueVnd', denominator: 'totalRevenueVnd', minBasisPoints: 3000 },
    },
  ],
};

const highTechConditions = (rdStaffBasisPoints: number): ReadinessCondition[] => [
  registered,
  {
    code: 'high_tech_product_listed',
    title: {
      vi: 'Sản xuất sản phẩm thuộc Danh mục sản phẩm công nghệ cao được khuyến khích phát triển',
      en: 'Makes a product on the list of high-tech products encouraged for development',
    },
    hint: {
      vi: 'Đối chiếu sản phẩm với Danh mục sản phẩm công nghệ cao hiện hành.',
      en: 'Check the product against the current list of high-tech products.',
    },
    test: { kind: 'fact', fact: 'highTechProductListed' },
  },
  {
    code: 'high_tech_revenue_share',
    title: {
      vi: 'Doanh thu từ sản phẩm công nghệ cao đạt ít nhất 70% tổng doanh thu thuần',
      en: 'High-tech products bring at least 70% of net revenue',
    },
    hint: {
      vi: 'Tập trung doanh thu vào sản phẩm công nghệ cao.',
      en: 'Concentrate revenue on the high-tech product.',
    },
    test: {
      kind: 'share',
      numerator: 'highTechProductRevenueVnd',
      denominator: 'totalRevenueVnd',
      minBasisPoints: 7000,
    },
  },
  {
    code: 'rd_spending_share',
    title: {
      vi: 'Chi cho nghiên cứu và phát triển tại Việt Nam đạt ít nhất 1% doanh thu thuần',
      en: 'Research and development spending in Viet Nam is at least 1% of net revenue',
    },
    hint: { vi: 'Lập kế hoạch và hạch toán riêng chi R&D.', en: 'Plan and account R&D spending separately.' },
    test: { kind: 'share', numerator: 'rdSpendingVnd', denominator: 'totalRevenueVnd', minBasisPoints: 100 },
  },
  {
    code: 'rd_staff_share',
    title: {
      vi: `Lao động trình độ đại học trở lên trực tiếp làm R&D đạt ít nhất ${rdStaffBasisPoints / 100}% tổng số lao động`,
      en: `Staff with a degree working directly in R&D are at least ${rdStaffBasisPoints / 100}% of all staff`,
    },
    hint: {
      vi: 'Tuyển dụng hoặc phân công thêm nhân sự có trình độ đại học cho R&D.',
      en: 'Hire or assign more graduates to R&D.',
    },
    test: {
      kind: 'share',
      numerator: 'rdStaffWithDegree',
      denominator: 'employees',
      minBasisPoints: rdStaffBasisPoints,
    },
  },
  {
    code: 'environment_quality',
    title: {
      vi: 'Áp dụng biện pháp thân thiện môi trường, tiết kiệm năng lượng và quản lý chất lượng đạt chuẩn',
      en: 'Applies environment-friendly, energy-saving measures and meets quality-management standards',
    },
    hint: {
      vi: 'Chuẩn bị chứng nhận hệ thống quản lý chất lượng và môi trường.',
      en: 'Obtain quality- and environment-management certification.',
    },
    test: { kind: 'fact', fact: 'environmentAndQualityStandards' },
  },
];

export const HIGH_TECH_2015: ReadinessRuleSet = {
  id: 'high-tech-qd19-2015',
  certification: 'high_tech',
  title: { vi: 'Doanh nghiệp công nghệ cao', en: 'High-tech enterprise' },
  basis: {
    vi: 'Luật Công nghệ cao 2008, Điều 18; Quyết định 19/2015/QĐ-TTg',
    en: 'Law on High Technology 2008, Article 18; Decision 19/2015/QD-TTg',
  },
  effectiveFrom: '2015-08-01',
  conditions: highTechConditions(500),
};

export const HIGH_TECH_2021: ReadinessRuleSet = {
  id: 'high-tech-qd10-2021',
  certification: 'high_tech',
  title: { vi: 'Doanh nghiệp công nghệ cao', en: 'High-tech enterprise' },
  basis: {
    vi: 'Luật Công nghệ cao 2008, Điều 18; Quyết định 10/2021/QĐ-TTg',
    en: 'Law on High Technology 2008, Article 18; Decision 10/2021/QD-TTg',
  },
  effectiveFrom: '2021-05-15',
  conditions: highTechConditions(250),
};

export const READINESS_RULE_SETS: readonly ReadinessRuleSet[] = [ST_ENTERPRISE_2019, HIGH_TECH_2015, HIGH_TECH_2021];

/** The provincial programme's targets to 2030. */
export const PROVINCE_TARGETS: readonly PipelineTarget[] = [
  { certification: 'st_enterprise', target: 15, byYear: 2030 },
  { certification: 'high_tech', target: 10, byYear: 2030 },
];
