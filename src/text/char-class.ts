/**
 * Character classes
 *
 * One lookup table over the Basic Multilingual Plane classifies every UTF-16 code unit for the
 * tokenizer, so the hot loop does one typed-array read per character instead of a regex test.
 */

export const C_OTHER = 0;
export const C_LETTER = 1;
export const C_DIGIT = 2;
export const C_SPACE = 3;
/** `.` `!` `?` `…`: may end a sentence. */
export const C_STOP = 4;
/** `,` `;` `:` and dashes: end a clause (and a negation's scope). */
export const C_CLAUSE = 5;
export const C_NEWLINE = 6;
export const C_APOS = 7;
export const C_HYPHEN = 8;
export const C_AT = 9;
export const C_HASH = 10;
export const C_CLOSE = 11;
export const C_OPEN = 12;
export const C_SURROGATE = 13;
export const C_UNDERSCORE = 14;

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = C_SURROGATE;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (letter.test(ch)) table[c] = C_LETTER;
    else if (digit.test(ch)) table[c] = C_DIGIT;
    else if (space.test(ch)) table[c] = C_SPACE;
  }
  const set = (chars: string, cls: number): void => {
    for (const ch of chars) table[ch.charCodeAt(0)] = cls;
  };
  set('.!?…', C_STOP);
  set(',;:—–', C_CLAUSE);
  set('\n\r\u2028\u2029', C_NEWLINE);
  set("'’ʼ", C_APOS);
  set('-‐', C_HYPHEN);
  set('@', C_AT);
  set('#', C_HASH);
  set(')', C_CLOSE);
  set('(', C_OPEN);
  set('_', C_UNDERSCORE);
  for (let c = 0xfe00; c <= 0xfe0f; c++) table[c] = C_OTHER;
  return table;
}

/** Class of each UTF-16 code unit. */
export const CHAR_CLASS: Uint8Array = buildTable();

/** True for a Cyrillic letter code unit. */
export function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}

/** True for a basic Latin letter code unit (either case). */
export function isLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
