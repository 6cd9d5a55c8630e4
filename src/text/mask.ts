/**
 * Personal data masking
 *
 * When a workspace keeps message text, phone numbers, e-mail addresses, Russian passport and SNILS
 * numbers and bank card numbers are replaced by placeholders (`[EMAIL]`, `[PHONE]`, `[PASSPORT]`,
 * `[SNILS]`, `[CARD]`) before the text is stored.
 *
 * References:
 * - SNILS check digit: Pension Fund of Russia rules (sum of digit × position-from-right, mod 101).
 * - Card numbers: Luhn checksum (ISO/IEC 7812-1).
 *
 * Notes:
 * - Order matters: e-mails first (they may contain digits), then cards (Luhn-valid 13–19 digits),
 *   SNILS (valid checksum, or the 3-3-3 2 layout), passports (4+6 digits, or any digits after the
 *   word "паспорт"), and last phones (10–15 digits in the usual layouts).
 * - Masking errs on the side of masking: a 10-digit number that looks like a phone is masked.
 */

export type PersonalDataKind = 'email' | 'card' | 'snils' | 'passport' | 'phone';

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  'email',
  'card',
  'snils',
  'passport',
  'phone',
];

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const CARD = /(?<![\d-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])/g;
const SNILS = /(?<![\d-])\d{3}[- ]?\d{3}[- ]?\d{3}[- ]?\d{2}(?![\d-])/g;
const PASSPORT_WORD =
  /(паспорт\S*|passport)(\s*(?:серии|серия|сер\.|№|no\.?|number|номер|:|\s)*)[\d\s№-]{6,16}\d/giu;
const PASSPORT = /(?<![\d-])\d{2} ?\d{2} ?№? ?\d{6}(?![\d-])/g;
const PHONE_INTL = /(?<![\p{L}\p{N}])\+(?:\d{10,15}|\d{1,3}(?:[\s().-]{1,2}\d{1,5}){1,6})(?!\d)/gu;
const PHONE =
  /(?<![\p{L}\p{N}])(?:\+\s?\d{1,3}|8)?[\s-]?\(?\d{3,5}\)?[\s-]?\d{1,3}[\s-]?\d{2}[\s-]?\d{2}(?![\d-])/gu;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** True when a digit string passes the Luhn check. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** True when an 11-digit string is a SNILS with a valid check number. */
export function isSnilsValid(digits: string): boolean {
  if (digits.length !== 11) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (9 - i);
  const check = sum % 101 === 100 ? 0 : sum % 101;
  return check === Number(digits.slice(9));
}

/** A phone number has 10–15 digits (E.164); shorter or longer digit runs are left alone. */
function phoneOrKeep(m: string): string {
  const n = digitsOf(m).length;
  return n >= 10 && n <= 15 ? '[PHONE]' : m;
}

const MASKERS: Record<PersonalDataKind, (text: string) => string> = {
  email: (t) => t.replace(EMAIL, '[EMAIL]'),
  card: (t) =>
    t.replace(CARD, (m) => {
      const d = digitsOf(m);
      return d.length >= 13 && d.length <= 19 && isLuhnValid(d) ? '[CARD]' : m;
    }),
  snils: (t) =>
    t.replace(SNILS, (m) =>
      isSnilsValid(digitsOf(m)) || /^\d{3}-\d{3}-\d{3}[ -]\d{2}$/.test(m) ? '[SNILS]' : m,
    ),
  passport: (t) =>
    t
      .replace(PASSPORT_WORD, (_m, word: string, sep: string) => `${word}${sep}[PASSPORT]`)
      .replace(PASSPORT, '[PASSPORT]'),
  phone: (t) => t.replace(PHONE_INTL, phoneOrKeep).replace(PHONE, phoneOrKeep),
};

/**
 * Masks personal data in a text; `kinds` limits which kinds are masked (default: all).
 * @example
 * maskPersonalData('Звоните +7 (912) 345-67-89, пишите ivanov@ozersk.ru');
 * // 'Звоните [PHONE], пишите [EMAIL]'
 */
export function maskPersonalData(
  text: string,
  kinds: readonly PersonalDataKind[] = PERSONAL_DATA_KINDS,
): string {
  let out = text;
  for (const kind of PERSONAL_DATA_KINDS) if (kinds.includes(kind)) out = MASKERS[kind](out);
  return out;
}
