/**
 * Report periods
 *
 * `--period` names the span a report covers: a month `2025-04`, a quarter `2025-Q2`, a year `2025`,
 * or dates `2025-03-01..2025-04-15` (both days included). Spans are half-open UTC instants
 * [from, to). The period before a span has the same length and ends where it starts; without a
 * period the report compares the last two full calendar months of the data.
 */
import { InputError } from '../shared/errors.js';
import type { TimeSpan } from './report-types.js';

const DAY_MS = 86_400_000;

function utc(year: number, month: number, day = 1): number {
  return Date.UTC(year, month, day);
}

function parseDay(s: string, source: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const ts = m ? utc(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || !Number.isFinite(ts) || new Date(ts).getUTCDate() !== Number(m[3]))
    throw new InputError(`${source}: invalid date: ${s} (expected YYYY-MM-DD)`);
  return ts;
}

/** Parses a `--period` value; InputError naming the expected forms when it is none of them. */
export function parsePeriod(value: string, source = 'report/period'): TimeSpan {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    return { from: utc(y, mo), to: utc(y, mo + 1) };
  }
  m = /^(\d{4})-[Qq]([1-4])$/.exec(v);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]) - 1;
    return { from: utc(y, q * 3), to: utc(y, q * 3 + 3) };
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return { from: utc(Number(m[1]), 0), to: utc(Number(m[1]) + 1, 0) };
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(v);
  if (m) {
    const from = parseDay(m[1], source);
    const to = parseDay(m[2], source) + DAY_MS;
    if (to <= from) throw new InputError(`${source}: invalid period: ${v} (the end is before the start)`);
    return { from, to };
  }
  throw new InputError(
    `${source}: invalid period: ${value} (expected 2025-04, 2025-Q2, 2025 or 2025-03-01..2025-04-15)`,
  );
}

/** The span of the same length just before `span`. */
export function previousSpan(span: TimeSpan): TimeSpan {
  return { from: span.from - (span.to - span.from), to: span.from };
}

/** The last two full calendar months inside the data's period, or null when there are fewer. */
export function lastTwoFullMonths(period: TimeSpan | null): { previous: TimeSpan; current: TimeSpan } | null {
  if (!period) return null;
  const end = new Date(period.to);
  // The month containing `to` is full only when the data reaches its last day.
  const nextDay = new Date(period.to + DAY_MS);
  const y = end.getUTCFullYear();
  const mo = end.getUTCMonth() + (nextDay.getUTCMonth() !== end.getUTCMonth() ? 1 : 0);
  const current = { from: utc(y, mo - 1), to: utc(y, mo) };
  const previous = { from: utc(y, mo - 2), to: utc(y, mo - 1) };
  if (previous.from < period.from) return null;
  return { previous, current };
}
