// The rights the service helps with, as the national IP office names them (Luật Sở hữu trí tuệ).
import type { IpRightCode, SubjectKindCode } from './reference.schema.js';

export interface RightInfo {
  code: IpRightCode;
  nameVi: string;
  nameEn: string;
  /** marks are examined by goods/services (Nice classes); patents by claims; designs by variants */
  countedBy: 'nice_classes' | 'claims' | 'designs' | 'none';
}

export const RIGHTS: readonly RightInfo[] = [
  { code: 'trademark', nameVi: 'Nhãn hiệu', nameEn: 'Trademark', countedBy: 'nice_classes' },
  { code: 'collective_mark', nameVi: 'Nhãn hiệu tập thể', nameEn: 'Collective mark', countedBy: 'nice_classes' },
  {
    code: 'certification_mark',
    nameVi: 'Nhãn hiệu chứng nhận',
    nameEn: 'Certification mark',
    countedBy: 'nice_classes',
  },
  { code: 'patent', nameVi: 'Sáng chế', nameEn: 'Patent (invention)', countedBy: 'claims' },
  { code: 'utility_solution', nameVi: 'Giải pháp hữu ích', nameEn: 'Utility solution', countedBy: 'claims' },
  { code: 'industrial_design', nameVi: 'Kiểu dáng công nghiệp', nameEn: 'Industrial design', countedBy: 'designs' },
  {
    code: 'geographical_indication',
    nameVi: 'Chỉ dẫn địa lý',
    nameEn: 'Geographical indication',
    countedBy: 'none',
  },
];

export const SUBJECT_KINDS: readonly { code: SubjectKindCode; nameVi: string; nameEn: string }[] = [
  { code: 'product', nameVi: 'Sản phẩm', nameEn: 'Product' },
  { code: 'technology', nameVi: 'Công nghệ', nameEn: 'Technology' },
  { code: 'ocop_product', nameVi: 'Sản phẩm OCOP', nameEn: 'OCOP product' },
  { code: 'initiative', nameVi: 'Sáng kiến đã được công nhận', nameEn: 'Recognised initiative' },
  { code: 'techmart_offer', nameVi: 'Chào bán công nghệ trên Techmart', nameEn: 'Techmart technology offer' },
];
