import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { type Lang, renderMessage, type Vars } from './catalogue.ts';
import { type MessageKey, messages } from './registry.ts';

export type { Lang, MessageKey };

const STORAGE_KEY = 'sti.lang';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** a message in the current language; `count` (a number) picks the plural form */
  t: (key: MessageKey, vars?: Vars) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // storage unavailable (privacy mode): fall back to Vietnamese
  }
  return 'vi';
}

/** A translator outside React (tests, non-component code). */
export function translator(lang: Lang): I18n['t'] {
  const dict = messages[lang];
  return (key, vars) => renderMessage(dict[key], lang, vars);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // ignore
    }
  }, []);

  const value = useMemo<I18n>(() => ({ lang, setLang, t: translator(lang) }), [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
