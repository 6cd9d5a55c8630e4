/**
 * Row-by-row line
 *
 * The ingest's one line about a CSV log that was read row by row, wholly or in some parts, with
 * its causes worded in the user's language (the summary's codes; a store's own refusal is quoted in
 * the store's words).
 */
import type { PartCause, PlainCause, RowByRowCause, SourceSummary } from '../ingest/index.js';
import { cliLang, type Lang, type MessageKey, t } from './messages.js';

const PLAIN_KEY: Record<PlainCause, MessageKey> = {
  'long-line': 'causeLongLine',
  'unclosed-quote': 'causeUnclosedQuote',
  'lone-cr': 'causeLoneCr',
  'mixed-line-ends': 'causeMixedLineEnds',
  resumed: 'causeResumed',
  'no-bulk-load': 'causeNoBulkLoad',
  'not-a-plain-file': 'causeNotAPlainFile',
  'no-header': 'causeNoHeader',
  'one-column': 'causeOneColumn',
  'missing-columns': 'causeMissingColumns',
  'read-before': 'causeReadBefore',
};

function sayCause(cause: RowByRowCause, lang: Lang): string {
  switch (cause.code) {
    case 'blank-lines':
      return t('causeBlankLines', { count: cause.count }, lang);
    case 'overrun':
      return t('causeOverrun', { part: cause.part }, lang);
    case 'store-declined':
      return t('causeStoreDeclined', { detail: cause.detail }, lang);
    default:
      return t(PLAIN_KEY[cause.code], {}, lang);
  }
}

function sayParts(causes: readonly PartCause[], total: number, lang: Lang): string {
  const named = causes.map((c) => t('partCause', { part: c.part, cause: sayCause(c.cause, lang) }, lang));
  if (total > causes.length) named.push(t('moreParts', { count: total - causes.length }, lang));
  return named.join('; ');
}

/** The line for `source`, or undefined when it was loaded in one pass (or is not a CSV log). */
export function rowByRowLine(source: SourceSummary, lang: Lang = cliLang()): string | undefined {
  const { path, rowByRowCause: cause, rowByRowParts: parts } = source;
  if (cause) return t('rowByRow', { path, reason: sayCause(cause, lang) }, lang);
  if (!parts) return undefined;
  const why = sayParts(parts.causes, parts.parts, lang);
  return parts.parts < parts.of
    ? t('rowByRowParts', { path, parts: parts.parts, of: parts.of, why }, lang)
    : t('rowByRow', { path, reason: why }, lang);
}
