// Reference lists the portal and the rules share: startup stages, sectors, team roles, revenue bands.
export const STARTUP_STAGES = ['idea', 'prototype', 'early_revenue', 'growth'] as const;
export type StartupStage = (typeof STARTUP_STAGES)[number];

export const STAGE_NAMES: Record<StartupStage, { vi: string; en: string }> = {
  idea: { vi: 'Ý tưởng', en: 'Idea' },
  prototype: { vi: 'Sản phẩm mẫu', en: 'Prototype' },
  early_revenue: { vi: 'Có doanh thu ban đầu', en: 'Early revenue' },
  growth: { vi: 'Tăng trưởng', en: 'Growth' },
};

export const SECTORS = [
  { code: 'agritech', vi: 'Công nghệ nông nghiệp', en: 'Agritech' },
  { code: 'ocop', vi: 'Chế biến sản phẩm OCOP', en: 'OCOP processing' },
  { code: 'aquaculture', vi: 'Nuôi trồng thủy sản', en: 'Aquaculture' },
  { code: 'it', vi: 'Công nghệ thông tin', en: 'Information technology' },
  { code: 'education', vi: 'Giáo dục', en: 'Education' },
  { code: 'health', vi: 'Y tế, chăm sóc sức khỏe', en: 'Health' },
  { code: 'environment', vi: 'Môi trường, năng lượng', en: 'Environment and energy' },
  { code: 'tourism', vi: 'Du lịch, dịch vụ', en: 'Tourism and services' },
] as const;
export type SectorCode = (typeof SECTORS)[number]['code'];
export const SECTOR_CODES = SECTORS.map((s) => s.code) as [SectorCode, ...SectorCode[]];

export const MEMBER_ROLES = ['founder', 'co_founder', 'ceo', 'cto', 'member', 'advisor'] as const;

export const REVENUE_BANDS = ['none', 'under_1b', '1b_5b', '5b_20b', 'over_20b'] as const;

/** Đồng Tháp: the home province of the demo and of the contests' province rounds. */
export const HOME_PROVINCE_CODE = '87';
