// The rubric editor's state (text in every box, as typed), its live totals and its validation. The rules
// are @sti/review's (weights add up, maxima add up, bands tile each range on the step grid): the editor
// converts what was typed and runs the engine's parseRubric, so the page says exactly what the API will.
import {
  fromZodIssues,
  parseRubric,
  type ReviewIssue,
  type Rubric,
  type RubricInput,
  rubricDefinitionSchema,
} from '@sti/review';
import type { LocalizedText } from '../../shared/api/problem.ts';
import { parseNumber } from '../../shared/lib/parse-number.ts';

export { parseNumber };

export interface BandState {
  min: string;
  max: string;
  vi: string;
  en: string;
}

export interface CriterionState {
  key: string;
  titleVi: string;
  titleEn: string;
  weight: string;
  min: string;
  max: string;
  step: string;
  bands: BandState[];
}

export interface RubricFormState {
  titleVi: string;
  titleEn: string;
  /** what the weights add up to; 100 = per cent */
  totalWeight: string;
  criteria: CriterionState[];
}

export interface RubricFieldError {
  /** the field's path, e.g. `criteria.1.bands.0.min`; `criteria` for the totals */
  field: string;
  message: LocalizedText;
}

/** "12,5" or "12.5" → 12.5; anything else (empty, letters) → null. */

const NUMBER_MESSAGE: LocalizedText = {
  vi: 'Nhập một số (ví dụ 10 hoặc 2,5).',
  en: 'Enter a number (e.g. 10 or 2.5).',
};

/** Live totals shown above the criteria: what the weights and the maxima add up to so far. */
export function rubricTotals(state: RubricFormState): { weights: number; maxima: number; target: number } {
  const sum = (pick: (c: CriterionState) => string) =>
    Math.round(state.criteria.reduce((s, c) => s + (parseNumber(pick(c)) ?? 0), 0) * 1e6) / 1e6;
  return { weights: sum((c) => c.weight), maxima: sum((c) => c.max), target: parseNumber(state.totalWeight) ?? 100 };
}

/** The rubric as the API takes it (numbers as numbers); null when some number box does not hold a number. */
export function toRubricInput(
  state: RubricFormState,
  identity: { id: string; version: number },
): { input: RubricInput; numberErrors: RubricFieldError[] } {
  const numberErrors: RubricFieldError[] = [];
  const num = (text: string, field: string, fallback?: number): number => {
    if (fallback !== undefined && text.trim() === '') return fallback;
    const n = parseNumber(text);
    if (n === null) {
      numberErrors.push({ field, message: NUMBER_MESSAGE });
      return Number.NaN;
    }
    return n;
  };
  const input: RubricInput = {
    id: identity.id,
    version: identity.version,
    title: { vi: state.titleVi.trim(), en: state.titleEn.trim() },
    totalWeight: num(state.totalWeight, 'totalWeight', 100),
    criteria: state.criteria.map((c, i) => ({
      key: c.key.trim(),
      title: { vi: c.titleVi.trim(), en: c.titleEn.trim() },
      weight: num(c.weight, `criteria.${i}.weight`),
      min: num(c.min, `criteria.${i}.min`, 0),
      max: num(c.max, `criteria.${i}.max`),
      step: num(c.step, `criteria.${i}.step`, 1),
      bands: c.bands.map((b, j) => ({
        min: num(b.min, `criteria.${i}.bands.${j}.min`),
        max: num(b.max, `criteria.${i}.bands.${j}.max`),
        description: { vi: b.vi.trim(), en: b.en.trim() },
      })),
    })),
  };
  return { input, numberErrors };
}

const STRUCTURE: Record<string, LocalizedText> = {
  key: {
    vi: 'Mã tiêu chí gồm chữ thường không dấu, chữ số và dấu _ (ví dụ tinh_moi).',
    en: 'The key is lower-case letters, digits and _ (e.g. novelty).',
  },
  text: { vi: 'Nhập nội dung bằng cả tiếng Việt và tiếng Anh.', en: 'Enter the text in both Vietnamese and English.' },
  weight: { vi: 'Trọng số phải lớn hơn 0.', en: 'The weight must be greater than 0.' },
  step: { vi: 'Bước điểm phải lớn hơn 0.', en: 'The step must be greater than 0.' },
  criteria: { vi: 'Cần ít nhất một tiêu chí.', en: 'At least one criterion is needed.' },
  bands: { vi: 'Mỗi tiêu chí cần ít nhất một mức điểm.', en: 'Every criterion needs at least one band.' },
};

