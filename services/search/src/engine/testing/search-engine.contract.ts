// The SearchEngine contract: one suite, run against every adapter (embedded always; Meilisearch
// when MEILI_URL is set). An adapter is correct for the search service when this suite passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INITIATIVE_FACETS,
  LISTING_TYPES,
  type SearchDocument,
  type SearchEngine,
  type SearchResult,
} from '../search-engine.port.js';
import { CONTRACT_DOCUMENTS, contractDocument, INITIATIVE_DOCUMENTS } from './contract-fixtures.js';

export interface ContractSubject {
  engine: SearchEngine;
  /** closes the engine and opens a new one on the same storage (persistence across restarts) */
  reopen(): Promise<SearchEngine>;
  cleanup(): Promise<void>;
}

const ids = (result: SearchResult) => result.hits.map((h) => h.id);
const doc = (id: string) => CONTRACT_DOCUMENTS.find((d) => d.id === id) as SearchDocument;
const rangeOf = (text: string, word: string): [number, number] => {
  const at = text.indexOf(word);
  return [at, at + word.length];
};

export function describeSearchEngineContract(name: string, create: () => Promise<ContractSubject>): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let subject: ContractSubject;
    let engine: SearchEngine;

    beforeAll(async () => {
      subject = await create();
      engine = subject.engine;
      await engine.ensureIndex();
      await engine.clear();
      const result = await engine.upsert(CONTRACT_DOCUMENTS);
      expect(result.applied).toHaveLength(CONTRACT_DOCUMENTS.length);
    });

    afterAll(async () => {
      await subject?.cleanup();
    });

    const found = async (id: string, q: string) => ids(await engine.search({ q, limit: 100 })).includes(id);

    describe('matching', () => {
      it('finds accented text from an accentless query', async () => {
        const result = await engine.search({ q: 'may say nong san' });
        expect(ids(result)).toEqual(['offer-dryer']);
        expect(result.total).toBe(1);
      });

      it('finds `sáng kiến` from `sang kien`, ranked before a listing with only one of the words', async () => {
        const initiative = contractDocument({ id: 'initiative', title: 'Sáng kiến cải tiến máy gặt lúa' });
        const other = contractDocument({
          id: 'other',
          title: 'Hệ thống chiếu sáng tiết kiệm',
          publishedAt: '2026-12-01T00:00:00.000Z',
        });
        await engine.upsert([initiative, other]);
        try {
          expect(ids(await engine.search({ q: 'sang kien' }))).toEqual(['initiative']);
          expect(ids(await engine.search({ q: 'SÁNG KIẾN' }))).toEqual(['initiative']);
        } finally {
          await engine.remove(['initiative', 'other']);
        }
      });

      it('treats NFC and NFD input alike, and ignores case', async () => {
        const nfd = await engine.search({ q: 'MÁY SẤY'.normalize('NFD') });
        const nfc = await engine.search({ q: 'máy sấy'.normalize('NFC') });
        expect(ids(nfd)).toEqual(['offer-dryer']);
        expect(ids(nfc)).toEqual(['offer-dryer']);
      });

      it('folds đ to d', async () => {
        const result = await engine.search({ q: 'dong thap' });
        expect(result.total).toBe(7);
        expect(result.hits[0]?.id).toBe('offer-brick'); // the one with Đồng Tháp in its title
      });

      it('returns only documents matching every word when there are any', async () => {
        expect(ids(await engine.search({ q: 'máy sấy' }))).toEqual(['offer-dryer']);
        expect(ids(await engine.search({ q: 'tro trấu' }))).toEqual(['offer-brick']);
      });

      it('falls back to documents matching some words, most words first, when none matches all', async () => {
        const result = await engine.search({ q: 'máy sấy tôm' });
        expect(result.hits[0]?.id).toBe('offer-dryer'); // two of the three words
        expect(ids(result)).toContain('offer-iot-shrimp'); // one
        expect(result.total).toBe(result.hits.length);
        const [hit] = result.hits;
        expect(hit?.highlights.title.map(([s, e]) => doc('offer-dryer').title.slice(s, e))).toEqual(['Máy', 'sấy']);
      });

      it('finds the listing for a pasted sentence (issue: 0 results before)', async () => {
        const result = await engine.search({ q: 'Mỗi ngày ra vài tấn tro trấu, chở đi đổ tốn tiền' });
        expect(result.hits[0]?.id).toBe('offer-brick');
      });

      it('lets stop words weigh nothing in the fallback', async () => {
        // `cho` is in four listings; as a stop word it does not pull them in
        expect(ids(await engine.search({ q: 'tro trấu cho xyzzy' }))).toEqual(['offer-brick']);
        // alone, a stop word is still searched
        expect((await engine.search({ q: 'của' })).total).toBe(0);
        expect((await engine.search({ q: 'cho' })).total).toBeGreaterThan(0);
      });

      it('completes the last word as a prefix (as-you-type)', async () => {
        const result = await engine.search({ q: 'gạch không nu' });
        expect(ids(result)).toEqual(['offer-brick']);
      });

      it('completes the last word to every completion, so totals are exact', async () => {
        // 60 distinct words sharing the prefix `zq` (the embedded engine used to keep 50 completions)
        const letters = 'abcdefghiklmnoprstuvxy';
        const seeds = Array.from({ length: 60 }, (_, i) =>
          contractDocument({
            id: `prefix-${i}`,
            title: `Giống lúa zq${letters[Math.floor(i / letters.length)]}${letters[i % letters.length]}`,
          }),
        );
        await engine.upsert(seeds);
        try {
          const result = await engine.search({ q: 'giống lúa zq', limit: 100 });
          expect(result.total).toBe(60);
          expect(result.hits).toHaveLength(60);
        } finally {
          await engine.remove(seeds.map((d) => d.id));
        }
      });

      it('tolerates one typo in a word of five letters or more', async () => {
        const result = await engine.search({ q: 'luonq mặt trời' });
        expect(ids(result)).toEqual(['offer-dryer']);
      });

      it('tolerates no typo in a shorter word', async () => {
        expect((await engine.search({ q: 'nanq' })).total).toBe(0); // năng is one edit away, but 4 letters
        expect((await engine.search({ q: 'tam' })).total).toBe(0); // tôm is one edit away, but 3 letters
      });

      it('tolerates no typo on the first letter (Meilisearch counts it as two)', async () => {
        expect(ids(await engine.search({ q: 'luonq' }))).toEqual(['offer-dryer']);
        expect((await engine.search({ q: 'muong' })).total).toBe(0);
        expect((await engine.search({ q: 'uluong' })).total).toBe(0);
      });

      it('ranks exact matches before typo matches', async () => {
        const exact = contractDocument({ id: 'rank-exact', title: 'Bộ xử lý nước giếng khoan', body: 'Giảm nitrat.' });
        const typo = contractDocument({
          id: 'rank-typo',
          title: 'Cảm biến nitrit cho ao nuôi',
          publishedAt: '2026-12-01T00:00:00.000Z', // newer: only the typo rule puts it second
        });
        await engine.upsert([exact, typo]);
        expect(ids(await engine.search({ q: 'nitrat' }))).toEqual(['rank-exact', 'rank-typo']);
        await engine.remove(['rank-exact', 'rank-typo']);
      });

      it('expands abbreviation synonyms both ways', async () => {
        expect(ids(await engine.search({ q: 'CNTT' }))).toContain('expert-it');
        expect(ids(await engine.search({ q: 'Internet vạn vật' }))).toEqual(['offer-iot-shrimp']);
        expect(ids(await engine.search({ q: 'htx' })).sort()).toEqual(['need-aquaculture', 'offer-nem']);
        expect(ids(await engine.search({ q: 'NTTS' })).sort()).toEqual(['need-aquaculture', 'offer-iot-shrimp']);
      });
    });

    describe('highlights', () => {
      it('returns ranges into the original accented title and summary', async () => {
        const [hit] = (await engine.search({ q: 'may say' })).hits;
        expect(hit?.highlights.title).toEqual([
          [0, 3],
          [4, 7],
        ]);
        expect(hit?.highlights.summary).toEqual([
          [0, 3],
          [4, 7],
        ]);
        const title = doc('offer-dryer').title;
        expect(hit?.highlights.title.map(([s, e]) => title.slice(s, e))).toEqual(['Máy', 'sấy']);
      });

      it('highlights a synonym phrase as one range', async () => {
        const result = await engine.search({ q: 'CNTT' });
        const hit = result.hits.find((h) => h.id === 'expert-it');
        expect(hit?.highlights.title).toEqual([rangeOf(doc('expert-it').title, 'công nghệ thông tin')]);
      });

      it('highlights typo and prefix matches', async () => {
        const [typo] = (await engine.search({ q: 'luonq mặt trời' })).hits;
        const title = doc('offer-dryer').title;
        expect(typo?.highlights.title).toEqual([
          rangeOf(title, 'lượng'),
          rangeOf(title, 'mặt'),
          rangeOf(title, 'trời'),
        ]);
        const [prefix] = (await engine.search({ q: 'tro tr' })).hits;
        const brick = doc('offer-brick').title;
        expect(prefix?.highlights.title).toEqual([rangeOf(brick, 'tro'), rangeOf(brick, 'trấu')]);
      });
    });

    describe('facets and filters', () => {
      it('counts facets over all hits', async () => {
        const { facets, total } = await engine.search({ q: '' });
        expect(total).toBe(8);
        expect(facets.type).toEqual({ offer: 5, equipment: 1, need: 1, expert: 1 });
        expect(facets.sector).toEqual({ NTTS: 2, CBNS: 1, THL: 1, CNTT: 1, OCOP: 1, VL: 1, CN: 1 });
        expect(facets.trl).toEqual({ '5': 1, '6': 2, '7': 2, '8': 1, '9': 1 });
        expect(facets.locality).toEqual({ '87': 7, '92': 1 });
        expect(facets.commune?.['87001']).toBe(2);
        expect(facets.transferMode).toEqual({
          licence: 3,
          turnkey: 1,
          assignment: 1,
          consulting_training: 2,
          joint_venture: 1,
        });
        expect(facets.ipStatus).toEqual({
          granted_patent: 1,
          none: 2,
          pending_application: 1,
          know_how: 1,
          utility_solution: 1,
        });
      });

      it('counts each facet without its own filter (disjunctive), with the other facets filters', async () => {
        const all = await engine.search({ q: '' });
        const oneSector = await engine.search({ q: '', filters: { sector: ['NTTS'] } });
        expect(oneSector.total).toBe(2);
        expect(oneSector.facets.sector).toEqual(all.facets.sector); // the other sectors stay reachable
        expect(oneSector.facets.type).toEqual({ offer: 1, need: 1 });
        const both = await engine.search({ q: '', filters: { type: ['offer'], sector: ['NTTS', 'CBNS'] } });
        expect(both.total).toBe(2);
        expect(both.facets.type).toEqual({ offer: 2, need: 1 }); // within the two sectors
        expect(both.facets.sector).toEqual({ NTTS: 1, CBNS: 1, OCOP: 1, VL: 1, CN: 1 }); // within offers
        expect(both.facets.trl).toEqual({ '5': 1, '7': 1 }); // unfiltered facet: over the hits
        const text = await engine.search({ q: 'cảnh báo', filters: { type: ['offer'] } });
        expect(ids(text)).toEqual(['offer-iot-shrimp']);
        expect(text.facets.type).toEqual({ offer: 1, equipment: 1 });
      });

      it('filters and counts equipment by condition, and returns condition and price with hits', async () => {
        const { facets } = await engine.search({ q: '' });
        expect(facets.condition).toEqual({ used_good: 1 });
        const used = await engine.search({ q: '', filters: { condition: ['used_good', 'new'] } });
        expect(ids(used)).toEqual(['equipment-salinity']);
        expect(used.hits[0]).toMatchObject({ condition: 'used_good', price: { amountVnd: 45_000_000 } });
        const [dryer] = (await engine.search({ q: 'may say nong san' })).hits;
        expect(dryer).toMatchObject({ condition: null, price: { negotiable: true } });
        const [brick] = (await engine.search({ q: 'gạch' })).hits;
        expect(brick).toMatchObject({ condition: null, price: null });
      });

      it('counts facets of a text query', async () => {
        const { facets } = await engine.search({ q: 'cảnh báo' });
        expect(facets.type).toEqual({ offer: 1, equipment: 1 });
      });

      it('filters with AND across facets and OR within one', async () => {
        const a = await engine.search({ q: '', filters: { type: ['offer'], sector: ['NTTS', 'CBNS'] } });
        expect(ids(a).sort()).toEqual(['offer-dryer', 'offer-iot-shrimp']);
        const b = await engine.search({ q: '', filters: { trl: [7, 9] } });
        expect(ids(b).sort()).toEqual(['offer-brick', 'offer-dryer', 'offer-nem']);
        const c = await engine.search({ q: '', filters: { transferMode: ['licence'], locality: ['87'] } });
        expect(c.total).toBe(3);
        expect(c.facets.type).toEqual({ offer: 3 });
        const d = await engine.search({ q: 'nuôi', filters: { type: ['need', 'expert'] } });
        expect(ids(d)).toEqual(['need-aquaculture']);
        const e = await engine.search({ q: '', filters: { ipStatus: ['no-such-status'] } });
        expect(e.total).toBe(0);
      });
    });

    describe('sort and pagination', () => {
      const newestFirst = [
        'offer-iot-shrimp',
        'equipment-salinity',
        'need-aquaculture',
        'offer-dryer',
        'offer-brick',
        'offer-farm',
        'offer-nem',
        'expert-it',
      ];

      it('sorts by newest', async () => {
        expect(ids(await engine.search({ q: '', sort: 'newest' }))).toEqual(newestFirst);
      });

      it('sorts an empty query by newest under relevance too', async () => {
        expect(ids(await engine.search({ q: '' }))).toEqual(newestFirst);
      });

      it('pages', async () => {
        const page2 = await engine.search({ q: '', sort: 'newest', page: 2, limit: 3 });
        expect(page2).toMatchObject({ total: 8, page: 2, limit: 3 });
        expect(ids(page2)).toEqual(newestFirst.slice(3, 6));
        const beyond = await engine.search({ q: '', page: 9, limit: 3 });
        expect(beyond.hits).toEqual([]);
        expect(beyond.total).toBe(8);
      });

      it('returns the listing fields with each hit', async () => {
        const [hit] = (await engine.search({ q: 'gạch' })).hits;
        const brick = doc('offer-brick');
        expect(hit).toMatchObject({
          id: brick.id,
          type: 'offer',
          title: brick.title,
          summary: brick.summary,
          sector: brick.sector,
          trl: 7,
          ownerName: brick.ownerName,
          publishedAt: brick.publishedAt,
          transferModes: brick.transferModes,
          version: 1,
        });
        expect(hit).not.toHaveProperty('body');
      });
    });

    describe('initiatives (the central repository, type initiative)', () => {
      const initiatives = { type: ['initiative'] } as const;
      const initiative = (id: string) => INITIATIVE_DOCUMENTS.find((d) => d.id === id) as SearchDocument;

      beforeAll(async () => {
        expect((await engine.upsert(INITIATIVE_DOCUMENTS)).applied).toHaveLength(INITIATIVE_DOCUMENTS.length);
      });

      afterAll(async () => {
        await engine.remove(INITIATIVE_DOCUMENTS.map((d) => ({ id: d.id, version: d.version })));
      });

      it('finds an initiative from an accentless query, and with one typo', async () => {
        const accentless = await engine.search({ q: 'sang kien giam thoi gian cho kham', filters: initiatives });
        expect(ids(accentless)).toEqual(['initiative-waiting']);
        expect(accentless.hits[0]?.title).toBe(
          'Sáng kiến giảm thời gian chờ khám bệnh bằng hệ thống xếp hàng thông minh',
        );
        const typo = await engine.search({ q: 'sang kien giam thoi gian cho kham thonq minh', filters: initiatives });
        expect(ids(typo)).toEqual(['initiative-waiting']);
        const title = initiative('initiative-waiting').title;
        expect(typo.hits[0]?.highlights.title.map(([s, e]) => title.slice(s, e))).toContain('thông');
      });

      it('searches the effectiveness summary, the unit, the field and the authors', async () => {
        const first = async (q: string) => ids(await engine.search({ q, filters: initiatives }))[0];
        expect(await first('tai kham dung hen')).toBe('initiative-recall'); // effectiveness, in body
        expect(await first('truong tieu hoc thap muoi')).toBe('initiative-classroom'); // unit
        expect(await first('cai cach hanh chinh')).toBe('initiative-one-stop'); // field name
        expect(await first('tran thi mai')).toBe('initiative-waiting'); // an author
        expect(await first('huynh van loi')).toBe('initiative-fertiliser');
      });

      it('confines hits and every facet count to the scope, the fallback included', async () => {
        const listings = await engine.search({ q: '', scope: LISTING_TYPES });
        expect(listings.total).toBe(CONTRACT_DOCUMENTS.length);
        expect(listings.facets.type).toEqual({ offer: 5, equipment: 1, need: 1, expert: 1 });
        expect(listings.facets.locality).toEqual({ '87': 7, '92': 1 });
        const equipment = await engine.search({ q: '', scope: LISTING_TYPES, filters: { type: ['equipment'] } });
        expect(ids(equipment)).toEqual(['equipment-salinity']);
        expect(equipment.facets.type).toEqual({ offer: 5, equipment: 1, need: 1, expert: 1 }); // no initiative tab
        // no document has every word: the fallback finds the initiative, but not within the listings
        expect(ids(await engine.search({ q: 'zalo nhắc lịch xyzzy' }))).toEqual(['initiative-recall']);
        expect((await engine.search({ q: 'zalo nhắc lịch xyzzy', scope: LISTING_TYPES })).total).toBe(0);
        const repository = await engine.search({ q: 'thời gian', scope: ['initiative'] });
        expect(ids(repository).sort()).toEqual(['initiative-one-stop', 'initiative-waiting']);
        expect(repository.facets.type).toEqual({ initiative: 2 });
      });

      it('keeps initiatives out of a listing search and listings out of an initiative search', async () => {
        const listings = await engine.search({ q: '', filters: { type: LISTING_TYPES } });
        expect(listings.total).toBe(CONTRACT_DOCUMENTS.length);
        expect(listings.hits.every((h) => h.type !== 'initiative' && h.initiative === undefined)).toBe(true);
        expect((await engine.search({ q: 'zalo', filters: { type: LISTING_TYPES } })).total).toBe(0);
        expect(ids(await engine.search({ q: 'zalo', filters: initiatives }))).toEqual(['initiative-recall']);
        const repository = await engine.search({ q: '', filters: initiatives, limit: 100 });
        expect(ids(repository).sort()).toEqual(INITIATIVE_DOCUMENTS.map((d) => d.id).sort());
      });

      it('counts field, year, province, commune and origin facets', async () => {
        const { total, facets } = await engine.search({ q: '', filters: initiatives, facets: INITIATIVE_FACETS });
        expect(total).toBe(5);
        expect(facets.field).toEqual({ 'y-te': 2, 'giao-duc': 1, 'cai-cach-hanh-chinh': 1, 'nong-nghiep': 1 });
        expect(facets.year).toEqual({ '2025': 2, '2024': 2, '2023': 1 });
        expect(facets.locality).toEqual({ '87': 4, '92': 1 });
        expect(facets.commune).toEqual({ '87001': 1, '87002': 1, '87004': 1, '87006': 1 });
        expect(facets.origin).toEqual({ campaign: 3, import: 2 });
      });

      it('filters by year (numbers, OR within) and field, with disjunctive counts', async () => {
        const recent = await engine.search({
          q: '',
          filters: { ...initiatives, year: [2025, 2024] },
          facets: INITIATIVE_FACETS,
        });
        expect(recent.total).toBe(4);
        expect(recent.facets.year).toEqual({ '2025': 2, '2024': 2, '2023': 1 }); // its own filter left out
        expect(recent.facets.origin).toEqual({ campaign: 3, import: 1 });
        const health2024 = await engine.search({
          q: '',
          filters: { ...initiatives, year: [2024], field: ['y-te'] },
          facets: INITIATIVE_FACETS,
        });
        expect(ids(health2024)).toEqual(['initiative-recall']);
        expect(health2024.facets.field).toEqual({ 'y-te': 1, 'giao-duc': 1 });
        expect(health2024.facets.year).toEqual({ '2025': 1, '2024': 1 });
        const imported = await engine.search({ q: 'thoi gian', filters: { ...initiatives, origin: ['import'] } });
        expect(ids(imported)).toEqual(['initiative-one-stop']);
        const commune = await engine.search({ q: '', filters: { ...initiatives, commune: ['87004'] } });
        expect(ids(commune)).toEqual(['initiative-classroom']);
      });

      it('returns what the repository page shows with each hit, newest recognition first', async () => {
        const result = await engine.search({ q: '', filters: initiatives, sort: 'newest' });
        expect(ids(result)).toEqual([
          'initiative-waiting',
          'initiative-one-stop',
          'initiative-recall',
          'initiative-classroom',
          'initiative-fertiliser',
        ]);
        const waiting = initiative('initiative-waiting');
        expect(result.hits[0]).toMatchObject({
          id: waiting.id,
          type: 'initiative',
          title: waiting.title,
          summary: waiting.summary,
          ownerName: 'Sở Y tế Đồng Tháp',
          locality: waiting.locality,
          initiative: waiting.initiative,
        });
        expect(result.hits[0]).not.toHaveProperty('body');
      });

      it('applies revisions and withdrawals of a record like a listing’s', async () => {
        const base = initiative('initiative-classroom');
        const v2 = { ...base, title: 'Ứng dụng bảng tương tác và học liệu số trong dạy học Toán lớp 5', version: 2 };
        expect((await engine.upsert([v2])).applied).toEqual([base.id]);
        expect((await engine.upsert([base])).ignored).toEqual([base.id]); // the older revision, late
        expect(ids(await engine.search({ q: 'hoc lieu so', filters: initiatives }))).toEqual([base.id]);
        expect((await engine.remove([{ id: base.id, version: 3 }])).applied).toEqual([base.id]);
        expect((await engine.upsert([v2])).ignored).toEqual([base.id]); // replayed after the withdrawal
        // other records may share a word (the fallback); the withdrawn one is gone
        expect(ids(await engine.search({ q: 'bang tuong tac', filters: initiatives }))).not.toContain(base.id);
        const { facets } = await engine.search({ q: '', filters: initiatives, facets: ['field'] });
        expect(facets.field).toEqual({ 'y-te': 2, 'cai-cach-hanh-chinh': 1, 'nong-nghiep': 1 });
      });
    });

    describe('writes', () => {
      const base = contractDocument({
        id: 'offer-versioned',
        title: 'Máy gặt đập liên hợp mini',
        summary: 'Bản đầu tiên.',
        version: 2,
        publishedAt: '2025-01-01T00:00:00.000Z',
      });

      it('ignores an upsert older than the held version, and a same-version replay', async () => {
        expect(await engine.upsert([base])).toEqual({ applied: ['offer-versioned'], ignored: [] });
        const older = { ...base, title: 'Máy gặt cũ', version: 1 };
        expect(await engine.upsert([older])).toEqual({ applied: [], ignored: ['offer-versioned'] });
        expect(await engine.upsert([base])).toEqual({ applied: [], ignored: ['offer-versioned'] });
        const newer = { ...base, title: 'Máy gặt đập liên hợp cỡ nhỏ', version: 3 };
        expect((await engine.upsert([newer])).applied).toEqual(['offer-versioned']);
        expect(ids(await engine.search({ q: 'máy gặt' }))).toEqual(['offer-versioned']);
        expect((await engine.search({ q: 'máy gặt' })).hits[0]?.title).toBe('Máy gặt đập liên hợp cỡ nhỏ');
        expect((await engine.search({ q: 'mini' })).total).toBe(0);
      });

      it('applies out-of-order events by version', async () => {
        const v5 = { ...base, id: 'offer-ooo', title: 'Lò sấy vải thiều', version: 5 };
        const v4 = { ...base, id: 'offer-ooo', title: 'Lò sấy nhãn', version: 4 };
        await engine.upsert([v5, v4]);
        expect((await engine.search({ q: 'lò sấy' })).hits.map((h) => h.title)).toEqual(['Lò sấy vải thiều']);
      });

      it('removes, and a removal blocks replays of versions it covers', async () => {
        expect(await engine.remove(['offer-ooo'])).toEqual({ applied: ['offer-ooo'], ignored: [] });
        expect(await found('offer-ooo', 'lò sấy')).toBe(false);
        const replay = { ...base, id: 'offer-ooo', title: 'Lò sấy vải thiều', version: 5 };
        expect((await engine.upsert([replay])).ignored).toEqual(['offer-ooo']);
        expect(await engine.remove(['offer-ooo'])).toEqual({ applied: [], ignored: ['offer-ooo'] });
        const republished = { ...replay, version: 6 };
        expect((await engine.upsert([republished])).applied).toEqual(['offer-ooo']);
        expect(await found('offer-ooo', 'lò sấy')).toBe(true);
      });

      it('ignores a versioned removal older than the held document', async () => {
        expect(await engine.remove([{ id: 'offer-ooo', version: 3 }])).toEqual({ applied: [], ignored: ['offer-ooo'] });
        expect(await engine.remove([{ id: 'offer-ooo', version: 6 }])).toEqual({ applied: ['offer-ooo'], ignored: [] });
        expect(await found('offer-ooo', 'lò sấy')).toBe(false);
      });

      it('leaves a versioned tombstone even when no document is held (removal before publication)', async () => {
        // the archive (v4) arrives before the publication (v3) it follows, e.g. a parked event replayed
        const published = { ...base, id: 'offer-early-archive', title: 'Máy ép viên cám', version: 3 };
        expect(await engine.remove([{ id: 'offer-early-archive', version: 4 }])).toEqual({
          applied: ['offer-early-archive'],
          ignored: [],
        });
        expect((await engine.upsert([published])).ignored).toEqual(['offer-early-archive']);
        expect((await engine.upsert([{ ...published, version: 4 }])).ignored).toEqual(['offer-early-archive']);
        expect(await found('offer-early-archive', 'máy ép viên cám')).toBe(false);
        // an older removal does not lower the tombstone
        expect((await engine.remove([{ id: 'offer-early-archive', version: 2 }])).ignored).toEqual([
          'offer-early-archive',
        ]);
        expect((await engine.upsert([published])).ignored).toEqual(['offer-early-archive']);
      });

      it('never lets a replayed upsert bring a removed listing back', async () => {
        const v2 = { ...base, id: 'offer-replayed', title: 'Máy bóc vỏ lạc', version: 2 };
        await engine.upsert([v2]);
        expect((await engine.remove([{ id: 'offer-replayed', version: 3 }])).applied).toEqual(['offer-replayed']);
        // the same events again, in any order (dead-letter replay, consumer restart)
        expect((await engine.upsert([v2, { ...v2, version: 3 }])).ignored).toEqual([
          'offer-replayed',
          'offer-replayed',
        ]);
        expect((await engine.remove([{ id: 'offer-replayed', version: 3 }])).ignored).toEqual(['offer-replayed']);
        expect(await found('offer-replayed', 'máy bóc vỏ lạc')).toBe(false);
        // a newer revision (republished) does come back
        expect((await engine.upsert([{ ...v2, version: 4 }])).applied).toEqual(['offer-replayed']);
        expect(await found('offer-replayed', 'máy bóc vỏ lạc')).toBe(true);
        await engine.remove([{ id: 'offer-replayed', version: 5 }]);
      });

      it('keeps documents, versions and removals across a reopen', async () => {
        engine = await subject.reopen();
        await engine.ensureIndex();
        expect((await engine.stats()).documents).toBe(CONTRACT_DOCUMENTS.length + 1);
        expect(ids(await engine.search({ q: 'may say nong san' }))).toEqual(['offer-dryer']);
        expect((await engine.search({ q: 'luonq mặt trời' })).total).toBe(1);
        expect((await engine.upsert([{ ...base, version: 1 }])).ignored).toEqual(['offer-versioned']);
        const replay = { ...base, id: 'offer-ooo', title: 'Lò sấy vải thiều', version: 6 };
        expect((await engine.upsert([replay])).ignored).toEqual(['offer-ooo']);
        // a tombstone written without a document survives too
        const early = { ...base, id: 'offer-early-archive', title: 'Máy ép viên cám', version: 4 };
        expect((await engine.upsert([early])).ignored).toEqual(['offer-early-archive']);
        expect((await engine.upsert([{ ...early, id: 'offer-replayed', version: 5 }])).ignored).toEqual([
          'offer-replayed',
        ]);
        expect((await engine.search({ q: '', facets: ['type'] })).facets.type?.offer).toBe(6);
      });

      it('clears', async () => {
        await engine.clear();
        expect((await engine.stats()).documents).toBe(0);
        expect((await engine.search({ q: '' })).total).toBe(0);
        // forgotten versions: an old version is accepted again
        expect((await engine.upsert([{ ...base, version: 1 }])).applied).toEqual(['offer-versioned']);
      });
    });
  });
}
