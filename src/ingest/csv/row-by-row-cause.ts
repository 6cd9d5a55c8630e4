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

/** The English wording of a cause. */
export function causeText(cause: RowByRowCause): string {
  switch (cause.code) {
    case 'blank-lines':
      return `${cause.count} blank line(s) between records`;
    case 'long-line':
      return 'a line longer than the record limit';
    case 'unclosed-quote':
      return 'an unclosed quote at the end';
    case 'lone-cr':
      return 'a CR that does not end a line';
    case 'mixed-line-ends':
      return 'both CRLF and LF line ends';
    case 'resumed':
      return 'resumed inside this part';
    case 'overrun':
      return `a record of part ${cause.part} runs past that part's end`;
    case 'no-bulk-load':
      return 'the store has no bulk load';
    case 'not-a-plain-file':
      return 'not a plain CSV file on disk with a mapping';
    case 'no-header':
      return 'no header';
    case 'one-column':
      return 'fewer than two columns';
    case 'missing-columns':
      return 'the mapping names missing columns';
    case 'read-before':
      return 'the source was read row by row up to its checkpoint';
    case 'store-declined':
      return cause.detail;
  }
}

/** The English wording of the first few part causes, the rest counted. */
export function partCausesText(causes: readonly PartCause[], total: number): string {
  const shown = causes.map((c) => `part ${c.part}: ${causeText(c.cause)}`).join('; ');
  return total > causes.length ? `${shown}; ${total - causes.length} more` : shown;
}
