/**
 * Name keys across scripts
 *
 * Turns person names written in Cyrillic or Latin into comparable keys: Cyrillic is transliterated,
 * then both sides are reduced to a phonetic skeleton that absorbs the usual spelling variants
 * (Мария → mariya / maria, Юрий → yuriy / iurii / jurij, Щукин → shchukin / schukin).
 */

const TABLE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Transliterates Cyrillic letters to Latin (lower case); other characters pass through. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += TABLE[ch] ?? ch;
  return out;
}

/** A phonetic skeleton of a Latin word that ignores common transliteration differences. */
export function skeleton(word: string): string {
  return word
    .replace(/shch|sch/g, 's')
    .replace(/tch|sh|zh|ch|kh|ts|tz/g, (m) => SKELETON_PAIRS[m] ?? m)
    .replace(/[yj]/g, 'i')
    .replace(/i+$/g, 'i')
    .replace(/i+([aueo])/g, '$1')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

const SKELETON_PAIRS: Record<string, string> = {
  tch: 'c',
  sh: 's',
  zh: 'z',
  ch: 'c',
  kh: 'h',
  ts: 'c',
  tz: 'c',
};

/** Name tokens: letters only, transliterated and skeletonized. */
export function nameTokens(name: string): string[] {
  return transliterate(name.replace(/ё/gi, 'е'))
    .split(/[^a-z]+/)
    .filter((t) => t.length > 0)
    .map(skeleton);
}

/**
 * Keys under which a full name (`Surname Given [Patronymic]` or `Given Surname`) can be found:
 * `surname|g` for each ordering of the first two tokens, so both orders and initials match.
 */
export function nameKeys(name: string): string[] {
  const t = nameTokens(name).filter((x) => x.length > 0);
  if (t.length < 2) return [];
  const keys = new Set<string>();
  const [a, b] = t as [string, string];
  if (a.length > 1) keys.add(`${a}|${b[0] ?? ''}`);
  if (b.length > 1) keys.add(`${b}|${a[0] ?? ''}`);
  if (t.length >= 3) {
    const last = t[t.length - 1];
    if (last.length > 1) keys.add(`${last}|${a[0] ?? ''}`);
  }
  return [...keys];
}
