/**
 * Postfix log lines
 *
 * Parses one syslog line of a Postfix maillog into its time, queue id and `key=value` attributes.
 * Both classic syslog time (`Jan  6 10:00:00`, no year: the caller supplies it) and RFC 3339 time
 * (`2025-01-06T10:00:00.123+03:00`) are understood.
 */
import { parseTimestamp } from '../timestamp.js';

export interface PostfixLine {
  readonly timestamp: number;
  readonly tzOffsetMinutes: number;
  /** Month 0–11 of a yearless syslog time (for year roll-over), else undefined. */
  readonly month: number | undefined;
  readonly queueId: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly removed: boolean;
}

const SYSLOG =
  /^([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+\S+\s+postfix[^:]*:\s+([0-9A-Za-z]{5,}):\s+(.*)$/;
const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\S+)\s+\S+\s+postfix[^:]*:\s+([0-9A-Za-z]{5,}):\s+(.*)$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function attributes(rest: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of rest.matchAll(/([a-z_-]+)=(<[^>]*>|[^,\s]*)/g)) {
    if (!out.has(m[1] ?? '')) out.set(m[1] ?? '', (m[2] ?? '').replace(/^<|>$/g, ''));
  }
  return out;
}

/** Parses a line; undefined for lines that are not Postfix queue-id lines. */
export function parsePostfixLine(line: string, year: number): PostfixLine | undefined {
  let m = SYSLOG.exec(line);
  if (m) {
    const month = MONTHS.indexOf(m[1] ?? '');
    if (month < 0) return undefined;
    const ts = Date.UTC(year, month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
    const rest = m[7] ?? '';
    return {
      timestamp: ts,
      tzOffsetMinutes: 0,
      month,
      queueId: m[6] ?? '',
      attrs: attributes(rest),
      removed: rest.trim() === 'removed',
    };
  }
  m = RFC3339.exec(line);
  if (!m) return undefined;
  const t = parseTimestamp(m[1] ?? '');
  if (!t) return undefined;
  const rest = m[3] ?? '';
  return {
    ...t,
    month: undefined,
    queueId: m[2] ?? '',
    attrs: attributes(rest),
    removed: rest.trim() === 'removed',
  };
}
