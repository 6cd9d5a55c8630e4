/**
 * Translation
 *
 * Picks the language (stored choice, else Russian when the browser asks for it, else English) and
 * formats a message with `{name}` parameters. Numbers and dates use the language's locale.
 */
import { en, type MessageKey } from './en.js';
import { ru } from './ru.js';

export type Lang = 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'en'];

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { ru, en };
const STORAGE_KEY = 'sociogram.lang';

/** The language to start with: a stored choice wins, then `navigator.language`. */
export function detectLang(stored: string | null, browser: string | undefined): Lang {
  if (stored === 'ru' || stored === 'en') return stored;
  return browser?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Reads the stored choice and the browser language (safe where storage is blocked). */
export function initialLang(): Lang {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // NOTE: storage can be disabled; fall back to the browser language.
  }
  return detectLang(stored, typeof navigator === 'undefined' ? undefined : navigator.language);
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // NOTE: not remembering the choice is harmless.
  }
}

export type Params = Readonly<Record<string, string | number>>;

/** Formats `key` in `lang`, replacing `{name}` with `params.name`. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Locale-aware number formatting (`1 234,5` in Russian). */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return value.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/** A date (epoch milliseconds) as a short local date. */
export function formatDate(lang: Lang, epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(lang === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'UTC' });
}
