/**
 * Language context
 *
 * Gives every component the current language, `t()` and the switch. The document's `lang` attribute
 * follows the choice so screen readers pronounce the page correctly.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './en.js';
import { formatNumber, initialLang, storeLang, translate, type Lang, type Params } from './i18n.js';

export interface I18n {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: (key: MessageKey, params?: Params) => string;
  readonly n: (value: number, digits?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? initialLang());
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (next) => {
        storeLang(next);
        setLangState(next);
      },
      t: (key, params) => translate(lang, key, params),
      n: (num, digits) => formatNumber(lang, num, digits),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and `t()`; must be inside `I18nProvider`. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('web/i18n: useI18n outside I18nProvider');
  return value;
}
