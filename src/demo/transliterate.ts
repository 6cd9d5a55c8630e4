/**
 * Transliteration
 *
 * Russian → Latin in the passport style (ж→zh, х→kh, ц→ts, щ→shch), for e-mail local parts and
 * Telegram handles.
 */

const MAP: Readonly<Record<string, string>> = {
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

/** Lower-case Latin transliteration; characters outside the Russian alphabet pass through. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += MAP[ch] ?? ch;
  return out;
}
