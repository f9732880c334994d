// Blind review: authors' names and their units / organisations are removed from free text, and fields
// marked identifying are replaced whole. Matching is accent-, case- and normalisation-insensitive
// (`Nguyen Van An`, `NGUYỄN VĂN AN`, NFD `Nguyễn Văn An` all match `Nguyễn Văn An`), whole words
// only (`An` does not match inside `Anh`), with any run of white space between the words of a name.
// Everything outside a match is kept exactly as written (no normalisation of the rest of the text).
import { foldVietnamese, foldWithOffsets } from './vietnamese-fold.js';

export const DEFAULT_REDACTION = '[đã ẩn]';

export interface RedactionResult {
  text: string;
  /** original [start, end) ranges that were replaced */
  ranges: [number, number][];
}

export interface Redactor {
  redact(text: string): RedactionResult;
  /** the text only */
  redactText(text: string): string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles the terms once; reuse the redactor for every field of every submission of the same authors. */
export function createRedactor(terms: readonly string[], replacement = DEFAULT_REDACTION): Redactor {
  const alternatives = [
    ...new Set(
      terms
        .map((t) => foldVietnamese(t).trim().split(/\s+/u).filter(Boolean))
        .filter((words) => words.length > 0)
        .map((words) => words.map(escapeRegExp).join('\\s+')),
    ),
  ].sort((a, b) => b.length - a.length); // longest first: `Trường THPT Chu Văn An` before `Chu Văn An`
  const pattern =
    alternatives.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu')
      : undefined;

  const redact = (text: string): RedactionResult => {
    if (!pattern || text.length === 0) return { text, ranges: [] };
    const { folded, start, end } = foldWithOffsets(text);
    const ranges: [number, number][] = [];
    for (const m of folded.matchAll(pattern)) {
      const from = start[m.index] as number;
      const to = end[m.index + m[0].length - 1] as number;
      ranges.push([from, to]);
    }
    if (ranges.length === 0) return { text, ranges };
    let out = '';
    let at = 0;
    for (const [from, to] of ranges) {
      out += text.slice(at, from) + replacement;
      at = to;
    }
    return { text: out + text.slice(at), ranges };
  };
  return { redact, redactText: (text) => redact(text).text };
}

export function redactText(text: string, terms: readonly string[], replacement = DEFAULT_REDACTION): string {
  return createRedactor(terms, replacement).redactText(text);
}

export interface IdentifyingParty {
  name: string;
  unitName?: string;
  organisationName?: string;
}

/** The names a blind review hides: each author's name, unit and organisation. */
export function identifyingTerms(parties: readonly IdentifyingParty[]): string[] {
  return parties.flatMap((p) => [p.name, p.unitName, p.organisationName]).filter((t): t is string => !!t?.trim());
}

export interface BlindOptions {
  /** names, units, organisations (see identifyingTerms) */
  terms: readonly string[];
  /**
   * dotted paths of fields replaced whole, array indices left out: `contact.phone`, `attachments.fileName`
   * (every attachment's file name). Strings become the replacement text, anything else null.
   */
  identifyingPaths?: readonly string[];
  replacement?: string;
}

/** A deep copy of a JSON-like value for a blind reviewer: identifying fields replaced, names redacted in every string. */
export function redactForBlindReview<T>(value: T, options: BlindOptions): T {
  const replacement = options.replacement ?? DEFAULT_REDACTION;
  const redactor = createRedactor(options.terms, replacement);
  const identifying = new Set(options.identifyingPaths ?? []);
  const walk = (v: unknown, path: string): unknown => {
    if (path && identifying.has(path)) return typeof v === 'string' ? replacement : null;
    if (typeof v === 'string') return redactor.redactText(v);
    if (Array.isArray(v)) return v.map((item) => walk(item, path));
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, path ? `${path}.${k}` : k)]));
    }
    return v;
  };
  return walk(value, '') as T;
}
