/**
 * Body text for analysis
 *
 * Removes quoted replies (`>` lines, "-----Original Message-----", "On … wrote:", "… написал(а):")
 * and signatures from a body, and detects forwards in the body ("Forwarded message", "Пересылаемое
 * сообщение", Outlook's "Forwarded by …") together with the original author when it is given.
 */
import { normalizeIdentifier } from '../../shared/message.js';
import { parseMailbox } from './address.js';

const REPLY_MARKERS = [
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^-{2,}\s*Исходное сообщение\s*-{2,}\s*$/i,
  /^-{2,}\s*Оригинальное сообщение\s*-{2,}\s*$/i,
  /^On .{3,200} wrote:\s*$/,
  /^.{3,200} (написал|написала|написал\(а\)|пишет):\s*$/,
  /^_{20,}\s*$/,
  /^From: .{1,200}$/,
  /^От: .{1,200}$/,
];

const FORWARD_MARKERS = [
  /^-{2,}\s*Forwarded message\s*-{2,}/i,
  /^-{2,}\s*Пересылаемое сообщение\s*-{2,}/i,
  /^-{2,}\s*Перенаправленное сообщение\s*-{2,}/i,
  /^-{2,}\s*Forwarded by\s+(.+?)\s+on\s+/i,
  /^Begin forwarded message:/i,
  /^-{5,}\s*Original Message\s*-{5,}/i,
];

const SUBJECT_FORWARD = /^\s*(fwd?|fw|пересл|пересылка|перенаправлено)\s*(\[\d+\])?\s*:/i;

export interface BodyAnalysis {
  /** Own text of the author: quotes and signature removed. */
  readonly text: string;
  readonly isForward: boolean;
  /** Identifier of the forwarded message's original author, when the body names one. */
  readonly forwardedFrom: string | undefined;
}

function authorOf(lines: readonly string[], from: number): string | undefined {
  for (let i = from; i < Math.min(lines.length, from + 8); i++) {
    const m = /^\s*(?:From|От|Sender|Отправитель)\s*:\s*(.+)$/i.exec(lines[i] ?? '');
    if (!m) continue;
    const mb = parseMailbox(m[1] ?? '');
    if (mb) return mb.id;
    const name = (m[1] ?? '').replace(/\[mailto:[^\]]*\]/i, '').trim();
    if (name) return normalizeIdentifier('name', name);
  }
  return undefined;
}

function enronForwardAuthor(line: string): string | undefined {
  const m = /Forwarded by\s+(.+?)\s+on\s+/i.exec(line);
  if (!m) return undefined;
  return normalizeIdentifier('name', (m[1] ?? '').split('/')[0] ?? '');
}

/** Analyses a decoded body given the subject (for Fw:/Fwd: prefixes). */
export function analyseBody(body: string, subject: string | undefined, isReply: boolean): BodyAnalysis {
  const lines = body.split(/\r?\n/);
  let cut = lines.length;
  let forward = subject !== undefined && SUBJECT_FORWARD.test(subject);
  let forwardedFrom: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fwd = FORWARD_MARKERS.find((re) => re.test(line.trim()));
    const origMsg = /Original Message/i.test(line);
    if (fwd && (!origMsg || forward || !isReply)) {
      forward = true;
      forwardedFrom = authorOf(lines, i + 1) ?? enronForwardAuthor(line.trim());
      // Keep the forwarded content: it is what the sender chose to pass on.
      break;
    }
    if (line === '-- ' || REPLY_MARKERS.some((re) => re.test(line.trim()))) {
      if (/^(From|От): /.test(line.trim()) && !looksLikeQuoteHeader(lines, i)) continue;
      cut = i;
      break;
    }
  }
  const own = lines
    .slice(0, cut)
    .filter((l) => !l.startsWith('>'))
    .join('\n')
    .trim();
  return { text: own, isForward: forward, forwardedFrom };
}

/** A "From:" line starts a quoted header block only if Sent/Date/To/Subject follow it. */
function looksLikeQuoteHeader(lines: readonly string[], i: number): boolean {
  const next = (lines[i + 1] ?? '') + '\n' + (lines[i + 2] ?? '');
  return /^\s*(Sent|Date|To|Subject|Отправлено|Дата|Кому|Тема)\s*:/im.test(next);
}

/** True when a subject carries a forward prefix (Fw:, Fwd:, Пересл:). */
export function isForwardSubject(subject: string | undefined): boolean {
  return subject !== undefined && SUBJECT_FORWARD.test(subject);
}
