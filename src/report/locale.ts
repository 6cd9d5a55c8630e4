/**
 * Locale formatting for reports
 *
 * Numbers, percentages, dates and plural forms through `Intl`, so a Russian report says
 * «1 234,5», «12 сообщений», «3 марта 2025 г.» and an English one "1,234.5", "12 messages",
 * "3 March 2025". Dates are shown in UTC: the period boundaries are stored as UTC instants.
 */
export type ReportLang = 'ru' | 'en';

/** Plural forms by `Intl.PluralRules` category; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

export interface Formatter {
  readonly lang: ReportLang;
  /** A number with at most `digits` fraction digits (grouped). */
  num(value: number, digits?: number): string;
  /** A count with its noun in the right plural form: `count(5, {one:'сообщение', few:'сообщения', many:'сообщений', other:'сообщения'})`. */
  count(value: number, forms: PluralForms): string;
  /** The noun alone in the plural form for `value`. */
  plural(value: number, forms: PluralForms): string;
  /** A share in [0, 1] as a percentage. */
  pct(share: number, digits?: number): string;
  /** A date (day, month name, year). */
  date(ts: number): string;
  /** A short numeric date (for tables). */
  shortDate(ts: number): string;
  /** A date range. */
  range(from: number, to: number): string;
}

const LOCALES: Record<ReportLang, string> = { ru: 'ru-RU', en: 'en-GB' };

export function createFormatter(lang: ReportLang): Formatter {
  const locale = LOCALES[lang];
  const rules = new Intl.PluralRules(locale);
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let f = numbers.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      numbers.set(digits, f);
    }
    return f;
  };
  const longDate = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortDate = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const plural = (value: number, forms: PluralForms): string => forms[rules.select(value)] ?? forms.other;
  return {
    lang,
    num: (value, digits = 0) => (Number.isFinite(value) ? numberFormat(digits).format(value) : '—'),
    count: (value, forms) => `${numberFormat(0).format(value)} ${plural(value, forms)}`,
    plural,
    pct: (share, digits = 0) =>
      Number.isFinite(share)
        ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share)
        : '—',
    date: (ts) => longDate.format(ts),
    shortDate: (ts) => shortDate.format(ts),
    range: (from, to) => `${longDate.format(from)} — ${longDate.format(to)}`,
  };
}
