import { describe, expect, it } from 'vitest';
import { expertInputSchema } from '../experts/expert.schema.js';
import { needInputSchema } from '../needs/need.schema.js';
import { offerInputSchema } from '../offers/offer.schema.js';
import { ReferenceCatalog } from '../reference/reference-catalog.js';
import { PROVINCES, SECTORS } from '../reference/reference-data.js';
import { buildDemoCatalogue } from './demo-catalogue.js';
import { DEMO_ORGANISATION_IDS, DEMO_ORGANISATIONS } from './demo-organisations.js';
import { areNearDuplicates, foldTitle, nearDuplicatePairs } from './title-similarity.js';

const catalogue = buildDemoCatalogue();
const reference = new ReferenceCatalog(SECTORS, PROVINCES);

describe('demo catalogue', () => {
  it('has at least 300 listings of every type', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(300);
    const count = (type: string) => catalogue.filter((item) => item.type === type).length;
    const offers = catalogue.filter((item) => item.type === 'offer');
    expect(offers.filter((o) => o.type === 'offer' && o.input.kind === 'equipment').length).toBeGreaterThanOrEqual(50);
    expect(offers.filter((o) => o.type === 'offer' && o.input.kind === 'technology').length).toBeGreaterThanOrEqual(
      100,
    );
    expect(count('need') + count('need-intake')).toBeGreaterThanOrEqual(50);
    expect(count('need-intake')).toBeGreaterThanOrEqual(10);
    expect(count('expert')).toBeGreaterThanOrEqual(30);
  });

  it('publishes at least 30 of each kind the portal has a tab for', () => {
    const published = catalogue.filter((item) => item.outcome.status === 'published');
    const kind = (item: (typeof catalogue)[number]) =>
      item.type === 'offer' ? item.input.kind : item.type === 'need-intake' ? 'need' : item.type;
    for (const k of ['technology', 'equipment', 'need', 'expert'])
      expect(published.filter((item) => kind(item) === k).length, k).toBeGreaterThanOrEqual(30);
  });

  it('publishes at least 300 listings, across the sectors the issue names and several provinces', () => {
    const published = catalogue.filter((item) => item.outcome.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(300);
    const sectorOf = (item: (typeof catalogue)[number]) =>
      'sectorCode' in item.input ? [item.input.sectorCode] : item.input.fieldCodes;
    const sectors = new Map<string, number>();
    for (const item of published) for (const code of sectorOf(item)) sectors.set(code, (sectors.get(code) ?? 0) + 1);
    for (const code of [
      'agri-processing',
      'ocop-food',
      'irrigation',
      'aquaculture',
      'it-digital',
      'materials',
      'health',
    ])
      expect(sectors.get(code) ?? 0, code).toBeGreaterThanOrEqual(10);
    const provinces = new Set(published.map((item) => item.input.locality.provinceCode));
    expect(provinces.size).toBeGreaterThanOrEqual(5);
  });

  it('gives the demo users’ organisations listings in every state of “my listings”', () => {
    for (const owner of ['songHau', 'caoLanh', 'agriInstitute'] as const) {
      const states = new Set(
        catalogue.flatMap((item) => ('owner' in item && item.owner === owner ? [item.outcome.status] : [])),
      );
      for (const status of ['published', 'submitted', 'draft', 'returned'])
        expect(states, `${owner}: ${status}`).toContain(status);
    }
  });

  it('has no two listings a searcher would take for the same one (the title variants of seed v1)', () => {
    const titles = catalogue.map((item) => ('title' in item.input ? item.input.title : item.input.fullName));
    expect(nearDuplicatePairs(titles)).toEqual([]);
    // drafts, pending and returned listings too: the moderation queue should not repeat itself
    expect(catalogue.filter((item) => item.outcome.status !== 'published').length).toBeGreaterThanOrEqual(30);
  });

  it('lists the same listing once for the searches that showed it five times', () => {
    const titles = catalogue
      .filter((item) => item.outcome.status === 'published' && item.type !== 'expert')
      .map((item) => ('title' in item.input ? foldTitle(item.input.title) : ''));
    for (const query of ['nuoc mam', 'duoc lieu', 'say xoai', 'sen']) {
      const hits = titles.filter((title) => ` ${title} `.includes(` ${query} `));
      expect(hits.length, query).toBeGreaterThan(0);
      expect(nearDuplicatePairs(hits), query).toEqual([]);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildDemoCatalogue())).toBe(JSON.stringify(catalogue));
  });

  it('passes the API validation and points at existing reference data', () => {
    for (const item of catalogue) {
      const schema =
        item.type === 'offer' ? offerInputSchema : item.type === 'expert' ? expertInputSchema : needInputSchema;
      const result = schema.safeParse(item.input);
      expect(
        result.success,
        `${JSON.stringify(item.input).slice(0, 120)}: ${JSON.stringify(result.error?.issues)}`,
      ).toBe(true);
      const input = item.input as {
        sectorCode?: string;
        fieldCodes?: string[];
        locality: { provinceCode: string; communeCode?: string };
      };
      for (const code of input.fieldCodes ?? [input.sectorCode ?? ''])
        expect(reference.checkSector(code, 'sector')).toEqual([]);
      expect(reference.checkLocality(input.locality)).toEqual([]);
    }
  });

  it('uses unique titles and no placeholder text', () => {
    const titles = catalogue.map((item) => ('title' in item.input ? item.input.title : item.input.fullName));
    expect(new Set(titles).size).toBe(titles.length);
    expect(JSON.stringify(catalogue)).not.toMatch(/lorem|ipsum|TODO|xxx/i);
  });

  it('publishes the listings the README and the browser tests name', () => {
    const published = (title: string) =>
      catalogue.find(
        (item) =>
          item.outcome.status === 'published' &&
          ('title' in item.input ? item.input.title : item.input.fullName) === title,
      );
    expect(published('Cần công nghệ sấy xoài giữ màu, giảm chi phí điện')).toMatchObject({
      input: { budget: { minVnd: '150000000', maxVnd: '400000000' } },
    });
    expect(published('Đinh Văn Khải')).toMatchObject({ owner: 'agriInstitute' });
    const search = foldTitle('may say nong san');
    expect(
      catalogue.filter((item) => 'title' in item.input && foldTitle(item.input.title).includes(search)),
    ).toHaveLength(1);
  });

  it('publishes "Máy sấy nông sản năng lượng mặt trời"', () => {
    const dryer = catalogue.find(
      (item) => item.type === 'offer' && item.input.title === 'Máy sấy nông sản năng lượng mặt trời',
    );
    expect(dryer?.outcome.status).toBe('published');
  });

  it('spreads listings over every state, sector and the demo users’ organisations', () => {
    expect(new Set(catalogue.map((item) => item.outcome.status))).toEqual(
      new Set(['published', 'submitted', 'draft', 'returned', 'archived']),
    );
    const sectors = new Set(
      catalogue.map((item) => ('sectorCode' in item.input ? item.input.sectorCode : item.input.fieldCodes[0])),
    );
    expect(sectors.size).toBeGreaterThanOrEqual(12);
    const owners = new Set(catalogue.flatMap((item) => ('owner' in item ? [item.owner] : [])));
    for (const key of ['songHau', 'caoLanh', 'agriInstitute'] as const) expect(owners).toContain(key);
  });

  it('keeps the demo users’ organisation ids stable', () => {
    expect(DEMO_ORGANISATION_IDS.songHau).toBe('01920000-0000-7000-8000-000000000101');
    expect(DEMO_ORGANISATIONS.find((o) => o.key === 'songHau')?.name).toBe('Công ty TNHH Nông sản Sông Hậu');
    expect(DEMO_ORGANISATIONS.find((o) => o.key === 'agriInstitute')?.name).toBe('Viện Nghiên cứu Nông nghiệp');
    expect(new Set(DEMO_ORGANISATIONS.map((o) => o.id)).size).toBe(DEMO_ORGANISATIONS.length);
  });
});

