/**
 * Language detection
 *
 * A per-message guess good enough to pick stemmers and report shares: counts Cyrillic and Latin
 * letters in the head of the (normalised) text, then separates Russian from Ukrainian/Belarusian by
 * their own letters and English from other Latin-script languages by diacritics.
 *
 * Notes:
 * - Returns `ru`, `en`, `uk`, `be`, `other` (letters of another script or Latin with diacritics) or
 *   `und` (no letters: empty, numbers only, binary).
 * - Short mixed messages go to the script with more letters; ties go to Russian.
 */
import { CHAR_CLASS, C_LETTER } from './char-class.js';

const SAMPLE = 4000;

/** Guesses the language of a text (any case). */
export function detectLanguage(text: string): string {
  const n = Math.min(text.length, SAMPLE);
  let cyr = 0;
  let lat = 0;
  let latExtra = 0;
  let other = 0;
  let uk = 0;
  let be = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)) c += 0x20;
    else if (c >= 0x400 && c <= 0x40f) c += 0x50;
    if (c >= 0x61 && c <= 0x7a) lat++;
    else if (c >= 0x430 && c <= 0x44f) cyr++;
    else if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491) {
      cyr++;
      if (c === 0x456) be++;
      uk++;
    } else if (c === 0x45e) {
      cyr++;
      be += 2;
    } else if (c >= 0xc0 && c <= 0x24f) latExtra++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (CHAR_CLASS[c] === C_LETTER) other++;
  }
  const letters = cyr + lat + latExtra + other;
  if (letters === 0) return 'und';
  if (other > cyr + lat + latExtra) return 'other';
  if (cyr >= lat + latExtra) return languageOfCyrillic(cyr, uk, be);
  return latExtra > 0.02 * (lat + latExtra) ? 'other' : 'en';
}

function languageOfCyrillic(cyr: number, uk: number, be: number): string {
  const share = Math.max(uk, be) / cyr;
  if (share < 0.01) return 'ru';
  return be > uk ? 'be' : 'uk';
}
