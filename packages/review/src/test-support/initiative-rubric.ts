// A rubric like a Sở KH&CN initiative council's paper form: four criteria, 100 points, weights = maxima.
import type { RubricInput } from '../rubric/rubric.schema.js';

const t = (vi: string, en: string) => ({ vi, en });

export function initiativeRubricInput(): RubricInput {
  return {
    id: 'rubric-initiatives',
    version: 1,
    title: t('Tiêu chí chấm điểm sáng kiến', 'Initiative scoring rubric'),
    totalWeight: 100,
    maxTotal: 100,
    criteria: [
      {
        key: 'novelty',
        title: t('Tính mới', 'Novelty'),
        weight: 30,
        min: 0,
        max: 30,
        bands: [
          { min: 0, max: 10, description: t('Cải tiến nhỏ', 'Minor improvement') },
          { min: 11, max: 20, description: t('Mới trong đơn vị', 'New within the unit') },
          { min: 21, max: 30, description: t('Mới trong tỉnh', 'New within the province') },
        ],
      },
      {
        key: 'applicability',
        title: t('Khả năng áp dụng', 'Applicability'),
        weight: 30,
        max: 30,
        bands: [
          { min: 0, max: 15, description: t('Áp dụng hạn chế', 'Limited application') },
          { min: 16, max: 30, description: t('Áp dụng rộng rãi', 'Widely applicable') },
        ],
      },
      {
        key: 'effectiveness',
        title: t('Hiệu quả', 'Effectiveness'),
        weight: 30,
        max: 30,
        step: 0.5,
        bands: [
          { min: 0, max: 14.5, description: t('Hiệu quả thấp', 'Low benefit') },
          { min: 15, max: 30, description: t('Hiệu quả cao', 'High benefit') },
        ],
      },
      {
        key: 'scope',
        title: t('Phạm vi ảnh hưởng', 'Scope of application'),
        weight: 10,
        max: 10,
        bands: [{ min: 0, max: 10, description: t('Theo phạm vi áp dụng', 'By reach') }],
      },
    ],
  };
}
