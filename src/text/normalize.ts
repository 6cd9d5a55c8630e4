/**
 * Text normalisation
 *
 * Brings any message text into the one form the matcher works on: Unicode NFKC (only when the text
 * has characters outside plain Latin/Cyrillic, so the common case costs one regex test), invisible
 * characters removed, lower case, and ё folded to е (the scanner does the last two per new word).
 *
 * Notes:
 * - Folding ё→е is what Russian writers do anyway; dictionaries are folded the same way on load.
 * - Gigantic texts are cut at `MAX_TEXT_CHARS`: features of a 2 MB message say nothing a 2 MB prefix
 *   does not, and the cut keeps ingest's memory and time per message bounded.
 */

/** Characters of a message that are analysed at most (longer texts are cut here). */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * True when the text has a character NFKC might change: anything outside tab..Cyrillic, general
 * punctuation, the BMP symbol/dingbat emoji and the emoji planes (whose code points NFKC keeps).
 */
function needsNfkc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x4ff || (c >= 0x2010 && c <= 0x203a) || (c >= 0x2600 && c <= 0x27bf) || c === 0xfe0f) continue;
    if (c >= 0xd83c && c <= 0xd83e) {
      i++;
      continue;
    }
    return true;
  }
  return false;
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/;

/** Folds `ё` to `е` (both cases). */
export function foldYo(text: string): string {
  return text.indexOf('ё') < 0 && text.indexOf('Ё') < 0 ? text : text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/**
 * Normalises text for matching: NFKC, invisible characters removed, lower case, ё→е.
 * @example
 * normalizeText('Ёлки\u00ADпалки'); // 'елкипалки'
 */
export function normalizeText(raw: string): string {
  return foldYo(prepareText(raw).toLowerCase());
}

/**
 * The case-preserving part of `normalizeText`: cut, NFKC where needed, invisible characters
 * removed. The scanner works on this and lower-cases only the words it has not seen yet, which
 * saves a full pass over the text.
 */
export function prepareText(raw: string): string {
  let text = raw.length > MAX_TEXT_CHARS ? raw.slice(0, MAX_TEXT_CHARS) : raw;
  if (needsNfkc(text)) {
    text = text.normalize('NFKC');
    if (HAS_INVISIBLE.test(text)) text = text.replace(INVISIBLE, '');
  }
  return text;
}

/** True when the text looks binary: many control or replacement characters in its head. */
export function isProbablyBinary(text: string): boolean {
  const n = Math.min(text.length, 4096);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / n > 0.1;
}
