// One message catalogue per module (Vietnamese first, English typed against it), merged by the
// registry. A message is a template with `{name}` placeholders, or plural forms chosen with
// Intl.PluralRules by the `count` variable ("1 result", "2 results"; Vietnamese has one form).

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface PluralMessage {
  /** required: the form for every count the language has no other form for */
  other: string;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
}
export type Message = string | PluralMessage;

export interface Catalogue<K extends string> {
  vi: { readonly [P in K]: Message };
  en: { readonly [P in K]: Message };
}

/** Declares a module's catalogue; English must have exactly Vietnamese's keys (a compile error otherwise). */
export function defineCatalogue<const V extends Record<string, Message>>(catalogue: {
  vi: V;
  en: { readonly [P in keyof V]: Message };
}): Catalogue<Extract<keyof V, string>> {
  return catalogue as Catalogue<Extract<keyof V, string>>;
}

/** Merges module catalogues; a key defined by two modules is a programming error. */
export function mergeCatalogues<K extends string>(catalogues: readonly Catalogue<string>[]): Catalogue<K> {
  const merged = { vi: {} as Record<string, Message>, en: {} as Record<string, Message> };
  for (const c of catalogues) {
    for (const key of Object.keys(c.vi)) {
      if (key in merged.vi) throw new Error(`message key defined twice: ${key}`);
      merged.vi[key] = c.vi[key] as Message;
      merged.en[key] = c.en[key] as Message;
    }
  }
  return merged as Catalogue<K>;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function rulesFor(lang: Lang): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules;
}

export type Vars = Record<string, string | number>;

/**
 * Renders a message: picks the plural form by `vars.count` (a number), formats `count` with the
 * language's digit grouping, and replaces `{name}` placeholders; values end up as React text.
 */
export function renderMessage(message: Message, lang: Lang, vars?: Vars): string {
  let template: string;
  const count = vars?.count;
  if (typeof message === 'string') template = message;
  else if (typeof count === 'number') template = message[rulesFor(lang).select(count)] ?? message.other;
  else template = message.other;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (!(k in vars)) return m;
    const v = vars[k];
    return k === 'count' && typeof v === 'number'
      ? new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(v)
      : String(v);
  });
}
