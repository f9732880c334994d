// The council's composition rules: one chair, at least one secretary, each person once, and (to open
// the campaign) at least as many reviewers as reviews per submission. Returns field errors.
import type { FieldError } from '@sti/platform';
import type { CouncilRole } from './campaign.schema.js';

export function councilProblems(members: readonly { userId: string; role: CouncilRole }[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.userId)) {
      problems.push({
        field: `members.${i}.userId`,
        code: 'duplicate_member',
        message: {
          vi: 'Mỗi người chỉ giữ một vai trò trong hội đồng.',
          en: 'Each person holds one council role only.',
        },
      });
    }
    seen.add(m.userId);
  });
  const chairs = members.filter((m) => m.role === 'chair').length;
  if (chairs !== 1) {
    problems.push({
      field: 'members',
      code: 'one_chair',
      message: { vi: 'Hội đồng phải có đúng một chủ tịch.', en: 'The council needs exactly one chair.' },
    });
  }
  if (!members.some((m) => m.role === 'secretary')) {
    problems.push({
      field: 'members',
      code: 'secretary_required',
      message: { vi: 'Hội đồng phải có thư ký.', en: 'The council needs a secretary.' },
    });
  }
  return problems;
}

/** Opening needs enough reviewers for the reviews each submission gets. */
export function enoughReviewers(members: readonly { role: CouncilRole }[], reviewsPerSubmission: number): boolean {
  return members.filter((m) => m.role === 'reviewer').length >= reviewsPerSubmission;
}
