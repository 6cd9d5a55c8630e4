/**
 * Russian form variants
 *
 * Snowball stems some forms of a Russian word differently from its dictionary form ("проблема" →
 * "проблем" but "проблем" → "пробл"; "прекрасный" → "прекрасн" but "прекрасен" → "прекрас").
 * So every dictionary word is also registered under the stems of its likely inflected forms:
 * noun case endings by declension type and adjective short forms. Over-generated forms that no
 * real word has are harmless: they only add a stem nothing else produces.
 *
 * Notes:
 * - Verbs are not expanded (their paradigms are too irregular); dictionaries list verb forms or use
 *   a prefix (`помог*`).
 */

const FEM = ['а', 'ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', ''];
const NEUT = ['а', 'у', 'ом', 'е', 'ам', 'ами', 'ах'];
const MASC = ['а', 'у', 'ом', 'е', 'ы', 'и', 'ов', 'ей', 'ам', 'ями', 'ами', 'ах', 'ях'];

/**
 * Short forms of a Russian adjective ("прекрасный" → "прекрасен", "прекрасна", "прекрасно",
 * "прекрасны").
 */
export function shortAdjectiveForms(word: string): string[] {
  if (word.length < 6 || !/(ый|ий|ой)$/.test(word) || !/^[а-я]+$/.test(word)) return [];
  const base = word.slice(0, -2);
  const plural = /[гкхжшчщ]$/.test(base) ? 'и' : 'ы';
  const forms = [`${base}а`, `${base}о`, `${base}${plural}`];
  if (/[^н]н$/.test(base)) forms.push(`${base.slice(0, -1).replace(/ь$/, '')}ен`);
  else if (base.endsWith('нн')) forms.push(base.slice(0, -1));
  else if (/[^аеиоуыэюя]к$/.test(base)) forms.push(`${base.slice(0, -1)}ок`);
  else if (!/[гкхжшчщ]$/.test(base)) forms.push(base);
  return forms;
}

/** Likely noun case forms of a Russian word (none for verbs, adjectives and short words). */
export function nounForms(word: string): string[] {
  if (word.length < 4 || !/^[а-я]+$/.test(word) || /(ть|ти|чь|ся|сь)$/.test(word)) return [];
  if (/(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(word) && !/(ие|ия)$/.test(word)) return [];
  const last = word[word.length - 1];
  const add = (base: string, endings: readonly string[]): string[] =>
    endings.filter((e) => e !== '' || base.length >= 3).map((e) => base + e);
  if (last === 'а' || last === 'я') return add(word.slice(0, -1), FEM);
  if (last === 'о' || last === 'е') return add(word.slice(0, -1), NEUT);
  if (last === 'ь' || last === 'й') return add(word.slice(0, -1), MASC);
  return add(word, MASC);
}
