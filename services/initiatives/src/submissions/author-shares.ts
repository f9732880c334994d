// Authors' contribution shares: each above 0 and at most 100, at most two decimals, and together
// exactly 100 — compared in hundredths of a per cent (integers), so 33.33 + 33.33 + 33.34 is exact.

export const FULL_SHARE_HUNDREDTHS = 10_000;

/** 33.33 → 3333; undefined when the value has more than two decimals. */
export function toHundredths(percent: number): number | undefined {
  const scaled = percent * 100;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < 1e-6 ? rounded : undefined;
}

export const fromHundredths = (hundredths: number): number => hundredths / 100;

export type ShareProblem =
  | { code: 'share_range'; index: number }
  | { code: 'share_precision'; index: number }
  | { code: 'shares_sum'; sumPercent: number };

export function shareProblems(percents: readonly number[]): ShareProblem[] {
  const problems: ShareProblem[] = [];
  let sum = 0;
  percents.forEach((p, index) => {
    if (!(p > 0 && p <= 100)) problems.push({ code: 'share_range', index });
    const h = toHundredths(p);
    if (h === undefined) problems.push({ code: 'share_precision', index });
    else sum += h;
  });
  if (problems.length === 0 && sum !== FULL_SHARE_HUNDREDTHS)
    problems.push({ code: 'shares_sum', sumPercent: sum / 100 });
  return problems;
}

export function shareMessage(problem: ShareProblem): { vi: string; en: string } {
  switch (problem.code) {
    case 'share_range':
      return {
        vi: 'Tỷ lệ đóng góp phải lớn hơn 0 và không quá 100%.',
        en: 'A share must be above 0 and at most 100%.',
      };
    case 'share_precision':
      return { vi: 'Tỷ lệ đóng góp có tối đa hai chữ số thập phân.', en: 'A share has at most two decimals.' };
    case 'shares_sum':
      return {
        vi: `Tổng tỷ lệ đóng góp của các tác giả là ${problem.sumPercent}%, phải đúng 100%.`,
        en: `The authors' shares add up to ${problem.sumPercent}%; they must add up to exactly 100%.`,
      };
  }
}
