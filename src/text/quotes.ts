/**
 * Quoted replies and signatures
 *
 * Ingest removes quoted replies and signatures where the source marks them; this handles text
 * without marks: `>`-quoted lines, a reply header ("On … wrote:", "… писал(а):", "-----Original
 * Message-----", "-----Исходное сообщение-----") and everything after it, and a signature after
 * "-- " or a closing formula ("С уважением,", "Best regards,") near the end.
 *
 * Notes:
 * - A closing formula cuts only when at most `SIGNATURE_MAX_LINES` lines follow it, so a letter that
 *   merely contains "с уважением" mid-text keeps its body.
 */

export const SIGNATURE_MAX_LINES = 8;

const QUICK =
  /^>|\n>|\n-- ?\r?\n|писал|wrote:|original message|исходное сообщение|пересылаемое сообщение|forwarded message|уважением|regards|\nотправлено с/i;
const REPLY_HEADER =
  /^(?:-{2,}\s*(?:original message|исходное сообщение|пересылаемое сообщение|forwarded message)\s*-{2,}|.{0,200}(?:писал|написал|пишет)(?:\(а\)|а)?:\s*$|on .{0,200} wrote:\s*$)/i;
const CLOSING =
  /^(?:с уважением|с наилучшими пожеланиями|best regards|kind regards|regards|sincerely|отправлено с (?:iphone|моего)|sent from my)(?!\p{L})/iu;

/**
 * Removes quoted replies and a trailing signature from a message body.
 * @example
 * stripQuotesAndSignature('Да, согласен.\n\n> Вы придёте?'); // 'Да, согласен.'
 */
export function stripQuotesAndSignature(text: string): string {
  if (!QUICK.test(text)) return text;
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '--' || REPLY_HEADER.test(trimmed)) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  for (let i = Math.max(0, kept.length - SIGNATURE_MAX_LINES - 1); i < kept.length; i++) {
    if (CLOSING.test(kept[i].trim())) {
      kept.length = i;
      break;
    }
  }
  return kept.join('\n').trimEnd();
}
