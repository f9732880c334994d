export { foldVietnamese, hasDiacritics } from './vietnamese-folding.js';
export { accentedWord, type Token, tokenize, tokenizeAccented, tokenizeTerms } from './tokenizer.js';
export { allowedTypos, DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO, singleDeletions, withinOneEdit } from './typo-rules.js';
export {
  ACCENTED_TERM_PREFIX,
  isSyntheticTerm,
  SYNONYM_TERM_PREFIX,
  SynonymMatcher,
  type SynonymOccurrence,
} from './synonym-matcher.js';
export { VIETNAMESE_STOP_WORDS } from './vietnamese-stop-words.js';
export { VIETNAMESE_SYNONYMS } from './vietnamese-synonyms.js';
export { analyzeQuery, fallbackWords, type QueryAnalysisOptions, type QueryWord } from './query-analysis.js';
export { type HighlightRange, highlightRanges, mergeRanges, wordMatches } from './highlighter.js';
