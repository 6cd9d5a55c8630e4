/**
 * Outcome timestamps
 *
 * Parses the timestamp cell of an outcome row into UTC epoch milliseconds: ISO 8601 dates and
 * date-times, Russian `дд.мм.гггг [чч:мм[:сс]]`, `дд/мм/гггг`, epoch seconds or milliseconds, Excel
 * serial day numbers and `Date` values from XLSX cells. Returns null for anything else, so the
 * caller can report it.
 *
 * Notes:
 * - Dates without a zone are taken as UTC (participation files rarely carry one; a campaign spans
 *   days, so the hour offset does not change which campaign a row belongs to).
 * - Slash dates are read day first (Russian and European convention), never month first.
 */

const DMY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function fromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  return new Date(t).getUTCDate() === d ? t : null;
}

function fromNumber(x: number): number | null {
  if (!Number.isFinite(x) || x <= 0) return null;
  if (x > 1e11) return x; // epoch milliseconds
  if (x > 1e8) return x * 1000; // epoch seconds
  if (x > 20_000 && x < 80_000) return EXCEL_EPOCH + x * DAY; // Excel serial days (1954–2119)
  return null;
}

/** Parses a timestamp cell; null when it is not a recognisable date. */
export function parseTimestamp(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (v === '') return null;
  if (/^\d+(\.\d+)?$/.test(v)) return fromNumber(Number(v));
  const dmy = DMY.exec(v);
  if (dmy) {
    const [, d, mo, y, h, mi, s] = dmy.map((x) => (x === undefined ? 0 : Number(x)));
    return fromParts(y, mo, d, h, mi, s);
  }
  if (ISO.test(v)) {
    const withZone = /Z|[+-]\d{2}:?\d{2}$/.test(v) || v.length === 10 ? v : `${v.replace(' ', 'T')}Z`;
    const t = Date.parse(withZone.length === 10 ? `${withZone}T00:00:00Z` : withZone);
    const [y, mo, d] = v.slice(0, 10).split('-').map(Number);
    return Number.isNaN(t) || fromParts(y, mo, d) === null ? null : t;
  }
  return null;
}
