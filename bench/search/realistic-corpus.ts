// A corpus with a realistic vocabulary for the engine comparison: the sector vocabularies of
// vietnamese-listings.ts (the demo catalogue's domains) give each listing its subject, and every
// description adds running Vietnamese text drawn from the whole syllable list of `dictionary-vi`
// (Zipf-distributed, as words are in real text), model numbers, specifications and proper names.
// At 50,000 listings that makes tens of thousands of distinct terms instead of the generator's ~740,
// so posting lists, the term dictionary and typo expansion are exercised as real data would.
import type { SearchDocument } from '../../services/search/src/engine/search-engine.port.js';
import { generateListings, seededRandom } from './vietnamese-listings.js';

/** The Hunspell word list of dictionary-vi: one syllable per line (6,600 of them), lower case kept. */
async function vietnameseSyllables(): Promise<string[]> {
  const { default: dictionary } = await import('dictionary-vi');
  return new TextDecoder()
    .decode(dictionary.dic)
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]?.trim() ?? '')
    .filter((word) => /^\p{Ll}+$/u.test(word));
}

const BRANDS = ['Hưng Phát', 'Tân Tiến', 'Sao Việt', 'Mekong Tech', 'An Khang', 'Phú Nông', 'Đại Thành', 'Vĩnh Lợi'];
const UNITS = ['kg/mẻ', 'tấn/ngày', 'lít/giờ', 'kW', 'm³/h', 'ha', 'con/m²', '°C', 'vòng/phút'];

/** zipf(s = 1.07) rank sampler over n items, by inverse CDF on a precomputed table. */
function zipfSampler(n: number, rnd: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1) ** 1.07;
    cdf[k] = sum;
  }
  return () => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface Corpus {
  docs: SearchDocument[];
  distinctTerms: number;
}

export async function realisticCorpus(count: number, seed = 20261204): Promise<Corpus> {
  const syllables = await vietnameseSyllables();
  const rnd = seededRandom(seed);
  // Shuffle so the frequent ranks are not the alphabetically first syllables.
  for (let i = syllables.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [syllables[i], syllables[j]] = [syllables[j] as string, syllables[i] as string];
  }
  const rank = zipfSampler(syllables.length, rnd);
  const word = () => syllables[rank()] as string;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const model = () =>
    `${String.fromCharCode(65 + Math.floor(rnd() * 26))}${String.fromCharCode(65 + Math.floor(rnd() * 26))}-${100 + Math.floor(rnd() * 9900)}`;

  const docs = generateListings(count, seed).map((doc) => {
    const running = Array.from({ length: 25 + Math.floor(rnd() * 30) }, word).join(' ');
    const spec = `Model ${model()} của ${pick(BRANDS)}, ${10 + Math.floor(rnd() * 990)} ${pick(UNITS)}.`;
    const phrase = `${word()} ${word()}`;
    return {
      ...doc,
      title: doc.type === 'expert' ? doc.title : `${doc.title} ${rnd() < 0.3 ? model() : phrase}`,
      body: `${doc.body} ${running}. ${spec}`,
    };
  });
  const terms = new Set<string>();
  for (const d of docs)
    for (const t of `${d.title} ${d.summary} ${d.body}`.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) terms.add(t);
  return { docs, distinctTerms: terms.size };
}