describe('near-duplicate titles', () => {
  it('folds tones, đ and case before comparing', () => {
    expect(foldTitle('Nước mắm cá linh Đồng Tháp')).toBe('nuoc mam ca linh dong thap');
  });

  it('flags the variants seed v1 made and titles one letter apart, not different listings', () => {
    expect(
      areNearDuplicates('Quy trình ủ nước mắm cá linh', 'Quy trình ủ nước mắm cá linh – chuyển giao trọn gói'),
    ).toBe(true);
    expect(areNearDuplicates('Cần máy rửa củ sen', 'Cần máy rửa củ sen tại Phường Sa Đéc')).toBe(true);
    expect(areNearDuplicates('Máy sấy lúa tầng sôi 10 tấn/mẻ', 'Máy sấy lúa tầng sôi 12 tấn/mẻ')).toBe(true);
    expect(areNearDuplicates('Nguyễn Văn Hùng', 'Nguyễn Văn Hưng')).toBe(true);
    expect(areNearDuplicates('Máy sấy lúa tầng sôi 10 tấn/mẻ', 'Máy bóc vỏ hạt điều bán tự động')).toBe(false);
    expect(areNearDuplicates('Chế phẩm vi sinh xử lý rơm rạ', 'Chế phẩm vi sinh xử lý bùn đáy ao')).toBe(false);
  });
});
