// Near-duplicate search over the repository: MinHash signatures of each record's shingles, and LSH
// banding so a query only looks at records that agree with it on a whole band of the signature.
// With 42 bands of 3 rows, a record with Jaccard 0.3 to the query becomes a candidate with probability
// 1 − (1 − 0.3³)^42 ≈ 0.68, one with 0.5 with ≈ 0.995, one with 0.1 with ≈ 0.04 (so few are scanned).
// Candidates are ranked by the estimate; the shortlist gets the exact Jaccard of the shingle sets.
import { jaccard, textShingles } from './shingles.js';

export interface SimilarityOptions {
  /** words per shingle */
  shingleSize: number;
  bands: number;
  rowsPerBand: number;
}

export const DEFAULT_SIMILARITY_OPTIONS: SimilarityOptions = { shingleSize: 2, bands: 42, rowsPerBand: 3 };

export interface SimilarMatch {
  id: string;
  /** Jaccard estimated from the MinHash signatures */
  estimatedJaccard: number;
  /** Jaccard of the shingle sets */
  jaccard: number;
}

export interface SimilarityQuery {
  limit?: number;
  /** least exact Jaccard reported */
  minJaccard?: number;
  /** ids not to report (the submission itself, its own earlier record) */
  exclude?: readonly string[];
}

type Bucket = number | number[];

/** murmur3's finaliser: a bijection on 32-bit integers with full avalanche. */
function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class SimilarityIndex {
  private readonly hashes: number;
  private readonly seeds: Uint32Array;
  private readonly buckets: Map<number, Bucket>[];
  private readonly slotOf = new Map<string, number>();
  private readonly ids: (string | undefined)[] = [];
  private readonly signatures: Uint32Array[] = [];
  private readonly shingleSets: Uint32Array[] = [];
  private readonly freeSlots: number[] = [];
  private stamp = 0;
  private seen = new Uint32Array(1024);

  constructor(private readonly options: SimilarityOptions = DEFAULT_SIMILARITY_OPTIONS) {
    this.hashes = options.bands * options.rowsPerBand;
    // fixed seeds: signatures stay comparable across restarts and instances
    this.seeds = new Uint32Array(this.hashes);
    for (let i = 0; i < this.hashes; i++) this.seeds[i] = mix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15));
    this.buckets = Array.from({ length: options.bands }, () => new Map<number, Bucket>());
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds or replaces a record's text. */
  upsert(id: string, text: string): void {
    this.remove(id);
    const shingles = textShingles(text, this.options.shingleSize);
    if (shingles.length === 0) return;
    const signature = this.signature(shingles);
    const slot = this.freeSlots.pop() ?? this.ids.length;
    this.ids[slot] = id;
    this.signatures[slot] = signature;
    this.shingleSets[slot] = shingles;
    this.slotOf.set(id, slot);
    for (let band = 0; band < this.options.bands; band++) {
      const map = this.buckets[band] as Map<number, Bucket>;
      const key = this.bandKey(signature, band);
      const bucket = map.get(key);
      if (bucket === undefined) map.set(key, slot);
      else if (typeof bucket === 'number') map.set(key, [bucket, slot]);
      else bucket.push(slot);
    }
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const signature = this.signatures[slot] as Uint32Array;
    for (let band = 0; band < this.options.bands; band++) {
      const map = this.buckets[band] as Map<number, Bucket>;
      const key = this.bandKey(signature, band);
      const bucket = map.get(key);
      if (bucket === slot) map.delete(key);
      else if (Array.isArray(bucket)) {
        const rest = bucket.filter((s) => s !== slot);
        map.set(key, rest.length === 1 ? (rest[0] as number) : rest);
      }
    }
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.signatures[slot] = new Uint32Array(0);
    this.shingleSets[slot] = new Uint32Array(0);
    this.freeSlots.push(slot);
    return true;
  }

  query(text: string, query: SimilarityQuery = {}): SimilarMatch[] {
    const limit = query.limit ?? 10;
    const minJaccard = query.minJaccard ?? 0.2;
    const shingles = textShingles(text, this.options.shingleSize);
    if (shingles.length === 0) return [];
    const signature = this.signature(shingles);
    const exclude = new Set(query.exclude ?? []);

    // distinct candidates, marked with a per-query stamp instead of a Set
    if (this.seen.length < this.ids.length) this.seen = new Uint32Array(this.ids.length * 2);
    const stamp = ++this.stamp;
    const candidates: { slot: number; estimate: number }[] = [];
    const consider = (slot: number) => {
      if (this.seen[slot] === stamp) return;
      this.seen[slot] = stamp;
      const other = this.signatures[slot] as Uint32Array;
      let agree = 0;
      for (let i = 0; i < this.hashes; i++) if (other[i] === signature[i]) agree++;
      candidates.push({ slot, estimate: agree / this.hashes });
    };
    for (let band = 0; band < this.options.bands; band++) {
      const bucket = (this.buckets[band] as Map<number, Bucket>).get(this.bandKey(signature, band));
      if (bucket === undefined) continue;
      if (typeof bucket === 'number') consider(bucket);
      else for (const slot of bucket) consider(slot);
    }

    // shortlist by the estimate (with slack: an estimate from 126 hashes is ±0.04 at J = 0.3), then exact
    const shortlist = candidates
      .filter((c) => c.estimate >= minJaccard - 0.1 && !exclude.has(this.ids[c.slot] as string))
      .sort((a, b) => b.estimate - a.estimate)
      .slice(0, limit * 3);
    return shortlist
      .map((c) => ({
        id: this.ids[c.slot] as string,
        estimatedJaccard: round(c.estimate),
        jaccard: round(jaccard(shingles, this.shingleSets[c.slot] as Uint32Array)),
      }))
      .filter((m) => m.jaccard >= minJaccard)
      .sort((a, b) => b.jaccard - a.jaccard || b.estimatedJaccard - a.estimatedJaccard || a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  private signature(shingles: Uint32Array): Uint32Array {
    const signature = new Uint32Array(this.hashes).fill(0xffffffff);
    for (const shingle of shingles) {
      for (let i = 0; i < this.hashes; i++) {
        const h = mix32(shingle ^ (this.seeds[i] as number));
        if (h < (signature[i] as number)) signature[i] = h;
      }
    }
    return signature;
  }

  /** One band's rows folded into a small integer key (V8 keeps it unboxed). */
  private bandKey(signature: Uint32Array, band: number): number {
    let h = mix32(band + 1);
    const start = band * this.options.rowsPerBand;
    for (let i = start; i < start + this.options.rowsPerBand; i++) h = mix32(h ^ (signature[i] as number));
    return h & 0x3fffffff;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
