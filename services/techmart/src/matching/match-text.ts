// Turns listing text into index terms: Vietnamese folded (so "may say" meets "Máy sấy"), split into
// syllables, stop syllables dropped, plus adjacent-syllable pairs. Vietnamese words are mostly two
// syllables ("sấy khô", "thủy sản"), so the pairs carry most of the meaning a single syllable lacks.
// Pure.

import { foldVietnamese } from '../shared/vietnamese-fold.js';

// Function words, and the words every listing uses ("công nghệ", "giải pháp", "quy trình", "cơ sở",
// "năng suất", units): frequent everywhere, they match everything and rank nothing. A pair of two
// such words is dropped too; a pair with one meaningful syllable ("cơ khí", "số hóa") is kept.
const STOP = new Set(
  (
    'va cua cho cac nhung mot voi la de tu tai trong tren duoi da dang se co khong duoc nay do ' +
    'theo ve ra vao den hay hoac nhu thi ma bang boi tai nen can muon cung moi nhieu it rat hon ' +
    'nhat cai chiec con nguoi viec the nao gi ai dau sau truoc giua qua lai them chi nhan ' +
    'cong nghe quy trinh giai phap chuyen giao san pham so doanh nghiep hop tac xa nang suat ky thuat ' +
    'phu hop hieu qua thiet bi tim dang hien ho tro dua ap dung su nam thang ngay kg tan gio lit ha ' +
    'trieu dong ty vnd tinh huyen muc tieu yeu cau lien he don vi ' +
    'the and of for to in on with a an by from at is are be or as'
  ).split(' '),
);

/** Digits carry quantities ("500 kg", "12 tháng"), not subjects: they never match on their own. */
const NUMERIC = /^[0-9]+$/;

export interface TermCounts {
  /** term → occurrences (weighted: keywords and titles count more) */
  tf: Map<string, number>;
  /** weighted number of terms */
  length: number;
}

function syllables(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((s) => s.length > 0);
}

/** Unigrams (stop syllables dropped) and bigrams of consecutive syllables (stop pairs dropped). */
export function terms(text: string): string[] {
  const parts = syllables(text);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i] as string;
    const aStop = STOP.has(a) || a.length < 2;
    const aNumber = NUMERIC.test(a);
    if (!aStop && !aNumber) out.push(a);
    const b = parts[i + 1];
    if (b === undefined || aNumber || NUMERIC.test(b)) continue;
    if (!(aStop && (STOP.has(b) || b.length < 2))) out.push(`${a}_${b}`);
  }
  return out;
}

/** Fields with their weight (a keyword says more than a word in a long description). */
export function countTerms(fields: readonly { text: string; weight: number }[]): TermCounts {
  const tf = new Map<string, number>();
  let length = 0;
  for (const field of fields) {
    for (const term of terms(field.text)) {
      tf.set(term, (tf.get(term) ?? 0) + field.weight);
      length += field.weight;
    }
  }
  return { tf, length };
}
