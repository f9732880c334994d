// How a SearchDocument is searched and faceted; shared by both adapters so they agree.
import { ACCENTED_TERM_PREFIX, type SynonymMatcher } from '../text/synonym-matcher.js';
import { tokenizeAccented, tokenizeTerms } from '../text/tokenizer.js';
import type { FacetName, SearchDocument, SearchHit } from './search-engine.port.js';

/** Field weights (title > keywords > summary > metadata = body) and nominal lengths for BM25 normalisation. */
export const FIELD_WEIGHTS = { title: 5, keywords: 3, summary: 2, meta: 1, body: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const NOMINAL_LENGTH: Record<Field, number> = { title: 10, keywords: 8, summary: 40, meta: 12, body: 150 };
const K1 = 1.2;
const B = 0.5;

/**
 * Per-term weight of one document: Σ over fields of weight × BM25 term-frequency saturation with
 * length normalisation against fixed nominal lengths (not corpus averages), so a document's weights
 * never depend on what else was indexed, nor in which order. Query time multiplies by the term's IDF.
 */
export function documentTermWeights(doc: SearchDocument, synonyms: SynonymMatcher): Map<string, number> {
  const weights = new Map<string, number>();
  addField(weights, [doc.title], 'title', synonyms);
  addField(weights, doc.keywords, 'keywords', synonyms);
  addField(weights, [doc.summary], 'summary', synonyms);
  addField(
    weights,
    [
      doc.sector?.nameVi ?? '',
      doc.sector?.nameEn ?? '',
      doc.locality?.provinceName ?? '',
      doc.locality?.communeName ?? '',
      doc.ownerName ?? '',
      // an initiative's field, unit and authors weigh as the listings' sector and owner names
      doc.initiative?.field?.nameVi ?? '',
      doc.initiative?.field?.nameEn ?? '',
      doc.initiative?.unitName ?? '',
      ...(doc.initiative?.authors ?? []),
    ],
    'meta',
    synonyms,
  );
  addField(weights, [doc.body], 'body', synonyms);
  return weights;
}

// reused between calls (indexing is synchronous): avoids one Map allocation per field
const tf = new Map<string, number>();

// accent-preserving terms only for the short, telling fields: a small share of the postings
const ACCENTED_FIELDS: ReadonlySet<Field> = new Set(['title', 'keywords']);

function addField(
  weights: Map<string, number>,
  texts: readonly string[],
  field: Field,
  synonyms: SynonymMatcher,
): void {
  tf.clear();
  let length = 0;
  for (const text of texts) {
    if (!text) continue;
    const terms = tokenizeTerms(text);
    length += terms.length;
    for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
    for (const phrase of synonyms.find(terms)) tf.set(phrase.group, (tf.get(phrase.group) ?? 0) + 1);
    if (ACCENTED_FIELDS.has(field)) {
      const accented = tokenizeAccented(text);
      for (let i = 0; i < accented.length; i++) {
        const word = accented[i] as string;
        if (word === terms[i]) continue;
        const key = ACCENTED_TERM_PREFIX + word;
        tf.set(key, (tf.get(key) ?? 0) + 1);
      }
    }
  }
  if (length === 0) return;
  const norm = K1 * (1 - B + (B * length) / NOMINAL_LENGTH[field]);
  const w = FIELD_WEIGHTS[field];
  for (const [term, f] of tf) weights.set(term, (weights.get(term) ?? 0) + (w * f * (K1 + 1)) / (f + norm));
}

/** The facet values of a document (facet → values; multi-valued for transfer modes). */
export function documentFacetValues(doc: SearchDocument): Record<FacetName, string[]> {
  return {
    type: [doc.type],
    sector: doc.sector ? [doc.sector.code] : [],
    trl: doc.trl != null ? [String(doc.trl)] : [],
    locality: doc.locality?.provinceCode ? [doc.locality.provinceCode] : [],
    commune: doc.locality?.communeCode ? [doc.locality.communeCode] : [],
    transferMode: [...new Set(doc.transferModes)],
    ipStatus: doc.ipStatus ? [doc.ipStatus] : [],
    condition: doc.condition ? [doc.condition] : [],
    field: doc.initiative?.field ? [doc.initiative.field.code] : [],
    year: doc.initiative ? [String(doc.initiative.year)] : [],
    origin: doc.initiative ? [doc.initiative.origin] : [],
  };
}

export function toHit(doc: SearchDocument, highlights: SearchHit['highlights']): SearchHit {
  return {
    id: doc.id,
    type: doc.type,
    title: doc.title,
    summary: doc.summary,
    keywords: doc.keywords,
    sector: doc.sector,
    locality: doc.locality,
    trl: doc.trl,
    transferModes: doc.transferModes,
    ipStatus: doc.ipStatus,
    ownerName: doc.ownerName,
    condition: doc.condition ?? null,
    price: doc.price ?? null,
    // listings' hits stay as they were: the key only exists on initiatives
    ...(doc.initiative ? { initiative: doc.initiative } : {}),
    publishedAt: doc.publishedAt,
    version: doc.version,
    highlights,
  };
}

export function publishedAtMs(doc: SearchDocument): number {
  const ms = Date.parse(doc.publishedAt);
  return Number.isFinite(ms) ? ms : 0;
}
