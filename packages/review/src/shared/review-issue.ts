// Problems the engine reports as data, never as thrown strings: a stable code, Vietnamese and English
// texts and the path of the offending value, so a service can put them straight into problem+json `errors`.

export interface LocalizedText {
  vi: string;
  en: string;
}

export type IssuePath = readonly (string | number)[];

export interface ReviewIssue {
  /** stable, machine-readable, e.g. `rubric.weights_sum` */
  code: string;
  /** where in the checked value, e.g. `['criteria', 2, 'bands', 1]` */
  path: IssuePath;
  message: LocalizedText;
}

export function issue(code: string, path: IssuePath, vi: string, en: string): ReviewIssue {
  return { code, path, message: { vi, en } };
}

/** `['criteria', 2, 'weight']` → `criteria.2.weight`; root → `(body)` (the platform kit's field format). */
export function formatIssuePath(path: IssuePath): string {
  return path.length === 0 ? '(body)' : path.map(String).join('.');
}

/** The platform kit's problem+json field-error shape (`{ field, code, message }`), without importing it. */
export function toFieldErrors(
  issues: readonly ReviewIssue[],
): { field: string; code: string; message: LocalizedText }[] {
  return issues.map((i) => ({ field: formatIssuePath(i.path), code: i.code, message: i.message }));
}
