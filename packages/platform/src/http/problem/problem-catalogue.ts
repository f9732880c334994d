import type { LocalizedText } from './localized-text.js';
import { type FieldError, ProblemError } from './problem-error.js';

export interface CatalogueEntry {
  status: number;
  title: LocalizedText;
  message: LocalizedText;
}

export const PROBLEM_CATALOGUE = {
  validation_failed: {
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Validation failed' },
    message: {
      vi: 'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường được nêu.',
      en: 'The submitted data is invalid. Please check the listed fields.',
    },
  },
  bad_request: {
    status: 400,
    title: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
    message: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is invalid.' },
  },
  invalid_json: {
    status: 400,
    title: { vi: 'JSON không hợp lệ', en: 'Invalid JSON' },
    message: { vi: 'Nội dung yêu cầu không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  },
  unauthenticated: {
    status: 401,
    title: { vi: 'Chưa đăng nhập', en: 'Unauthenticated' },
    message: { vi: 'Bạn cần đăng nhập để thực hiện thao tác này.', en: 'You need to sign in to do this.' },
  },
  forbidden: {
    status: 403,
    title: { vi: 'Không có quyền', en: 'Forbidden' },
    message: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  },
  not_found: {
    status: 404,
    title: { vi: 'Không tìm thấy', en: 'Not found' },
    message: { vi: 'Không tìm thấy tài nguyên được yêu cầu.', en: 'The requested resource was not found.' },
  },
  method_not_allowed: {
    status: 405,
    title: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
    message: { vi: 'Phương thức HTTP này không được hỗ trợ.', en: 'This HTTP method is not allowed here.' },
  },
  conflict: {
    status: 409,
    title: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
    message: {
      vi: 'Yêu cầu xung đột với trạng thái hiện tại của dữ liệu.',
      en: 'The request conflicts with the current state of the resource.',
    },
  },
  stale_revision: {
    status: 409,
    title: { vi: 'Dữ liệu đã bị thay đổi', en: 'Stale revision' },
    message: {
      vi: 'Dữ liệu đã được người khác cập nhật. Vui lòng tải lại rồi thử lại.',
      en: 'Someone else has updated this record. Please reload and try again.',
    },
  },
  payload_too_large: {
    status: 413,
    title: { vi: 'Dữ liệu quá lớn', en: 'Payload too large' },
    message: { vi: 'Nội dung gửi lên vượt quá kích thước cho phép.', en: 'The request body exceeds the allowed size.' },
  },
  unsupported_media_type: {
    status: 415,
    title: { vi: 'Định dạng không được hỗ trợ', en: 'Unsupported media type' },
    message: {
      vi: 'Định dạng nội dung gửi lên không được hỗ trợ.',
      en: 'The content type of the request is not supported.',
    },
  },
  unprocessable: {
    status: 422,
    title: { vi: 'Không thể xử lý', en: 'Unprocessable content' },
    message: { vi: 'Yêu cầu hợp lệ nhưng không thể xử lý.', en: 'The request is well-formed but cannot be processed.' },
  },
  rate_limited: {
    status: 429,
    title: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
    message: {
      vi: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau.',
      en: 'Too many requests. Please try again later.',
    },
  },
  internal: {
    status: 500,
    title: { vi: 'Lỗi hệ thống', en: 'Internal error' },
    message: {
      vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
      en: 'An unexpected error occurred. Please try again later.',
    },
  },
  service_unavailable: {
    status: 503,
    title: { vi: 'Dịch vụ tạm thời không khả dụng', en: 'Service unavailable' },
    message: {
      vi: 'Dịch vụ tạm thời không khả dụng. Vui lòng thử lại sau.',
      en: 'The service is temporarily unavailable. Please try again later.',
    },
  },
} as const satisfies Record<string, CatalogueEntry>;

export type CatalogueCode = keyof typeof PROBLEM_CATALOGUE;

export interface ProblemOptions {
  message?: LocalizedText;
  detail?: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

/** A ProblemError for a catalogue code, e.g. `throw problem('not_found', { detail: 'offer 0191…' })`. */
export function problem(code: CatalogueCode, options: ProblemOptions = {}): ProblemError {
  const entry: CatalogueEntry = PROBLEM_CATALOGUE[code];
  return new ProblemError({
    status: entry.status,
    code,
    title: entry.title,
    message: options.message ?? entry.message,
    detail: options.detail,
    errors: options.errors,
    extensions: options.extensions,
    cause: options.cause,
  });
}

const CODE_BY_STATUS: Record<number, CatalogueCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  500: 'internal',
  503: 'service_unavailable',
};

/** The catalogue entry used for a bare HTTP status (falls back to bad_request / internal by class). */
export function catalogueCodeForStatus(status: number): CatalogueCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}

export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return (PROBLEM_CATALOGUE as Record<string, CatalogueEntry>)[code];
}
