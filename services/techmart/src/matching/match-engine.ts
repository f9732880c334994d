// The ranking itself over in-memory indexes of every published listing: a need's best offers,
// equipment and experts; an offer's best open needs; and which open needs a new offer should join.
// Pure (no I/O): the matching service feeds it documents from the database and Techmart's events.

import { Bm25Index } from './bm25-index.js';
import { asCandidate, asNeed, type DocumentKind, documentTerms, type MatchDocumentData } from './match-document.js';
import { MIN_SUGGESTION_POINTS, type MatchNeed, type MatchScore, scoreMatch } from './match-score.js';
import type { TermCounts } from './match-text.js';
import type { CandidateType } from './matching.schema.js';

/** How many text hits are scored in full per supplier type (the rest cannot reach the top). */
const TEXT_CANDIDATES = 150;

interface Indexed {
  doc: MatchDocumentData;
  counts: TermCounts;
  /** distinct terms, the query side when this document is a need */
  query: string[];
  need?: MatchNeed;
}

class KindIndex {
  readonly bm25 = new Bm25Index();
  readonly entries = new Map<string, Indexed>();

  upsert(doc: MatchDocumentData): Indexed {
    this.remove(doc.id);
    const counts = documentTerms(doc);
    const entry: Indexed = { doc, counts, query: [...counts.tf.keys()] };
    if (doc.kind === 'need') entry.need = asNeed(doc);
    this.entries.set(doc.id, entry);
    this.bm25.upsert(doc.id, counts);
    return entry;
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.bm25.remove(id);
  }
}

export interface RankedCandidate {
  doc: MatchDocumentData;
  score: MatchScore;
}

export interface RankedNeed {
  need: MatchDocumentData;
  score: MatchScore;
}

export class MatchEngine {
  private readonly kinds: Record<DocumentKind, KindIndex> = {
    technology: new KindIndex(),
    equipment: new KindIndex(),
    expert: new KindIndex(),
    need: new KindIndex(),
  };
  /** supplier organisation → contracts signed through Techmart */
  private deals = new Map<string, number>();

  upsert(doc: MatchDocumentData): void {
    for (const kind of Object.values(this.kinds)) if (kind !== this.kinds[doc.kind]) kind.remove(doc.id);
    this.kinds[doc.kind].upsert(doc);
  }

  remove(id: string): void {
    for (const kind of Object.values(this.kinds)) kind.remove(id);
  }

  setSignedDeals(deals: Map<string, number>): void {
    this.deals = deals;
  }

  get(id: string): MatchDocumentData | undefined {
    for (const kind of Object.values(this.kinds)) {
      const entry = kind.entries.get(id);
      if (entry) return entry.doc;
    }
    return undefined;
  }

  count(kind: DocumentKind): number {
    return this.kinds[kind].entries.size;
  }

  /** The best suppliers of one type for a need (its own index entry or a document passed in). */
  rankForNeed(needDoc: MatchDocumentData, type: CandidateType, limit: number): RankedCandidate[] {
    const index = this.kinds[type];
    const counts = documentTerms(needDoc);
    const need = asNeed(needDoc);
    const query = [...counts.tf.keys()];
    const prepared = index.bm25.prepare(query);
    // Only text hits can pass: without text in common the structured factors keep too little weight
    // (RELEVANCE_FLOOR) to reach MIN_SUGGESTION_POINTS, so sector-only candidates are not scored.
    const ranked: RankedCandidate[] = [];
    for (const hit of index.bm25.top(query, TEXT_CANDIDATES)) {
      const entry = index.entries.get(hit.id);
      if (!entry) continue;
      const text = index.bm25.scorePrepared(prepared, entry.counts);
      const score = scoreMatch(need, asCandidate(entry.doc, this.deals.get(entry.doc.ownerOrganisationId) ?? 0), {
        bm25: text.score,
        queryNorm: prepared.norm,
        matched: text.matched,
      });
      if (score && score.points >= MIN_SUGGESTION_POINTS) ranked.push({ doc: entry.doc, score });
    }
    return ranked.sort(byScore).slice(0, limit);
  }

  /**
   * The open needs a supplier fits, each scored exactly as `rankForNeed` would score this supplier
   * for that need (same statistics), so a new offer's re-score agrees with a later full ranking.
   */
  needsFor(candidateDoc: MatchDocumentData, limit = Number.POSITIVE_INFINITY): RankedNeed[] {
    const type = candidateDoc.kind as CandidateType;
    const index = this.kinds[type];
    const needs = this.kinds.need;
    const counts = documentTerms(candidateDoc);
    const candidate = asCandidate(candidateDoc, this.deals.get(candidateDoc.ownerOrganisationId) ?? 0);
    const ids = needs.bm25.documentsWithAny(counts.tf.keys());
    const ranked: RankedNeed[] = [];
    for (const id of ids) {
      const entry = needs.entries.get(id);
      if (!entry?.need) continue;
      const text = index.bm25.scoreDocument(entry.query, counts);
      const score = scoreMatch(entry.need, candidate, {
        bm25: text.score,
        queryNorm: index.bm25.queryNorm(entry.query),
        matched: text.matched,
      });
      if (score && score.points >= MIN_SUGGESTION_POINTS) ranked.push({ need: entry.doc, score });
    }
    ranked.sort((a, b) => b.score.points - a.score.points || a.need.id.localeCompare(b.need.id));
    return ranked.slice(0, limit);
  }
}

function byScore(a: RankedCandidate, b: RankedCandidate): number {
  return b.score.points - a.score.points || a.doc.id.localeCompare(b.doc.id);
}
