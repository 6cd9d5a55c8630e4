/**
 * Mail dates
 *
 * Parses RFC 5322 dates (and the obsolete and sloppy variants real archives hold) into UTC epoch
 * milliseconds plus the sender's zone offset in minutes.
 */

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const ZONES: Record<string, number> = {
  ut: 0,
  gmt: 0,
  utc: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  msk: 180,
  msd: 240,
};

const RFC =
  /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/;

export interface ParsedDate {
  readonly timestamp: number;
  readonly tzOffsetMinutes: number;
}

function zoneOffset(zone: string | undefined): number {
  if (!zone) return 0;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone[0] === '-' ? -1 : 1;
    const mins = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5));
    return mins <= 900 ? sign * mins : 0;
  }
  return ZONES[zone.toLowerCase()] ?? 0;
}

/** Parses a mail date; returns undefined when it cannot be read. */
export function parseMailDate(value: string | undefined): ParsedDate | undefined {
  if (!value) return undefined;
  const m = RFC.exec(value);
  if (m) {
    const [, d, mon, y, hh, mm, ss, zone] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
      string?,
      string?,
    ];
    const month = MONTHS[mon.toLowerCase()];
    if (month !== undefined) {
      let year = Number(y);
      if (y.length === 2) year += year < 50 ? 2000 : 1900;
      else if (y.length === 3) year += 1900;
      const off = zoneOffset(zone);
      const local = Date.UTC(year, month, Number(d), Number(hh), Number(mm), Number(ss ?? 0));
      const ts = local - off * 60_000;
      if (Number.isFinite(ts)) return { timestamp: ts, tzOffsetMinutes: off };
    }
  }
  const t = Date.parse(value);
  return Number.isFinite(t) ? { timestamp: t, tzOffsetMinutes: 0 } : undefined;
}
