/**
 * WhatsApp export lines
 *
 * Recognizes the first line of a message in a WhatsApp "Export chat" .txt file, in the Android and
 * iOS layouts with Russian (`31.12.2020, 21:41 - Имя: текст`) and English (`12/31/20, 9:41 PM - Name:
 * text`, `[12/31/20, 9:41:05 PM] Name: text`) dates. Day/month order is settled per file.
 */

export interface WhatsAppHead {
  readonly a: number;
  readonly b: number;
  readonly year: number;
  readonly separator: '.' | '/' | '-';
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Author, or undefined for system lines ("Messages are end-to-end encrypted"). */
  readonly author: string | undefined;
  readonly text: string;
}

const HEAD =
  /^\u200e?\[?(\d{1,4})([./-])(\d{1,2})\2(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?\s?[Mm]\.?)?\]?\s*(?:[-–—]\s*)?(.*)$/;

function year(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

/** Parses a message head line, or undefined for continuation lines. */
export function parseWhatsAppHead(line: string): WhatsAppHead | undefined {
  const m = HEAD.exec(line);
  if (!m) return undefined;
  let hour = Number(m[5]);
  const ampm = (m[8] ?? '').replace(/[.\s]/g, '').toUpperCase();
  if (ampm === 'PM' && hour < 12) hour += 12;
  if (ampm === 'AM' && hour === 12) hour = 0;
  if (hour > 23) return undefined;
  const rest = m[9] ?? '';
  const colon = rest.indexOf(': ');
  const author =
    colon > 0 && colon < 80
      ? rest
          .slice(0, colon)
          .replace(/^\u200e|\u202a|\u202c/g, '')
          .trim()
      : undefined;
  let first = Number(m[1]);
  let yr = year(m[4] ?? '');
  let second = Number(m[3]);
  if ((m[1] ?? '').length === 4) {
    // ISO-like yyyy-mm-dd: normalize to (day-or-month, month-or-day) with month second.
    yr = first;
    first = Number(m[4]);
    second = Number(m[3]);
  }
  return {
    a: first,
    b: second,
    year: yr,
    separator: m[2] as '.' | '/' | '-',
    hour,
    minute: Number(m[6]),
    second: Number(m[7] ?? 0),
    author,
    text: author ? rest.slice(colon + 2) : rest,
  };
}

/** True when the first date number is the day (Russian/European order) for this file's heads. */
export function dayFirst(heads: readonly WhatsAppHead[]): boolean {
  if (heads.some((h) => h.a > 12)) return true;
  if (heads.some((h) => h.b > 12)) return false;
  return heads[0]?.separator !== '/';
}
