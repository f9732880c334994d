// Turns zod issues into field errors with Vietnamese and English texts for the common issue codes.
import type { LocalizedText } from './localized-text.js';
import type { FieldError } from './problem-error.js';

/** The subset of a zod 4 issue this module reads (kept structural so zod v3/v4 core issues both fit). */
export interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
}

type AnyIssue = ZodIssueLike & Record<string, unknown>;

export function zodIssuesToFieldErrors(issues: readonly ZodIssueLike[]): FieldError[] {
  return issues.map((issue) => {
    const { code, message } = describeIssue(issue as AnyIssue);
    return { field: formatPath(issue.path), code, message };
  });
}

/** `['contact', 'email']` → `contact.email`; `['keywords', 3]` → `keywords.3`; root → `(body)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(body)' : path.map((segment) => String(segment)).join('.');
}

const FORMAT_NAMES: Record<string, LocalizedText> = {
  email: { vi: 'địa chỉ email', en: 'email address' },
  url: { vi: 'URL', en: 'URL' },
  uuid: { vi: 'UUID', en: 'UUID' },
  datetime: { vi: 'thời điểm ISO 8601', en: 'ISO 8601 date-time' },
  date: { vi: 'ngày (YYYY-MM-DD)', en: 'date (YYYY-MM-DD)' },
  time: { vi: 'giờ (HH:MM:SS)', en: 'time (HH:MM:SS)' },
  regex: { vi: 'định dạng yêu cầu', en: 'required pattern' },
};

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'giá trị đúng/sai', en: 'a boolean' },
  object: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'danh sách', en: 'an array' },
  bigint: { vi: 'số nguyên lớn', en: 'a big integer' },
  date: { vi: 'ngày giờ', en: 'a date' },
};

function describeIssue(issue: AnyIssue): { code: string; message: LocalizedText } {
  const params = issue.params as { code?: unknown; vi?: unknown; en?: unknown } | undefined;
  if (typeof params?.vi === 'string' && typeof params.en === 'string') {
    // A refinement may name its own stable code (e.g. @sti/review's `shares.sum`); clients branch on it.
    const code = typeof params.code === 'string' ? params.code : issue.code === 'custom' ? 'invalid' : issue.code;
    return { code, message: { vi: params.vi, en: params.en } };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined/.test(issue.message) || ('input' in issue && issue.input === undefined)) {
        return { code: 'required', message: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' } };
      }
      const type = TYPE_NAMES[String(issue.expected)] ?? { vi: String(issue.expected), en: String(issue.expected) };
      return { code: 'invalid_type', message: { vi: `Phải là ${type.vi}.`, en: `Must be ${type.en}.` } };
    }
    case 'too_small':
      return { code: 'too_small', message: sizeMessage('min', issue) };
    case 'too_big':
      return { code: 'too_big', message: sizeMessage('max', issue) };
    case 'invalid_format':
    case 'invalid_string': {
      const format = String(issue.format ?? issue.validation ?? 'regex');
      const name = FORMAT_NAMES[format] ?? { vi: format, en: format };
      return { code: 'invalid_format', message: { vi: `Không đúng ${name.vi}.`, en: `Must be a valid ${name.en}.` } };
    }
    case 'invalid_value':
    case 'invalid_enum_value':
    case 'invalid_literal': {
      const values = (issue.values ??
        issue.options ??
        (issue.expected !== undefined ? [issue.expected] : [])) as unknown[];
      const list = values.map((v) => JSON.stringify(v)).join(', ');
      return { code: 'invalid_value', message: { vi: `Phải là một trong: ${list}.`, en: `Must be one of: ${list}.` } };
    }
    case 'unrecognized_keys': {
      const keys = ((issue.keys as string[] | undefined) ?? []).join(', ');
      return {
        code: 'unrecognized_keys',
        message: { vi: `Trường không được phép: ${keys}.`, en: `Unknown field(s): ${keys}.` },
      };
    }
    case 'not_multiple_of':
      return {
        code: 'not_multiple_of',
        message: {
          vi: `Phải là bội số của ${issue.divisor ?? issue.multipleOf}.`,
          en: `Must be a multiple of ${issue.divisor ?? issue.multipleOf}.`,
        },
      };
    case 'invalid_union':
      return {
        code: 'invalid_union',
        message: {
          vi: 'Giá trị không khớp với dạng nào được chấp nhận.',
          en: 'The value matches none of the accepted forms.',
        },
      };
    default:
      return {
        code: issue.code === 'custom' ? 'invalid' : issue.code,
        message: { vi: `Giá trị không hợp lệ (${issue.message}).`, en: issue.message },
      };
  }
}

function sizeMessage(bound: 'min' | 'max', issue: AnyIssue): LocalizedText {
  const limit = String(bound === 'min' ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const origin = String(issue.origin ?? issue.type ?? '');
  const min = bound === 'min';
  switch (origin) {
    case 'string':
      return min
        ? { vi: `Phải có ít nhất ${limit} ký tự.`, en: `Must be at least ${limit} characters.` }
        : { vi: `Không được quá ${limit} ký tự.`, en: `Must be at most ${limit} characters.` };
    case 'array':
    case 'set':
      return min
        ? { vi: `Phải có ít nhất ${limit} mục.`, en: `Must have at least ${limit} item(s).` }
        : { vi: `Không được quá ${limit} mục.`, en: `Must have at most ${limit} item(s).` };
    default:
      if (min) {
        return inclusive
          ? { vi: `Phải lớn hơn hoặc bằng ${limit}.`, en: `Must be greater than or equal to ${limit}.` }
          : { vi: `Phải lớn hơn ${limit}.`, en: `Must be greater than ${limit}.` };
      }
      return inclusive
        ? { vi: `Phải nhỏ hơn hoặc bằng ${limit}.`, en: `Must be less than or equal to ${limit}.` }
        : { vi: `Phải nhỏ hơn ${limit}.`, en: `Must be less than ${limit}.` };
  }
}
