import { describe, expect, it } from 'vitest';
import { needInputSchema } from '../needs/need.schema.js';
import { offerInputSchema, offerUpdateSchema } from './offer.schema.js';

const valid = {
  kind: 'technology',
  title: 'Công nghệ sấy lạnh trái cây bằng bơm nhiệt',
  summary: 'Sấy lạnh ở 35–45 °C giữ màu tự nhiên và vitamin C của trái cây.',
  sectorCode: 'agri-processing',
  trl: 7,
  ipStatus: 'pending_application',
  transferModes: ['licence'],
  price: { negotiable: true },
  locality: { provinceCode: '87' },
  contact: { name: 'Lê Minh Tâm' },
};

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('offer input schema', () => {
  it('accepts a minimal technology offer and fills defaults', () => {
    const parsed = offerInputSchema.parse(valid);
    expect(parsed.description).toBe('');
    expect(parsed.keywords).toEqual([]);
  });

  it('normalises text: NFC, trimmed, collapsed whitespace, keywords deduplicated case-insensitively', () => {
    const parsed = offerInputSchema.parse({
      ...valid,
      title: '  Công   nghệ sấy lạnh\n trái cây '.normalize('NFD'),
      keywords: ['Sấy lạnh', 'sấy LẠNH', ' ', 'xoài'],
      transferModes: ['licence', 'licence', 'turnkey'],
    });
    expect(parsed.title).toBe('Công nghệ sấy lạnh trái cây');
    expect(parsed.title).toBe(parsed.title.normalize('NFC'));
    expect(parsed.keywords).toEqual(['Sấy lạnh', 'xoài']);
    expect(parsed.transferModes).toEqual(['licence', 'turnkey']);
  });

  it('enforces the field limits', () => {
    const result = offerInputSchema.safeParse({
      ...valid,
      title: 'Máy',
      summary: 'quá ngắn',
      description: 'x'.repeat(20_001),
      keywords: Array.from({ length: 21 }, (_, i) => `từ khóa ${i}`),
      trl: 10,
      transferModes: [],
    });
    expect(fieldsOf(result).sort()).toEqual(['description', 'keywords', 'summary', 'title', 'transferModes', 'trl']);
  });

  it('counts the limits after normalisation (whitespace padding does not pass a minimum)', () => {
    expect(fieldsOf(offerInputSchema.safeParse({ ...valid, title: '  ab       c ' }))).toEqual(['title']);
  });

  it('reads prices as Vietnamese users write them and stores digits', () => {
    expect(offerInputSchema.parse({ ...valid, price: { amountVnd: '150.000.000 đ' } }).price).toEqual({
      amountVnd: '150000000',
    });
    const bad = offerInputSchema.safeParse({ ...valid, price: { amountVnd: '1,5 triệu' } });
    expect(bad.success).toBe(false);
  });

  it('keeps markup as text', () => {
    const parsed = offerInputSchema.parse({ ...valid, title: '<script>alert(1)</script> máy sấy' });
    expect(parsed.title).toBe('<script>alert(1)</script> máy sấy');
  });

  it('requires equipment details for equipment offers and forbids them for technology', () => {
    expect(fieldsOf(offerInputSchema.safeParse({ ...valid, kind: 'equipment' }))).toEqual(['equipment']);
    const equipment = { specifications: [], condition: 'new', quantity: 1 };
    expect(fieldsOf(offerInputSchema.safeParse({ ...valid, equipment }))).toEqual(['equipment']);
    expect(offerInputSchema.safeParse({ ...valid, kind: 'equipment', equipment }).success).toBe(true);
  });

  it('lets used equipment leave TRL and IP status unknown, and nothing else', () => {
    const { trl: _trl, ipStatus: _ip, ...unknown } = valid;
    const machine = (condition: string) => ({
      ...unknown,
      kind: 'equipment',
      equipment: { specifications: [], condition, quantity: 1 },
    });
    for (const condition of ['used_good', 'used_fair', 'refurbished']) {
      const parsed = offerInputSchema.parse(machine(condition));
      expect(parsed.trl).toBeNull();
      expect(parsed.ipStatus).toBeNull();
      expect(offerInputSchema.parse({ ...machine(condition), trl: null, ipStatus: null }).trl).toBeNull();
    }
    expect(fieldsOf(offerInputSchema.safeParse(machine('new')))).toEqual(['trl', 'ipStatus']);
    expect(fieldsOf(offerInputSchema.safeParse(unknown))).toEqual(['trl', 'ipStatus']);
    const technology = offerInputSchema.safeParse({ ...valid, trl: null });
    expect((technology.error?.issues[0] as { params?: unknown } | undefined)?.params).toMatchObject({
      vi: expect.stringContaining('mức sẵn sàng'),
    });
    expect(fieldsOf(offerUpdateSchema.safeParse({ ...machine('new'), revision: 1 }))).toEqual(['trl', 'ipStatus']);
  });

  it('requires the revision on updates', () => {
    expect(fieldsOf(offerUpdateSchema.safeParse(valid))).toEqual(['revision']);
    expect(offerUpdateSchema.parse({ ...valid, revision: 3 }).revision).toBe(3);
  });
});

describe('need input schema', () => {
  const need = {
    title: 'Cần công nghệ sấy xoài giữ màu',
    problem: 'Chi phí điện chiếm gần 30% giá thành, sản phẩm bị sậm màu.',
    sectorCode: 'agri-processing',
    locality: { provinceCode: '87' },
    contact: { name: 'Võ Văn Lộc' },
  };

  it('accepts an open budget and an ISO date', () => {
    expect(needInputSchema.parse({ ...need, wantedBy: '2027-03-31' }).wantedBy).toBe('2027-03-31');
    expect(needInputSchema.safeParse({ ...need, wantedBy: '31/03/2027' }).success).toBe(false);
  });

  it('names budget.maxVnd when the range is inverted', () => {
    expect(
      fieldsOf(needInputSchema.safeParse({ ...need, budget: { minVnd: '500000000', maxVnd: '100.000.000' } })),
    ).toEqual(['budget.maxVnd']);
  });
});
