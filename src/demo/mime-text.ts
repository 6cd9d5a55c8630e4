/**
 * Charset-safe text
 *
 * Legacy 8-bit charsets (windows-1251, KOI8-R) cannot carry emoji or some typographic signs; this
 * replaces them so what the model records is exactly what a reader decodes from the file.
 */
import type { Charset } from './types.js';

const COMMON: readonly (readonly [RegExp, string])[] = [
  [/₽/g, 'руб.'],
  [/[\u{1F000}-\u{1FFFF}\u{2600}-\u{27BF}]|\u{FE0F}|\u{200D}/gu, ''],
];
const KOI8: readonly (readonly [RegExp, string])[] = [
  [/[«»„“”]/g, '"'],
  [/[—–]/g, '-'],
  [/№/g, 'N'],
  [/…/g, '...'],
];

/** `text` reduced to characters the charset can encode (UTF-8 passes unchanged). */
export function sanitizeForCharset(text: string, charset: Charset): string {
  if (charset === 'utf-8') return text;
  let out = text;
  for (const [re, to] of COMMON) out = out.replace(re, to);
  if (charset === 'koi8-r') for (const [re, to] of KOI8) out = out.replace(re, to);
  return out;
}
