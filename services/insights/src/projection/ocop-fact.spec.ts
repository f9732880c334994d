import { create } from '@bufbuild/protobuf';
import { OcopProductFactsSchema } from '@sti/contracts';
import { describe, expect, it } from 'vitest';
import { hasDataSource } from '../indicators/indicator-evaluator.js';
import { SHIPPED_DEFINITIONS } from '../seed/reference-seeder.js';
import { OCOP_STREAM, ocopFact } from './fact.mapper.js';

const product = create(OcopProductFactsSchema, {
  id: '01930000-0000-7000-8000-0000000000aa',
  organisation: { id: 'org-1', name: 'Hợp tác xã Xoài Cao Lãnh' },
  name: 'Xoài sấy dẻo',
  category: 'food',
  targetStars: 4,
  localityCode: '87',
});

describe('OCOP facts (ipsupport.ocop.v1)', () => {
  it('counts a product once, and its barcode and its mark once each, apart from the product', () => {
    const at = new Date('2026-12-05T03:00:00Z');
    const enrolled = ocopFact(product, 'product', at);
    const barcode = ocopFact(product, 'barcode', at);
    const mark = ocopFact(product, 'mark', at);
    expect(new Set([enrolled.entityId, barcode.entityId, mark.entityId]).size).toBe(3);
    expect(enrolled).toMatchObject({
      stream: OCOP_STREAM,
      entityId: product.id,
      organisationId: 'org-1',
      attributes: { kind: 'product', category: 'food' },
      timeMode: 'first',
    });
    expect(enrolled.locality.provinceCode).toBe('87');
    expect(barcode.attributes.kind).toBe('barcode');
    expect(mark.attributes.kind).toBe('mark');
  });

  it('ships the three OCOP indicators over a stream that has a data source', () => {
    const map = new Map(SHIPPED_DEFINITIONS.definitions.map((d) => [d.code, d]));
    for (const code of ['ip.ocop_products_supported', 'ip.ocop_marks_registered', 'ip.ocop_barcodes_issued']) {
      expect(hasDataSource(code, map), code).toBe(true);
    }
  });
});
