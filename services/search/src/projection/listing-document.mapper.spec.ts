import { create } from '@bufbuild/protobuf';
import {
  EquipmentCondition,
  ExpertSchema,
  IpStatus,
  NeedSchema,
  OfferKind,
  OfferSchema,
  TransferMode,
} from '@sti/contracts';
import { describe, expect, it } from 'vitest';
import { expertDocument, needDocument, offerDocument } from './listing-document.mapper.js';

describe('listing → search document', () => {
  it('maps a technology offer with the HTTP contract’s enum spellings', () => {
    const doc = offerDocument(
      create(OfferSchema, {
        id: 'o1',
        kind: OfferKind.TECHNOLOGY,
        title: 'Máy sấy nông sản năng lượng mặt trời',
        summary: 'Sấy xoài, chuối',
        description: 'Mô tả đầy đủ',
        sector: { code: 'agri-processing', nameVi: 'Chế biến nông sản', nameEn: 'Agricultural processing' },
        trl: 7,
        ipStatus: IpStatus.UTILITY_SOLUTION,
        transferModes: [TransferMode.JOINT_VENTURE, TransferMode.CONSULTING_TRAINING],
        locality: { provinceCode: '87', provinceName: 'Đồng Tháp' },
        owner: { id: 'org', name: 'Viện Nghiên cứu Nông nghiệp' },
        price: { value: { case: 'negotiable', value: true } },
        revision: 3,
        publishedAt: '2026-11-01T00:00:00.000Z',
      }),
    );
    expect(doc).toMatchObject({
      id: 'o1',
      type: 'offer',
      trl: 7,
      ipStatus: 'utility_solution',
      transferModes: ['joint_venture', 'consulting_training'],
      ownerName: 'Viện Nghiên cứu Nông nghiệp',
      locality: { provinceCode: '87', communeCode: null },
      condition: null,
      price: { negotiable: true },
      version: 3,
    });
  });

  it('files equipment under its own type with its condition and price, and searches its specifications', () => {
    const doc = offerDocument(
      create(OfferSchema, {
        id: 'e1',
        kind: OfferKind.EQUIPMENT,
        title: 'Máy đóng gói',
        price: { value: { case: 'amountVnd', value: 150_000_000n } },
        equipment: {
          specifications: [{ name: 'Công suất', value: '2 kW' }],
          condition: EquipmentCondition.USED_GOOD,
          quantity: 1,
        },
      }),
    );
    expect(doc.type).toBe('equipment');
    expect(doc.condition).toBe('used_good');
    expect(doc.price).toEqual({ amountVnd: 150_000_000 });
    expect(doc.body).toContain('Công suất 2 kW');
    expect(doc.trl).toBeNull();
    expect(doc.ipStatus).toBeNull();
  });

  it('leaves condition and price empty when the snapshot has none', () => {
    const doc = offerDocument(create(OfferSchema, { id: 'e2', kind: OfferKind.EQUIPMENT, title: 'Máy cũ' }));
    expect(doc).toMatchObject({ condition: null, price: null });
    const refurbished = offerDocument(
      create(OfferSchema, {
        id: 'e3',
        kind: OfferKind.EQUIPMENT,
        title: 'Máy xay',
        equipment: { condition: EquipmentCondition.REFURBISHED },
      }),
    );
    expect(refurbished.condition).toBe('refurbished');
  });

  it('maps needs and experts', () => {
    expect(
      needDocument(
        create(NeedSchema, { id: 'n1', title: 'Cần công nghệ', problem: 'x'.repeat(500), desiredTrl: 5, revision: 1 }),
      ),
    ).toMatchObject({ type: 'need', trl: 5, summary: expect.stringMatching(/…$/) });
    expect(
      expertDocument(
        create(ExpertSchema, {
          id: 'x1',
          fullName: 'Nguyễn Văn An',
          academicTitle: 'PGS.TS.',
          fields: [{ code: 'aquaculture', nameVi: 'Nuôi trồng thủy sản', nameEn: 'Aquaculture' }],
          organisation: { id: 'o', name: 'Đại học Cần Thơ' },
        }),
      ),
    ).toMatchObject({
      type: 'expert',
      title: 'PGS.TS. Nguyễn Văn An',
      summary: 'Nuôi trồng thủy sản — Đại học Cần Thơ',
    });
  });
});
