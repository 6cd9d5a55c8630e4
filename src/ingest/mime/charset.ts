/**
 * Charset decoding and detection
 *
 * Decodes text bytes by their declared charset, and detects the charset when it is missing or wrong:
 * valid UTF-8 wins; otherwise the single-byte Cyrillic candidates (windows-1251, KOI8-R, CP866,
 * ISO-8859-5) are scored by how Russian the decoded letters look, and the best one is used.
 *
 * Notes:
 * - A declared single-byte Cyrillic charset is overridden only when another one scores clearly better
 *   (mislabelled mail from old clients is common: KOI8-R labelled windows-1251 and vice versa).
 */
import iconv from 'iconv-lite';

const CYRILLIC_CANDIDATES = ['windows-1251', 'koi8-r', 'cp866', 'iso-8859-5'] as const;

/** Relative frequency (per mille) of lower-case Russian letters in ordinary text. */
const RU_FREQ: Record<string, number> = {
  о: 110,
  е: 85,
  а: 80,
  и: 74,
  н: 67,
  т: 63,
  с: 55,
  р: 47,
  в: 45,
  л: 44,
  к: 35,
  м: 32,
  д: 30,
  п: 28,
  у: 26,
  я: 20,
  ы: 19,
  ь: 17,
  г: 17,
  з: 16,
  б: 16,
  ч: 14,
  й: 12,
  х: 10,
  ж: 9,
  ш: 7,
  ю: 6,
  ц: 5,
  щ: 4,
  э: 3,
  ф: 3,
  ъ: 1,
  ё: 1,
};

const ALIASES: Record<string, string> = {
  'x-cp1251': 'windows-1251',
  cp1251: 'windows-1251',
  'win-1251': 'windows-1251',
  koi8r: 'koi8-r',
  'x-koi8-r': 'koi8-r',
  ibm866: 'cp866',
  'x-ibm866': 'cp866',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-7': 'utf-7',
};

/** Lower-cased, aliased charset name, or undefined when iconv-lite does not know it. */
export function normalizeCharset(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const n = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const aliased = ALIASES[n] ?? n;
  return iconv.encodingExists(aliased) ? aliased : undefined;
}

/** True when every byte is < 0x80. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** True when `bytes` is well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (len === 0 || (b >= 0xe0 && b < 0xf0 && len !== 3)) return false;
    if (i + len > n) return false;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    i += len;
  }
  return true;
}

/** How Russian a decoded string looks: frequent lower-case letters score, odd case changes cost. */
export function russianScore(text: string): number {
  let score = 0;
  let prevLower = false;
  for (const ch of text) {
    const f = RU_FREQ[ch];
    if (f !== undefined) {
      score += f;
      prevLower = true;
      continue;
    }
    const lower = ch.toLowerCase();
    if (RU_FREQ[lower] !== undefined) {
      // An upper-case letter right after a lower-case one is typical of a wrong code page.
      score += prevLower ? -60 : RU_FREQ[lower] / 4;
      prevLower = false;
      continue;
    }
    if (ch >= '\u2500' && ch <= '\u25ff') score -= 40; // box drawing: CP866 decoded wrongly
    prevLower = false;
  }
  return score;
}

/** Picks the best single-byte Cyrillic decoding of `bytes` (sampled for speed). */
export function detectCyrillic(bytes: Uint8Array): string {
  const sample = bytes.length > 4096 ? bytes.subarray(0, 4096) : bytes;
  let best: string = CYRILLIC_CANDIDATES[0];
  let bestScore = -Infinity;
  for (const cs of CYRILLIC_CANDIDATES) {
    const s = russianScore(iconv.decode(Buffer.from(sample), cs));
    if (s > bestScore) {
      bestScore = s;
      best = cs;
    }
  }
  return best;
}

/** The charset that should be used to decode `bytes` given what the message declares. */
export function chooseCharset(bytes: Uint8Array, declared: string | undefined): string {
  const cs = normalizeCharset(declared);
  if (isAscii(bytes)) return 'utf-8';
  if (isValidUtf8(bytes)) return 'utf-8';
  if (cs && cs !== 'utf-8' && !(CYRILLIC_CANDIDATES as readonly string[]).includes(cs)) return cs;
  const detected = detectCyrillic(bytes);
  if (!cs || cs === 'utf-8') return detected;
  if (detected === cs) return cs;
  const sample = Buffer.from(bytes.length > 4096 ? bytes.subarray(0, 4096) : bytes);
  const own = russianScore(iconv.decode(sample, cs));
  const other = russianScore(iconv.decode(sample, detected));
  return other > own * 1.5 + 50 ? detected : cs;
}

/**
 * The charset of a file from its first bytes: a head cut inside a UTF-8 character (the last one to
 * three bytes of an unfinished sequence) still reads as UTF-8.
 */
export function chooseHeadCharset(head: Uint8Array): string {
  let end = head.length;
  // Step back over continuation bytes (10xxxxxx) to the lead byte of the last character.
  let lead = end - 1;
  while (lead >= 0 && end - lead <= 3 && ((head[lead] ?? 0) & 0xc0) === 0x80) lead--;
  const b = head[lead] ?? 0;
  const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  if (lead >= 0 && end - lead < need) end = lead;
  return chooseCharset(head.subarray(0, end), undefined);
}

/** Decodes text bytes, detecting the charset when missing or mislabelled. */
export function decodeText(bytes: Uint8Array, declared?: string): string {
  const cs = chooseCharset(bytes, declared);
  if (cs === 'utf-8') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), cs);
}
