// The rubric a new campaign starts from (a 100-point form as councils commonly use under Decree
// 13/2012/NĐ-CP); the campaign's secretary or an admin revises it before the campaign opens.
import type { RubricInput } from '@sti/review';

const band = (min: number, max: number, vi: string, en: string) => ({ min, max, description: { vi, en } });

export const DEFAULT_RUBRIC: RubricInput = {
  id: 'sang-kien-100',
  version: 1,
  title: { vi: 'Phiếu chấm sáng kiến (thang 100 điểm)', en: 'Initiative score sheet (100 points)' },
  totalWeight: 100,
  maxTotal: 100,
  criteria: [
    {
      key: 'novelty',
      title: { vi: 'Tính mới', en: 'Novelty' },
      weight: 30,
      min: 0,
      max: 30,
      bands: [
        band(0, 10, 'Cải tiến nhỏ so với cách làm đang có.', 'A small improvement on current practice.'),
        band(11, 20, 'Cải tiến rõ rệt, có điểm mới trong phạm vi cơ sở.', 'A clear improvement, new within the unit.'),
        band(21, 30, 'Giải pháp mới hoàn toàn trong phạm vi cơ sở.', 'An entirely new solution within the unit.'),
      ],
    },
    {
      key: 'applicability',
      title: { vi: 'Khả năng áp dụng', en: 'Applicability' },
      weight: 25,
      min: 0,
      max: 25,
      bands: [
        band(0, 8, 'Chỉ áp dụng được trong điều kiện riêng.', 'Applicable only in special conditions.'),
        band(9, 17, 'Áp dụng được tại đơn vị và đơn vị tương tự.', 'Applicable at the unit and similar units.'),
        band(18, 25, 'Áp dụng rộng rãi, dễ nhân rộng.', 'Widely applicable and easy to replicate.'),
      ],
    },
    {
      key: 'effectiveness',
      title: { vi: 'Hiệu quả', en: 'Effectiveness' },
      weight: 30,
      min: 0,
      max: 30,
      bands: [
        band(0, 10, 'Hiệu quả chưa được chứng minh rõ.', 'Benefit not clearly demonstrated.'),
        band(11, 20, 'Có hiệu quả kinh tế hoặc xã hội đo được.', 'Measurable economic or social benefit.'),
        band(21, 30, 'Hiệu quả lớn, có số liệu chứng minh.', 'Large benefit, backed by figures.'),
      ],
    },
    {
      key: 'scope',
      title: { vi: 'Phạm vi ảnh hưởng', en: 'Scope of application' },
      weight: 15,
      min: 0,
      max: 15,
      bands: [
        band(0, 5, 'Trong một bộ phận.', 'Within one department.'),
        band(6, 10, 'Toàn đơn vị.', 'The whole unit.'),
        band(11, 15, 'Ngoài đơn vị, cấp xã/tỉnh.', 'Beyond the unit, commune or province.'),
      ],
    },
  ],
};
