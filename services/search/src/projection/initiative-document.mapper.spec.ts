import { RecordOrigin } from '@sti/contracts';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../engine/index.js';
import { initiativeDocument } from './initiative-document.mapper.js';
import { recordId, repositoryRecord } from './testing/initiative-records.js';

describe('repository record → search document', () => {
  it('maps a recognised initiative with what the repository page shows, and nothing private', () => {
    const doc = initiativeDocument(repositoryRecord({ id: recordId(1), revision: 4 }));
    expect(validateDocument(doc)).toEqual(doc);
    expect(doc).toMatchObject({
      id: recordId(1),
      type: 'initiative',
      title: 'Sáng kiến giảm thời gian chờ khám bệnh tại khoa khám bệnh',
      body: 'Thời gian chờ trung bình giảm từ 90 xuống 35 phút.',
      ownerName: 'Sở Y tế Đồng Tháp',
      locality: { provinceCode: '87', communeCode: '87001', communeName: 'Phường Cao Lãnh' },
      sector: null,
      publishedAt: '2025-12-15T00:00:00.000Z',
      version: 4,
    });
    expect(doc.initiative).toEqual({
      field: { code: 'y-te', nameVi: 'Y tế', nameEn: 'Health care' },
      unitName: 'Khoa Khám bệnh, Bệnh viện Đa khoa Đồng Tháp',
      year: 2025,
      origin: 'campaign',
      benefitVnd: 120_000_000,
      hasCertificate: true,
      recognisedOn: '2025-12-15',
      decisionNumber: '125/QĐ-SKHCN',
      authors: ['Trần Thị Mai', 'Lê Văn Hùng'],
    });
    // the certificate code verifies a holder's certificate: search only says there is one
    expect(JSON.stringify(doc)).not.toContain('SK-2025-000123');
  });

  it('maps an imported record without certificate, date or decision', () => {
    const doc = initiativeDocument(
      repositoryRecord({
        id: recordId(2),
        origin: RecordOrigin.IMPORT,
        certificateCode: '',
        recognisedOn: '',
        decisionNumber: '',
        benefitVnd: 0n,
        field: undefined,
        locality: { provinceCode: '87', provinceName: 'Đồng Tháp' },
        year: 2019,
      }),
    );
    expect(doc.initiative).toMatchObject({
      origin: 'import',
      hasCertificate: false,
      recognisedOn: null,
      decisionNumber: null,
      benefitVnd: 0,
      field: null,
      year: 2019,
    });
    expect(doc.locality).toMatchObject({ communeCode: null, communeName: null });
    // newest-first orders it at the start of its year
    expect(doc.publishedAt).toBe('2019-01-01T00:00:00.000Z');
  });

  it('takes the year from the decision date when the record has none, and keeps bad dates out', () => {
    expect(initiativeDocument(repositoryRecord({ id: recordId(3), year: 0 })).initiative?.year).toBe(2025);
    const odd = initiativeDocument(repositoryRecord({ id: recordId(4), recognisedOn: '15/12/2025', year: 2024 }));
    expect(odd.initiative?.recognisedOn).toBeNull();
    expect(odd.publishedAt).toBe('2024-01-01T00:00:00.000Z');
  });
});
