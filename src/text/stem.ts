/**
 * Stemming
 *
 * Snowball stemmers for Russian and English, chosen per word by its script: a Cyrillic word gets the
 * Russian stemmer, a Latin one the English stemmer, anything else is kept as it is.
 *
 * References:
 * - M. Porter, "Snowball: A language for stemming algorithms" (2001), https://snowballstem.org/
 *
 * Notes:
 * - The JS port does ~0.3 M words/s, far too slow for the 20 MB/s budget, so callers cache the stem
 *   per surface form (`StemCache`); natural text repeats its forms, so the hit rate is high.
 * - Words mixing Cyrillic with Latin look-alikes ("пpивет" with a Latin p) are folded to the
 *   majority script first, a common trick in spam and a common typo.
 */
import snowball from 'snowball-stemmers';
import { isCyrillic, isLatin } from './char-class.js';

const RU = snowball.newStemmer('russian');
const EN = snowball.newStemmer('english');

const LATIN_TO_CYR: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};
const CYR_TO_LATIN: Record<string, string> = {
  а: 'a',
  с: 'c',
  е: 'e',
  о: 'o',
  р: 'p',
  х: 'x',
  у: 'y',
  к: 'k',
  м: 'm',
  т: 't',
  н: 'h',
  в: 'b',
};

/** Script of a (lower-case) word: 'cyr', 'lat', or 'other'; mixed words are folded by `foldScript`. */
export function wordScript(word: string): 'cyr' | 'lat' | 'other' {
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isCyrillic(c)) cyr++;
    else if (isLatin(c)) lat++;
  }
  if (cyr === 0 && lat === 0) return 'other';
  return cyr >= lat ? 'cyr' : 'lat';
}

/** Replaces look-alike letters of the minority script in a mixed Cyrillic/Latin word. */
export function foldScript(word: string): string {
  const script = wordScript(word);
  if (script === 'other') return word;
  const map = script === 'cyr' ? LATIN_TO_CYR : CYR_TO_LATIN;
  let out = '';
  for (const ch of word) out += map[ch] ?? ch;
  return out;
}

/** Stems one lower-case, ё-folded word. */
export function stemWord(word: string): string {
  const script = wordScript(word);
  if (script === 'other') return word;
  const folded = foldScript(word);
  return script === 'cyr' ? RU.stem(folded) : EN.stem(folded.replace(/['’ʼ]/g, ''));
}

/** Entries a `StemCache` keeps before it starts over (bounds memory on endless corpora). */
export const STEM_CACHE_LIMIT = 500_000;

/** Caches `stemWord` per surface form. */
export class StemCache {
  private readonly map = new Map<string, string>();

  stem(word: string): string {
    let s = this.map.get(word);
    if (s === undefined) {
      s = stemWord(word);
      if (this.map.size >= STEM_CACHE_LIMIT) this.map.clear();
      this.map.set(word, s);
    }
    return s;
  }
}
