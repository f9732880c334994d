// What can be wrong with one row of an import file, with the message in Vietnamese and English.
import { columnByKey, type ImportColumnKey } from './import-columns.js';

export type RowIssueCode =
  | 'required'
  | 'too_long'
  | 'markup'
  | 'bad_identifier'
  | 'bad_date'
  | 'future_date'
  | 'unknown_field'
  | 'unknown_locality'
  | 'authors_format'
  | 'shares_sum'
  | 'bad_amount'
  | 'duplicate_in_file';

export interface RowIssue {
  /** the row number as a spreadsheet shows it (the heading row is 1) */
  row: number;
  field: ImportColumnKey;
  code: RowIssueCode;
  message: { vi: string; en: string };
}

export interface IssueParams {
  max?: number;
  value?: string;
  sum?: number;
  firstRow?: number;
}

export function rowIssue(row: number, field: ImportColumnKey, code: RowIssueCode, params: IssueParams = {}): RowIssue {
  const column = columnByKey(field);
  const vi = column.vi;
  const en = column.en;
  const value = params.value === undefined ? '' : ` "${params.value.slice(0, 60)}"`;
  const messages: Record<RowIssueCode, { vi: string; en: string }> = {
    required: { vi: `Thiếu ${vi}.`, en: `${en} is missing.` },
    too_long: { vi: `${vi} dài quá ${params.max} ký tự.`, en: `${en} is longer than ${params.max} characters.` },
    markup: {
      vi: `${vi} chứa thẻ HTML hoặc mã đánh dấu; hãy xoá chúng (dòng không được nhập).`,
      en: `${en} contains HTML tags or markup; remove them (the row was not imported).`,
    },
    bad_identifier: {
      vi: `${vi}${value} chỉ được gồm chữ không dấu, số và . _ / -.`,
      en: `${en}${value} may only contain unaccented letters, digits and . _ / -.`,
    },
    bad_date: {
      vi: `${vi}${value} không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).`,
      en: `${en}${value} is not a valid date (dd/mm/yyyy or yyyy-mm-dd).`,
    },
    future_date: { vi: `${vi}${value} ở sau ngày hôm nay.`, en: `${en}${value} is after today.` },
    unknown_field: {
      vi: `${vi}${value} không có trong danh mục lĩnh vực.`,
      en: `${en}${value} is not in the list of fields.`,
    },
    unknown_locality: {
      vi: `${vi}${value} không có trong danh mục địa bàn.`,
      en: `${en}${value} is not in the list of localities.`,
    },
    authors_format: {
      vi: `${vi}${value} phải có dạng "Tên (tỷ lệ %)" cách nhau bởi dấu chấm phẩy, tỷ lệ là số nguyên từ 1 đến 100.`,
      en: `${en}${value} must read "Name (share %)" separated by semicolons, shares whole numbers from 1 to 100.`,
    },
    shares_sum: {
      vi: `Tổng tỷ lệ đóng góp của các tác giả là ${params.sum}%, phải bằng 100%.`,
      en: `The authors' shares add up to ${params.sum}%, they must add up to 100%.`,
    },
    bad_amount: {
      vi: `${vi}${value} phải là số nguyên đồng không âm.`,
      en: `${en}${value} must be a whole, non-negative number of dong.`,
    },
    duplicate_in_file: {
      vi: `${vi}${value} trùng với dòng ${params.firstRow} trong cùng tệp (cùng đơn vị nguồn); chỉ dòng ${params.firstRow} được xét.`,
      en: `${en}${value} repeats row ${params.firstRow} of the same file (same source unit); only row ${params.firstRow} is considered.`,
    },
  };
  return { row, field, code, message: messages[code] };
}
