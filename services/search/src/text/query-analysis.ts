// Turns a user query into query words: folded terms with the matching rules each one gets
// (exact always; prefix for the last word, for as-you-type; one typo from five letters on;
// a synonym group when the word or a phrase of words is a synonym-table member).
import { SynonymMatcher } from './synonym-matcher.js';
import { accentedWord, type Token, tokenize } from './tokenizer.js';
import { allowedTypos, DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO } from './typo-rules.js';
import { VIETNAMESE_STOP_WORDS } from './vietnamese-stop-words.js';

const DEFAULT_STOP_WORDS: ReadonlySet<string> = new Set(VIETNAMESE_STOP_WORDS.map((w) => w.normalize('NFC')));

export interface QueryWord {
  /** the folded word; for a multi-word synonym phrase, its words joined by one space */
  term: string;
  /** the synonym group term when the word/phrase belongs to a group */
  group: string | null;
  /** also match words that start with `term` (last word of the query) */
  prefix: boolean;
  /** allow one typo */
  typo: boolean;
  /** the word as typed, lower-cased with its diacritics, when it has any (ranks accent-exact matches first) */
  accented: string | null;
  /** a stop word as typed (`của`, `và`, `cho`…): dropped first when not every word matches */
  stop: boolean;
}

export interface QueryAnalysisOptions {
  minWordSizeForOneTypo?: number;
  /** prefix-match the last word (default true) */
  prefixLastWord?: boolean;
  /** at most this many words are used (long pasted text is cut) */
  maxWords?: number;
  /** stop words, lower case with diacritics (default: VIETNAMESE_STOP_WORDS) */
  stopWords?: ReadonlySet<string>;
}

export function analyzeQuery(query: string, synonyms: SynonymMatcher, options: QueryAnalysisOptions = {}): QueryWord[] {
  const minTypo = options.minWordSizeForOneTypo ?? DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO;
  const tokens = tokenize(query).slice(0, options.maxWords ?? 10);
  const terms = tokens.map((t) => t.term);
  const accentedAt = (i: number): string | null => {
    const token = tokens[i] as Token;
    const accented = accentedWord(query.slice(token.start, token.end));
    return accented === token.term ? null : accented;
  };
  const stopWords = options.stopWords ?? DEFAULT_STOP_WORDS;
  const isStop = (i: number) => stopWords.has(accentedAt(i) ?? (terms[i] as string));
  const words: QueryWord[] = [];
  const phrases = synonyms.find(terms);
  let p = 0;
  for (let i = 0; i < terms.length; ) {
    const phrase = phrases[p];
    if (phrase && phrase.start === i) {
      p++;
      const covered = terms.slice(phrase.start, phrase.end);
      if (covered.length === 1) {
        const term = covered[0] as string;
        const typo = allowedTypos(term, minTypo) === 1;
        words.push({ term, group: phrase.group, prefix: false, typo, accented: accentedAt(i), stop: false });
      } else {
        const term = covered.join(' ');
        words.push({ term, group: phrase.group, prefix: false, typo: false, accented: null, stop: false });
      }
      i = phrase.end;
      continue;
    }
    const term = terms[i] as string;
    const typo = allowedTypos(term, minTypo) === 1;
    words.push({ term, group: null, prefix: false, typo, accented: accentedAt(i), stop: isStop(i) });
    i++;
  }
  const last = words[words.length - 1];
  if (last && (options.prefixLastWord ?? true) && !last.term.includes(' ')) last.prefix = true;
  return words;
}

/**
 * The words a search falls back to when no document matches every word (both engines): documents
 * matching some of them, ranked by how many. Stop words weigh nothing there (a sentence's `ra`, `đi`
 * would otherwise match nearly everything), unless the query has nothing else.
 */
export function fallbackWords(words: readonly QueryWord[]): QueryWord[] {
  const content = words.filter((w) => !w.stop);
  return content.length > 0 ? content : [...words];
}
