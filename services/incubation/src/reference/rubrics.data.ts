// The rubrics contests and programmes start from (100 points, weights = maxima); an officer may send
// another with the contest or programme. Validated by @sti/review when a contest or programme is created.
import type { RubricInput } from '@sti/review';

const band = (min: number, max: number, vi: string, en: string) => ({ min, max, description: { vi, en } });

export const IDEA_CONTEST_RUBRIC: RubricInput = {
  id: 'y-tuong-khoi-nghiep-100',
  version: 1,
  title: { vi: 'Phiếu chấm ý tưởng khởi nghiệp (thang 100 điểm)', en: 'Startup idea score sheet (100 points)' },
  totalWeight: 100,
  maxTotal: 100,
  criteria: [
    {
      key: 'innovation',
      title: { vi: 'Tính sáng tạo, đổi mới', en: 'Innovation' },
      weight: 30,
      min: 0,
      max: 30,
      bands: [
        band(0, 10, 'Ý tưởng đã phổ biến.', 'A common idea.'),
        band(11, 20, 'Có điểm mới so với giải pháp hiện có.', 'New in some respects.'),
        band(21, 30, 'Ý tưởng mới, có công nghệ riêng.', 'A new idea with its own technology.'),
      ],
    },
    {
      key: 'feasibility',
      title: { vi: 'Tính khả thi', en: 'Feasibility' },
      weight: 25,
      min: 0,
      max: 25,
      bands: [
        band(0, 8, 'Chưa rõ cách thực hiện.', 'No clear way to build it.'),
        band(9, 17, 'Có kế hoạch, cần thêm nguồn lực.', 'A plan that needs more resources.'),
        band(18, 25, 'Đã có sản phẩm mẫu hoặc khách hàng thử.', 'A prototype or pilot customers exist.'),
      ],
    },
    {
      key: 'market',
      title: { vi: 'Thị trường và mô hình kinh doanh', en: 'Market and business model' },
      weight: 20,
      min: 0,
      max: 20,
      bands: [
        band(0, 6, 'Thị trường chưa được xác định.', 'The market is not identified.'),
        band(7, 13, 'Có khách hàng mục tiêu rõ ràng.', 'Clear target customers.'),
        band(14, 20, 'Mô hình doanh thu đã được kiểm chứng.', 'A tested revenue model.'),
      ],
    },
    {
      key: 'team',
      title: { vi: 'Năng lực đội ngũ', en: 'Team' },
      weight: 15,
      min: 0,
      max: 15,
      bands: [
        band(0, 5, 'Thiếu kỹ năng chính.', 'Key skills missing.'),
        band(6, 10, 'Đủ kỹ năng cơ bản.', 'The basic skills.'),
        band(11, 15, 'Đội ngũ mạnh, bổ trợ nhau.', 'A strong, complementary team.'),
      ],
    },
    {
      key: 'impact',
      title: { vi: 'Tác động kinh tế - xã hội tại địa phương', en: 'Local economic and social impact' },
      weight: 10,
      min: 0,
      max: 10,
      bands: [
        band(0, 3, 'Tác động nhỏ.', 'Small impact.'),
        band(4, 7, 'Tạo việc làm, giá trị cho địa phương.', 'Jobs and value for the locality.'),
        band(8, 10, 'Tác động rộng, nhân rộng được.', 'Wide impact, can be replicated.'),
      ],
    },
  ],
};

/** Programme selection uses the same criteria, its own id (a programme keeps the version it opened with). */
export const PROGRAMME_SELECTION_RUBRIC: RubricInput = {
  ...IDEA_CONTEST_RUBRIC,
  id: 'tuyen-chon-uom-tao-100',
  title: { vi: 'Phiếu chấm tuyển chọn ươm tạo (thang 100 điểm)', en: 'Incubation selection score sheet (100 points)' },
};
