import { foldVietnamese } from '@sti/review';
import { describe, expect, it } from 'vitest';
import { jaccard, shingleWords, textShingles } from './shingles.js';
import { SimilarityIndex } from './similarity-index.js';

const EHR =
  'Ứng dụng phần mềm quản lý hồ sơ bệnh án điện tử tại khoa Nội. Bác sĩ ký số tại giường bệnh, hồ sơ giấy được số hoá toàn bộ, giảm thời gian tra cứu hồ sơ từ 15 phút xuống 2 phút.';
const OTHERS = [
  'Mô hình tưới nhỏ giọt tiết kiệm nước cho vườn xoài cát Hoà Lộc, điều khiển bằng điện thoại, giảm 40% lượng nước tưới.',
  'Tổ chức câu lạc bộ STEM cho học sinh lớp 8, chế tạo robot phân loại rác từ vật liệu tái chế.',
  'Rút ngắn thời gian cấp phiếu lý lịch tư pháp tại bộ phận một cửa xã Mỹ Hiệp bằng hẹn lịch trực tuyến.',
  'Quy trình ủ phân hữu cơ từ rơm rạ sau thu hoạch lúa, giảm đốt đồng và chi phí phân bón.',
];

function indexWith(entries: [string, string][]) {
  const index = new SimilarityIndex();
  for (const [id, text] of entries) index.upsert(id, text);
  return index;
}

describe('shingles', () => {
  it('fold accents and case, and drop function words', () => {
    expect(shingleWords('Ứng dụng CỦA phần mềm và Đồng Tháp')).toEqual(['ung', 'dung', 'phan', 'mem', 'dong', 'thap']);
    expect(textShingles('Ứng dụng phần mềm')).toEqual(textShingles('ung dung phan mem'));
    expect(textShingles('Ứng dụng phần mềm')).toHaveLength(3);
  });

  it('computes the exact Jaccard of two shingle sets', () => {
    const a = textShingles('a1 b2 c3 d4'); // 3 shingles
    const b = textShingles('b2 c3 d4 e5'); // 3 shingles, 2 shared
    expect(jaccard(a, b)).toBeCloseTo(2 / 4, 10);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, textShingles('x y z'))).toBe(0);
  });
});

describe('near-duplicate index', () => {
  it('finds the same initiative written without accents, with its exact and estimated similarity', () => {
    const index = indexWith([['ehr', EHR], ...OTHERS.map((t, i) => [`other-${i}`, t] as [string, string])]);
    const [best, ...rest] = index.query(foldVietnamese(EHR).toUpperCase());
    expect(best).toEqual({ id: 'ehr', estimatedJaccard: 1, jaccard: 1 });
    expect(rest).toEqual([]);
  });

  it('finds a lightly edited copy and ranks it above a loosely related text', () => {
    const edited = EHR.replace('khoa Nội', 'khoa Ngoại').replace('15 phút xuống 2 phút', '20 phút xuống 3 phút');
    const related = 'Số hoá hồ sơ bệnh án tại khoa Nhi, bác sĩ ký số tại giường bệnh.';
    const index = indexWith([
      ['edited', edited],
      ['related', related],
      ...OTHERS.map((t, i) => [`other-${i}`, t] as [string, string]),
    ]);
    const matches = index.query(EHR, { minJaccard: 0.1 });
    expect(matches.map((m) => m.id)).toEqual(['edited', 'related']);
    const exact = jaccard(textShingles(EHR), textShingles(edited));
    expect(matches[0]?.jaccard).toBeCloseTo(exact, 3);
    expect(Math.abs((matches[0]?.estimatedJaccard ?? 0) - exact)).toBeLessThan(0.15);
  });

  it('reports nothing for unrelated texts and honours the threshold, the limit and exclusions', () => {
    const index = indexWith(OTHERS.map((t, i) => [`other-${i}`, t]));
    expect(index.query(EHR)).toEqual([]);
    const copies = indexWith(Array.from({ length: 8 }, (_, i) => [`copy-${i}`, `${EHR} Bản ${i}.`]));
    expect(copies.query(EHR, { limit: 3 })).toHaveLength(3);
    expect(copies.query(EHR, { exclude: ['copy-0', 'copy-1'] }).map((m) => m.id)).not.toContain('copy-0');
  });

  it('follows changes: a replaced text is found by its new words only, a removed record is gone', () => {
    const index = indexWith([['r1', EHR]]);
    index.upsert('r1', OTHERS[0] as string);
    expect(index.size).toBe(1);
    expect(index.query(EHR)).toEqual([]);
    expect(index.query(OTHERS[0] as string).map((m) => m.id)).toEqual(['r1']);
    expect(index.remove('r1')).toBe(true);
    expect(index.query(OTHERS[0] as string)).toEqual([]);
    expect(index.size).toBe(0);
    // a freed slot is reused without leaking the old record
    index.upsert('r2', EHR);
    expect(index.query(EHR).map((m) => m.id)).toEqual(['r2']);
  });

  it('estimates Jaccard within a few hundredths over many pairs', () => {
    const words = Array.from({ length: 400 }, (_, i) => `tu${i}`);
    const index = new SimilarityIndex();
    const base = words.slice(0, 120).join(' ');
    let worst = 0;
    // Jaccard from 0.85 down to 0.5: every one must become a candidate and be estimated closely
    for (let shift = 10; shift <= 40; shift += 5) {
      index.upsert(`s${shift}`, words.slice(shift, 120 + shift).join(' '));
    }
    const matches = index.query(base, { minJaccard: 0, limit: 20 });
    expect(matches.map((m) => m.id).sort()).toEqual(['s10', 's15', 's20', 's25', 's30', 's35', 's40']);
    for (const m of matches) worst = Math.max(worst, Math.abs(m.estimatedJaccard - m.jaccard));
    expect(worst).toBeLessThan(0.12);
  });
});
