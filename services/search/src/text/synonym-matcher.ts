// Finds synonym phrases in a sequence of folded terms (greedy, longest phrase first). Each group has
// a synthetic term (`~` + its first member, which no real word can contain): the embedded index adds it
// wherever a member phrase occurs, and a query phrase that is a member searches that one term instead,
// so `CNTT` and `công nghệ thông tin` find each other as exact phrases at the cost of one term lookup.
import { tokenizeTerms } from './tokenizer.js';

export interface SynonymOccurrence {
  /** first term index covered */
  start: number;
  /** one past the last term index covered */
  end: number;
  /** the group's synthetic term */
  group: string;
}

export const SYNONYM_TERM_PREFIX = '~';
/** Marks an accent-preserving term (`=máy`) in the index. */
export const ACCENTED_TERM_PREFIX = '=';

/** Synthetic index terms (synonym groups, accented forms) never take part in prefix or typo expansion. */
export function isSyntheticTerm(term: string): boolean {
  return term.startsWith(SYNONYM_TERM_PREFIX) || term.startsWith(ACCENTED_TERM_PREFIX);
}

export class SynonymMatcher {
  /** first term → candidate phrases (folded term arrays) with their group term, longest first */
  private readonly byFirstTerm = new Map<string, { terms: string[]; group: string }[]>();
  readonly groups: readonly (readonly string[])[];

  constructor(groups: readonly (readonly string[])[]) {
    this.groups = groups;
    for (const group of groups) {
      const first = group[0];
      if (first === undefined) continue;
      const groupTerm = SYNONYM_TERM_PREFIX + tokenizeTerms(first).join('');
      for (const phrase of group) {
        const terms = tokenizeTerms(phrase);
        const head = terms[0];
        if (head === undefined) continue;
        const list = this.byFirstTerm.get(head) ?? [];
        if (!list.some((p) => p.terms.join(' ') === terms.join(' '))) list.push({ terms, group: groupTerm });
        list.sort((a, b) => b.terms.length - a.terms.length);
        this.byFirstTerm.set(head, list);
      }
    }
  }

  /** Synonym phrases in `terms`, left to right, non-overlapping, longest match at each position. */
  find(terms: readonly string[]): SynonymOccurrence[] {
    const found: SynonymOccurrence[] = [];
    let i = 0;
    while (i < terms.length) {
      const candidates = this.byFirstTerm.get(terms[i] as string);
      let matched = 0;
      if (candidates) {
        for (const candidate of candidates) {
          if (matchesAt(terms, i, candidate.terms)) {
            found.push({ start: i, end: i + candidate.terms.length, group: candidate.group });
            matched = candidate.terms.length;
            break;
          }
        }
      }
      i += matched || 1;
    }
    return found;
  }

  /** A stable fingerprint of the table, so a stored index built with another table can be detected. */
  fingerprint(): string {
    return JSON.stringify(this.groups.map((g) => g.map((p) => tokenizeTerms(p).join(' '))));
  }
}

function matchesAt(terms: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > terms.length) return false;
  for (let k = 0; k < phrase.length; k++) if (terms[at + k] !== phrase[k]) return false;
  return true;
}
