// Highlight ranges: [start, end) UTF-16 offsets into the original, accented text of a field, for the
// words that matched the query. Computed from the query words alone, so every engine adapter
// returns identical ranges (the portal wraps them in <mark> elements, never markup in the text).
import type { QueryWord } from './query-analysis.js';
import type { SynonymMatcher } from './synonym-matcher.js';
import { tokenize } from './tokenizer.js';
import { withinOneEdit } from './typo-rules.js';

export type HighlightRange = [start: number, end: number];

export function highlightRanges(text: string, words: readonly QueryWord[], synonyms: SynonymMatcher): HighlightRange[] {
  if (!text || words.length === 0) return [];
  const tokens = tokenize(text);
  const ranges: HighlightRange[] = [];
  const groups = new Set(words.flatMap((w) => (w.group ? [w.group] : [])));
  if (groups.size > 0) {
    for (const phrase of synonyms.find(tokens.map((t) => t.term))) {
      if (!groups.has(phrase.group)) continue;
      const first = tokens[phrase.start];
      const last = tokens[phrase.end - 1];
      if (first && last) ranges.push([first.start, last.end]);
    }
  }
  for (const token of tokens) {
    if (words.some((w) => wordMatches(token.term, w))) ranges.push([token.start, token.end]);
  }
  return mergeRanges(ranges);
}

export function wordMatches(term: string, word: QueryWord): boolean {
  if (word.term.includes(' ')) return false; // phrases match through their synonym group only
  if (term === word.term) return true;
  if (word.prefix && term.startsWith(word.term)) return true;
  return word.typo && withinOneEdit(term, word.term);
}

/** Sorts and merges overlapping ranges. */
export function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: HighlightRange[] = [ranges[0] as HighlightRange];
  for (let i = 1; i < ranges.length; i++) {
    const r = ranges[i] as HighlightRange;
    const top = merged[merged.length - 1] as HighlightRange;
    if (r[0] < top[1]) top[1] = Math.max(top[1], r[1]);
    else merged.push(r);
  }
  return merged;
}