/** The engine's structural messages are generic; the editor says what to fix in its own words. */
function structuralMessage(path: string, fallback: LocalizedText): LocalizedText {
  const last = path.split('.').at(-1) ?? '';
  if (last === 'key') return STRUCTURE.key as LocalizedText;
  if (last === 'vi' || last === 'en') return STRUCTURE.text as LocalizedText;
  if (last === 'weight') return STRUCTURE.weight as LocalizedText;
  if (last === 'step') return STRUCTURE.step as LocalizedText;
  if (path === 'criteria') return STRUCTURE.criteria as LocalizedText;
  if (last === 'bands') return STRUCTURE.bands as LocalizedText;
  return fallback;
}

/** A localized field path's box: `title.vi` → `titleVi`, `criteria.0.bands.1.description.en` → `criteria.0.bands.1.en`. */
export function editorField(path: string): string {
  return path
    .replace(/^title\.(vi|en)$/, (_m, l: string) => `title${l === 'vi' ? 'Vi' : 'En'}`)
    .replace(/^(criteria\.\d+)\.title\.(vi|en)$/, (_m, c: string, l: string) => `${c}.title${l === 'vi' ? 'Vi' : 'En'}`)
    .replace(/\.description\.(vi|en)$/, '.$1');
}

/** Every problem of the rubric at once, each on its box; none means the API will accept it. */
export function validateRubricForm(
  state: RubricFormState,
  identity: { id: string; version: number } = { id: 'draft', version: 1 },
): { errors: RubricFieldError[]; rubric: Rubric | null } {
  const { input, numberErrors } = toRubricInput(state, identity);
  if (numberErrors.length > 0) {
    // the weights and bands cannot be added up yet; still show every other box's structural problem
    const parsed = rubricDefinitionSchema.safeParse(input);
    const others = parsed.success ? [] : toFieldErrors(fromZodIssues(parsed.error.issues));
    return {
      errors: [...numberErrors, ...others.filter((e) => !numberErrors.some((n) => n.field === e.field))],
      rubric: null,
    };
  }
  const parsed = parseRubric(input);
  if (parsed.ok) return { errors: [], rubric: parsed.rubric };
  return { errors: toFieldErrors(parsed.issues), rubric: null };
}

function toFieldErrors(issues: readonly ReviewIssue[]): RubricFieldError[] {
  const out: RubricFieldError[] = [];
  for (const i of issues) {
    const path = i.path.map(String).join('.');
    const field = editorField(path || 'criteria');
    const message = i.code.startsWith('invalid.') ? structuralMessage(path, i.message) : i.message;
    if (!out.some((e) => e.field === field)) out.push({ field, message });
  }
  return out;
}

/** A rubric back into the editor's boxes. */
export function rubricFormOf(rubric: RubricInput): RubricFormState {
  return {
    titleVi: rubric.title.vi,
    titleEn: rubric.title.en,
    totalWeight: String(rubric.totalWeight ?? 100),
    criteria: rubric.criteria.map((c) => ({
      key: c.key,
      titleVi: c.title.vi,
      titleEn: c.title.en,
      weight: String(c.weight),
      min: String(c.min ?? 0),
      max: String(c.max),
      step: String(c.step ?? 1),
      bands: c.bands.map((b) => ({
        min: String(b.min),
        max: String(b.max),
        vi: b.description.vi,
        en: b.description.en,
      })),
    })),
  };
}

export function emptyCriterion(): CriterionState {
  return { key: '', titleVi: '', titleEn: '', weight: '', min: '0', max: '', step: '1', bands: [emptyBand()] };
}

export function emptyBand(): BandState {
  return { min: '', max: '', vi: '', en: '' };
}

const band = (min: number, max: number, vi: string, en: string): BandState => ({
  min: String(min),
  max: String(max),
  vi,
  en,
});

/** The usual council's paper form (novelty, applicability, effectiveness, scope): a start the secretary edits. */
export function templateRubric(): RubricFormState {
  const crit = (key: string, titleVi: string, titleEn: string, max: number): CriterionState => {
    const third = Math.floor(max / 3);
    return {
      key,
      titleVi,
      titleEn,
      weight: String(max),
      min: '0',
      max: String(max),
      step: '1',
      bands: [
        band(0, third, 'Thấp', 'Low'),
        band(third + 1, 2 * third, 'Trung bình', 'Medium'),
        band(2 * third + 1, max, 'Cao', 'High'),
      ],
    };
  };
  return {
    titleVi: 'Tiêu chí chấm điểm sáng kiến',
    titleEn: 'Initiative scoring rubric',
    totalWeight: '100',
    criteria: [
      crit('novelty', 'Tính mới', 'Novelty', 30),
      crit('applicability', 'Khả năng áp dụng', 'Applicability', 30),
      crit('effectiveness', 'Hiệu quả', 'Effectiveness', 30),
      crit('scope', 'Phạm vi ảnh hưởng', 'Scope of application', 10),
    ],
  };
}
