/**
 * Timestamps in logs and exports
 *
 * Parses the time formats event logs and exports use: ISO 8601 (with or without a zone; no zone
 * means UTC), `YYYY-MM-DD HH:MM[:SS]`, Russian `DD.MM.YYYY HH:MM[:SS]`, US `M/D/YYYY h:mm[:ss] AM`,
 * and Unix seconds or milliseconds.
 */

export interface ParsedTimestamp {
  readonly timestamp: number;
  readonly tzOffsetMinutes: number;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const RU = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function zone(z: string | undefined): number {
  if (!z || z.toUpperCase() === 'Z') return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function year(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function make(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  tz: number,
): ParsedTimestamp | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms) - tz * 60_000;
  return Number.isFinite(t) ? { timestamp: t, tzOffsetMinutes: tz } : undefined;
}

/** Parses a timestamp string; undefined when the format is not recognized. */
export function parseTimestamp(value: string): ParsedTimestamp | undefined {
  const v = value.trim();
  if (/^\d{9,10}(\.\d+)?$/.test(v)) return { timestamp: Math.round(Number(v) * 1000), tzOffsetMinutes: 0 };
  if (/^\d{12,13}$/.test(v)) return { timestamp: Number(v), tzOffsetMinutes: 0 };
  let m = ISO.exec(v);
  if (m) {
    const ms = Number(((m[7] ?? '') + '000').slice(0, 3));
    return make(+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0), ms, zone(m[8]));
  }
  m = RU.exec(v);
  if (m) return make(year(m[3]), +m[2], +m[1], +m[4], +m[5], +(m[6] ?? 0), 0, 0);
  m = US.exec(v);
  if (m) {
    let h = +m[4];
    const ampm = m[7]?.toUpperCase();
    if (ampm === 'PM' && h < 12) h += 12;
    if (ampm === 'AM' && h === 12) h = 0;
    return make(year(m[3]), +m[1], +m[2], h, +m[5], +(m[6] ?? 0), 0, 0);
  }
  m = DATE_ONLY.exec(v);
  if (m) return make(+m[1], +m[2], +m[3], 0, 0, 0, 0, 0);
  const t = Date.parse(v);
  return Number.isFinite(t) ? { timestamp: t, tzOffsetMinutes: 0 } : undefined;
}
