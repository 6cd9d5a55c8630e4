/**
 * Row-by-row causes
 *
 * Why a CSV log, or one part of it, is read row by row instead of in one pass: a code with its
 * numbers, so the CLI words it in the user's language, and its English wording for JSON summaries
 * and logs. A store's own refusal keeps the store's words (`store-declined`).
 */

export type RowByRowCause =
  | { readonly code: 'blank-lines'; readonly count: number }
  | {
      readonly code: 'long-line' | 'unclosed-quote' | 'lone-cr' | 'mixed-line-ends' | 'resumed';
    }
  /** A record of part `part` (numbered from 1) runs past that part's end, into this one. */
  | { readonly code: 'overrun'; readonly part: number }
  /** The file does not qualify for the one-pass load (see `NotInOnePass`). */
  | { readonly code: NotInOnePass }
  /** The store's own reader declined the part; `detail` is its words. */
  | { readonly code: 'store-declined'; readonly detail: string };

/** Why a whole file does not go to the one-pass load at all. */
export type NotInOnePass =
  'no-bulk-load' | 'not-a-plain-file' | 'no-header' | 'one-column' | 'missing-columns' | 'read-before';

/** A cause in a part, numbered from 1. */
export interface PartCause {
  readonly part: number;
  readonly cause: RowByRowCause;
}

/** The causes that carry no numbers or words of their own. */
export type PlainCause = Exclude<RowByRowCause['code'], 'blank-lines' | 'overrun' | 'store-declined'>;

const PLAIN_TEXT: Record<PlainCause, string> = {
  'long-line': 'a line longer than the record limit',
  'unclosed-quote': 'an unclosed quote at the end',
  'lone-cr': 'a CR that does not end a line',
  'mixed-line-ends': 'both CRLF and LF line ends',
  resumed: 'resumed inside this part',
  'no-bulk-load': 'the store has no bulk load',
  'not-a-plain-file': 'not a plain CSV file on disk with a mapping',
  'no-header': 'no header',
  'one-column': 'fewer than two columns',
  'missing-columns': 'the mapping names missing columns',
  'read-before': 'the source was read row by row up to its checkpoint',
};

/** The English wording of a cause. */
export function causeText(cause: RowByRowCause): string {
  switch (cause.code) {
    case 'blank-lines':
      return `${cause.count} blank line(s) between records`;
    case 'overrun':
      return `a record of part ${cause.part} runs past that part's end`;
    case 'store-declined':
      return cause.detail;
    default:
      return PLAIN_TEXT[cause.code];
  }
}

/** The English wording of the first few part causes, the rest counted. */
export function partCausesText(causes: readonly PartCause[], total: number): string {
  const shown = causes.map((c) => `part ${c.part}: ${causeText(c.cause)}`).join('; ');
  return total > causes.length ? `${shown}; ${total - causes.length} more` : shown;
}
