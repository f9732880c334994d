import { describe, expect, it } from 'vitest';
import { newListing } from '../moderation/listing-record.js';
import { canonical, importChanges, importedOwnerId, parseFeedRecord, type ReferenceChecks } from './import-rules.js';

const reference: ReferenceChecks = {
  checkSector: (code, field) =>
    code === 'agri-processing' || code === 'energy'
      ? []
      : [{ field, code: 'unknown_sector', message: { vi: `Lĩnh vực ${code} không có.`, en: `No sector ${code}.` } }],
  checkLocality: (locality, field = 'locality') =>
    locality.provinceCode === '87'
      ? []
      : [
          {
            field: `${field}.provinceCode`,
            code: 'unknown_province',
            message: { vi: 'Không có tỉnh.', en: 'No province.' },
          },
        ],
};

const offer = {
  type: 'offer',
  id: 'ext-1',
  sequence: '7',
  change: 'upsert',
  revision: 3,
  publishedAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  owner: { id: 'org-9', name: 'Viện Cơ điện' },
  listing: {
    kind: 'technology',
    title: 'Máy sấy nông sản năng lượng mặt trời',
    summary: 'Máy sấy kết hợp bộ thu nhiệt mặt trời, tiết kiệm 40–60% điện năng.',
    sectorCode: 'agri-processing',
    keywords: ['máy sấy'],
    trl: 8,
    ipStatus: 'utility_solution',
    transferModes: ['licence'],
    price: { amountVnd: '185000000' },
    locality: { provinceCode: '87' },
    contact: { name: 'Nguyễn Văn An' },
  },
};

describe('parseFeedRecord', () => {
  it('turns a valid upsert into listing content with the same rules as the local form', () => {
    const parsed = parseFeedRecord(offer, reference);
    expect(parsed).toMatchObject({
      ok: true,
      change: 'upsert',
      type: 'offer',
      externalId: 'ext-1',
      content: { title: offer.listing.title, price: { amountVnd: 185000000n }, contact: { email: null } },
    });
  });

  it('reports schema problems under listing.* in Vietnamese and English', () => {
    const parsed = parseFeedRecord({ ...offer, listing: { ...offer.listing, trl: 12 } }, reference);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed).toMatchObject({ type: 'offer', externalId: 'ext-1' });
    expect(parsed.problems[0]?.field).toBe('listing.trl');
    expect(parsed.problems[0]?.message.vi).not.toEqual(parsed.problems[0]?.message.en);
  });

  it('checks reference codes (an expert’s every field, the locality)', () => {
    const parsed = parseFeedRecord(
      {
        ...offer,
        type: 'expert',
        listing: {
          fullName: 'Lê Minh Châu',
          fieldCodes: ['energy', 'alchemy'],
          keywords: ['sấy'],
          availableForConsulting: true,
          locality: { provinceCode: '01' },
          contact: { name: 'Lê Minh Châu' },
        },
      },
      reference,
    );
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.field)).toEqual([
      'listing.fieldCodes.1',
      'listing.locality.provinceCode',
    ]);
  });

  it('accepts tombstones without a listing and rejects records that are not feed items', () => {
    expect(
      parseFeedRecord(
        { type: 'need', id: 'n-1', sequence: '9', change: 'tombstone', reason: 'expired', at: 'x' },
        reference,
      ),
    ).toEqual({
      ok: true,
      change: 'tombstone',
      type: 'need',
      externalId: 'n-1',
    });
    const wrong = parseFeedRecord({ type: 'startup', id: 's', change: 'upsert' }, reference);
    expect(wrong).toMatchObject({ ok: false, type: 'startup', externalId: 's' });
    expect(parseFeedRecord(null, reference).ok).toBe(false);
    expect(parseFeedRecord({ ...offer, id: '' }, reference).ok).toBe(false);
  });
});

describe('importedOwnerId', () => {
  it('is a stable UUID per (source, owner) and differs across sources', () => {
    const id = importedOwnerId('vinatech', 'org-9');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(importedOwnerId('vinatech', 'org-9')).toBe(id);
    expect(importedOwnerId('mekong', 'org-9')).not.toBe(id);
  });
});

describe('importChanges', () => {
  const parsed = parseFeedRecord(offer, reference);
  if (!parsed.ok || parsed.change !== 'upsert') throw new Error('fixture');
  const provenance = {
    sourceCode: 'vinatech',
    sourceName: { vi: 'Sàn quốc gia', en: 'National exchange' },
    externalId: 'ext-1',
  };
  const incoming = { content: parsed.content, ownerOrganisationId: 'o-1', provenance };
  const current = {
    ...newListing({ id: 'l-1', ownerOrganisationId: 'o-1', createdBy: 'x', content: parsed.content, now: new Date(0) }),
    status: 'published' as const,
    provenance: { ...provenance, importedAt: '2026-01-01T00:00:00.000Z' },
  };

  it('is false for the same content read back in another key order (a re-import writes nothing)', () => {
    const reordered = JSON.parse(
      JSON.stringify(Object.entries(parsed.content as object).reverse(), (_k, v) =>
        typeof v === 'bigint' ? v.toString() : v,
      ),
    );
    expect(canonical(Object.fromEntries(reordered))).toBe(canonical(parsed.content));
    expect(importChanges(current, incoming)).toBe(false);
  });

  it('is true for new, changed, archived or lapsed copies and a renamed source', () => {
    expect(importChanges(null, incoming)).toBe(true);
    expect(importChanges({ ...current, content: { ...(parsed.content as object), title: 'Khác' } }, incoming)).toBe(
      true,
    );
    expect(importChanges({ ...current, status: 'archived' }, incoming)).toBe(true);
    expect(importChanges({ ...current, expiredAt: new Date() }, incoming)).toBe(true);
    expect(
      importChanges(current, { ...incoming, provenance: { ...provenance, sourceName: { vi: 'Mới', en: 'New' } } }),
    ).toBe(true);
    expect(importChanges(current, { ...incoming, ownerOrganisationId: 'o-2' })).toBe(true);
  });
});
