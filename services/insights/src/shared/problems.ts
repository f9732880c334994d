// Insights' own problem types (RFC 9457), Vietnamese and English.
import { ProblemError } from '@sti/platform';

export function unknownIndicator(code: string): ProblemError {
  return new ProblemError({
    status: 404,
    code: 'unknown_indicator',
    title: { vi: 'Không có chỉ tiêu này', en: 'Unknown indicator' },
    message: { vi: `Không tìm thấy chỉ tiêu "${code}".`, en: `There is no indicator "${code}".` },
  });
}

export function invalidPeriod(detail: string): ProblemError {
  return new ProblemError({
    status: 400,
    code: 'invalid_period',
    title: { vi: 'Kỳ báo cáo không hợp lệ', en: 'Invalid period' },
    message: {
      vi: 'Kỳ báo cáo phải có dạng 2026, 2026-H1, 2026-Q1, 2026-03 hoặc 2026-01-01..2026-03-31.',
      en: 'The period must look like 2026, 2026-H1, 2026-Q1, 2026-03 or 2026-01-01..2026-03-31.',
    },
    detail,
  });
}

export function invalidDefinition(problems: string[]): ProblemError {
  return new ProblemError({
    status: 422,
    code: 'invalid_indicator_definition',
    title: { vi: 'Định nghĩa chỉ tiêu không hợp lệ', en: 'Invalid indicator definition' },
    message: {
      vi: 'Định nghĩa chỉ tiêu tham chiếu chỉ tiêu không tồn tại, tạo vòng lặp hoặc dùng nguồn dữ liệu chưa biết.',
      en: 'The definition refers to an unknown indicator, forms a cycle or uses an unknown data source.',
    },
    detail: problems.join('; '),
    extensions: { problems },
  });
}

export function staleDefinition(currentVersion: number): ProblemError {
  return new ProblemError({
    status: 409,
    code: 'stale_revision',
    title: { vi: 'Định nghĩa đã bị thay đổi', en: 'Stale version' },
    message: {
      vi: 'Chỉ tiêu đã được người khác sửa. Vui lòng tải lại rồi thử lại.',
      en: 'Someone else has changed this indicator. Please reload and try again.',
    },
    extensions: { currentVersion },
  });
}

export function codeMismatch(): ProblemError {
  return new ProblemError({
    status: 400,
    code: 'code_mismatch',
    title: { vi: 'Mã chỉ tiêu không khớp', en: 'Code mismatch' },
    message: {
      vi: 'Mã chỉ tiêu trong nội dung phải trùng với mã trong đường dẫn.',
      en: 'The indicator code in the body must match the one in the path.',
    },
  });
}
