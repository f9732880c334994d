// Bridges between zod and ReviewIssue: the engine's rules run inside a schema's superRefine (so a service's
// validation pipe and OpenAPI see them), and a schema's own structural issues come back as ReviewIssues.
import type { z } from 'zod';
import { issue, type ReviewIssue } from './review-issue.js';

/** Adds the engine's issues to a zod refinement context; `params` carries the code and both texts. */
export function addReviewIssues(ctx: z.RefinementCtx, issues: readonly ReviewIssue[]): void {
  for (const i of issues) {
    ctx.addIssue({
      code: 'custom',
      path: [...i.path],
      message: i.message.en,
      params: { code: i.code, vi: i.message.vi, en: i.message.en },
    });
  }
}

/** zod issues → ReviewIssues: the engine's own keep their code and texts, structural ones get generic texts. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ReviewIssue[] {
  return issues.map((zi) => {
    const path = zi.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const params = (zi as { params?: { code?: unknown; vi?: unknown; en?: unknown } }).params;
    if (typeof params?.code === 'string' && typeof params.vi === 'string' && typeof params.en === 'string') {
      return issue(params.code, path, params.vi, params.en);
    }
    return issue(`invalid.${zi.code}`, path, `Giá trị không hợp lệ (${zi.message}).`, `Invalid value (${zi.message}).`);
  });
}
