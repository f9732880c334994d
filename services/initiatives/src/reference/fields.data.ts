// Fields of application (lĩnh vực) an initiative is filed under. Shipped reference data: synced into
// the `fields` table at start; a retired field gets a valid_to date instead of being deleted.
export interface FieldData {
  code: string;
  nameVi: string;
  nameEn: string;
  validFrom?: string;
  validTo?: string;
}

export const FIELDS: readonly FieldData[] = [
  { code: 'education', nameVi: 'Giáo dục và đào tạo', nameEn: 'Education and training' },
  { code: 'health', nameVi: 'Y tế và chăm sóc sức khỏe', nameEn: 'Health care' },
  { code: 'agriculture', nameVi: 'Nông nghiệp, thủy sản', nameEn: 'Agriculture and aquaculture' },
  { code: 'administrative-reform', nameVi: 'Cải cách hành chính', nameEn: 'Administrative reform' },
  { code: 'digital-transformation', nameVi: 'Chuyển đổi số', nameEn: 'Digital transformation' },
  { code: 'industry', nameVi: 'Công nghiệp, xây dựng', nameEn: 'Industry and construction' },
  { code: 'environment', nameVi: 'Tài nguyên và môi trường', nameEn: 'Natural resources and environment' },
  { code: 'culture-society', nameVi: 'Văn hóa, xã hội', nameEn: 'Culture and society' },
  { code: 'finance', nameVi: 'Tài chính, kế toán', nameEn: 'Finance and accounting' },
  { code: 'security-order', nameVi: 'Quốc phòng, an ninh, trật tự', nameEn: 'Security and public order' },
];
