import { describe, expect, it } from 'vitest';
import { createRedactor, identifyingTerms, redactForBlindReview, redactText } from './redaction.js';
import { foldVietnamese, foldWithOffsets } from './vietnamese-fold.js';

const R = '[đã ẩn]';
const names = ['Nguyễn Văn An'];
const nfd = (s: string) => s.normalize('NFD');

describe('redactText: author names inside free text', () => {
  it.each<[string, string, string]>([
    ['as written', 'Giải pháp do Nguyễn Văn An đề xuất.', `Giải pháp do ${R} đề xuất.`],
    ['without accents', 'Giai phap do Nguyen Van An de xuat.', `Giai phap do ${R} de xuat.`],
    ['upper case', 'TÁC GIẢ: NGUYỄN VĂN AN', `TÁC GIẢ: ${R}`],
    ['lower case without accents', 'cảm ơn nguyen van an!', `cảm ơn ${R}!`],
    ['decomposed (NFD) text', nfd('Thầy Nguyễn Văn An, tổ Toán'), `${nfd('Thầy ')}${R}${nfd(', tổ Toán')}`],
    ['mixed accents', 'ông Nguyên Vãn Án', `ông ${R}`],
    ['across a line break and double space', 'do Nguyễn\nVăn  An viết', `do ${R} viết`],
    ['several times', 'An nói: Nguyễn Văn An, Nguyen Van An.', `An nói: ${R}, ${R}.`],
    ['next to punctuation and quotes', '(Nguyễn Văn An)/"Nguyễn Văn An"', `(${R})/"${R}"`],
  ])('matches the name %s', (_name, text, expected) => {
    expect(redactText(text, names)).toBe(expected);
  });

  it.each<[string, string]>([
    ['inside a longer given name', 'Nguyễn Văn Anh đề xuất'],
    ['glued to a word', 'xNguyễn Văn An'],
    ['followed by a digit', 'Nguyễn Văn An2'],
    ['a different middle name', 'Nguyễn Thị An'],
    ['only part of the name', 'anh An và chị Nguyễn'],
  ])('leaves the text alone when the name appears %s', (_name, text) => {
    expect(redactText(text, names)).toBe(text);
  });

  it('matches a name given unaccented or in NFD against accented text', () => {
    expect(redactText('Bác sĩ Trần Thị Bích Ngọc', ['tran thi bich ngoc'])).toBe(`Bác sĩ ${R}`);
    expect(redactText('Bác sĩ Trần Thị Bích Ngọc', [nfd('Trần Thị Bích Ngọc')])).toBe(`Bác sĩ ${R}`);
  });

  it('handles đ/Đ and the Ð look-alike', () => {
    expect(redactText('Đỗ Đức Độ và ÐỖ ĐỨC ĐỘ và do duc do', ['Đỗ Đức Độ'])).toBe(`${R} và ${R} và ${R}`);
  });

  it('redacts units and organisations too, longest name first', () => {
    const terms = identifyingTerms([
      { name: 'Lê Thị Hoa', unitName: 'Tổ Toán', organisationName: 'Trường THPT Chu Văn An' },
      { name: 'Chu Văn An' },
    ]);
    expect(terms).toEqual(['Lê Thị Hoa', 'Tổ Toán', 'Trường THPT Chu Văn An', 'Chu Văn An']);
    expect(redactText('Cô Le Thi Hoa (to toan, truong THPT Chu Van An) cùng thầy Chu Văn An', terms)).toBe(
      `Cô ${R} (${R}, ${R}) cùng thầy ${R}`,
    );
  });

  it('keeps everything outside a match exactly as it was, including its Unicode form', () => {
    const text = `${nfd('Hiệu quả: ')}tăng 30 %\t— Nguyen Van An 🙂 ${nfd('kết thúc')}`;
    const { text: out, ranges } = createRedactor(names).redact(text);
    expect(ranges).toHaveLength(1);
    const [from, to] = ranges[0] as [number, number];
    expect(text.slice(from, to)).toBe('Nguyen Van An');
    expect(out).toBe(text.slice(0, from) + R + text.slice(to));
  });

  it('covers the whole last letter when its accent is a separate code point (NFD)', () => {
    const text = nfd('Nguyễn Văn Ân.');
    const out = redactText(text, ['Nguyen Van An']);
    expect(out).toBe(`${R}.`);
  });

  it('uses the replacement given and ignores empty terms', () => {
    expect(redactText('Nguyễn Văn An', ['  ', ...names], '***')).toBe('***');
    expect(redactText('Nguyễn Văn An', [])).toBe('Nguyễn Văn An');
  });
});

describe('redactForBlindReview', () => {
  const submission = {
    title: 'Ứng dụng QR trong quản lý hồ sơ tại Trường THPT Chu Văn An',
    authors: [
      { name: 'Nguyễn Văn An', share: 60 },
      { name: 'Lê Thị Hoa', share: 40 },
    ],
    contact: { phone: '0912 345 678', email: 'an.nguyen@example.vn' },
    problem: 'Trước đây thầy Nguyen Van An phải tra sổ bằng tay.',
    solution: 'Xem chi tiết ở phần mô tả.',
    solutionIdentifying: 'Nhóm của chúng tôi ở tổ Toán đã làm từ năm 2019.',
    attachments: [{ fileName: 'NguyenVanAn_bao-cao.pdf', sizeBytes: 1024 }],
    benefitVnd: 120_000_000,
    submittedAt: new Date('2026-03-01T08:00:00Z'),
  };
  const blind = redactForBlindReview(submission, {
    terms: identifyingTerms([
      { name: 'Nguyễn Văn An', organisationName: 'Trường THPT Chu Văn An' },
      { name: 'Lê Thị Hoa' },
    ]),
    identifyingPaths: ['authors.name', 'contact', 'solutionIdentifying', 'attachments.fileName'],
  });

  it('replaces identifying fields whole and redacts names in every other string', () => {
    expect(blind).toEqual({
      title: `Ứng dụng QR trong quản lý hồ sơ tại ${R}`,
      authors: [
        { name: R, share: 60 },
        { name: R, share: 40 },
      ],
      contact: null,
      problem: `Trước đây thầy ${R} phải tra sổ bằng tay.`,
      solution: 'Xem chi tiết ở phần mô tả.',
      solutionIdentifying: R,
      attachments: [{ fileName: R, sizeBytes: 1024 }],
      benefitVnd: 120_000_000,
      submittedAt: submission.submittedAt,
    });
  });

  it('leaves no author name anywhere in the JSON, accented or not', () => {
    const json = foldVietnamese(JSON.stringify(blind));
    for (const needle of ['nguyen van an', 'le thi hoa', 'chu van an', '0912', 'example.vn', 'nguyenvanan']) {
      expect(json).not.toContain(needle);
    }
  });

  it('does not change the original', () => {
    expect(submission.authors[0]?.name).toBe('Nguyễn Văn An');
  });
});

describe('foldWithOffsets', () => {
  it('maps every folded character back to its source, marks included', () => {
    const text = nfd('Ấn');
    const { folded, start, end } = foldWithOffsets(text);
    expect(folded).toBe('an');
    expect([start[0], end[0], start[1], end[1]]).toEqual([0, 3, 3, 4]);
  });
});
