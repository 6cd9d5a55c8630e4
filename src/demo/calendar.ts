/**
 * Calendar
 *
 * The traffic period in Ozersk local time (UTC+5): working days without Russian public holidays,
 * a working-day rhythm with a lunch dip, and evening/weekend hours for hobby chats.
 */
import { randomInt, type Rng } from '../shared/rng.js';

export const TZ_OFFSET_MINUTES = 300;
const OFFSET_MS = TZ_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/** Non-working public holidays of 2025 (and the May transfers). */
const HOLIDAYS = new Set([
  '2025-05-01',
  '2025-05-02',
  '2025-05-08',
  '2025-05-09',
  '2025-06-12',
  '2025-06-13',
  '2025-11-03',
  '2025-11-04',
  '2025-12-31',
]);

/** Hour weights of a working day, 8..19 local. */
const WORK_HOURS = [0.3, 1.6, 2.2, 2.4, 2.0, 0.7, 1.8, 2.1, 1.9, 1.4, 0.6, 0.2];
/** Hour weights of leisure time, 7..23 local. */
const FREE_HOURS = [0.2, 0.4, 0.6, 0.8, 0.8, 0.7, 0.8, 0.8, 0.8, 0.8, 0.9, 1.2, 1.6, 1.8, 1.6, 1.1, 0.5];

export interface Calendar {
  /** UTC ms of local midnight of the first day. */
  readonly start: number;
  /** UTC ms of local midnight after the last day. */
  readonly end: number;
  /** Local midnights (UTC ms) of working days. */
  readonly workDays: readonly number[];
  /** Local midnights (UTC ms) of all days. */
  readonly days: readonly number[];
}

/** The calendar of `months` months from Monday 2025-03-03. */
export function createCalendar(months: number): Calendar {
  const start = Date.UTC(2025, 2, 3) - OFFSET_MS;
  const end = Date.UTC(2025, 2 + months, 3) - OFFSET_MS;
  const days: number[] = [];
  const workDays: number[] = [];
  for (let t = start; t < end; t += DAY_MS) {
    days.push(t);
    const dow = new Date(t + OFFSET_MS).getUTCDay();
    if (dow !== 0 && dow !== 6 && !HOLIDAYS.has(localDate(t))) workDays.push(t);
  }
  return { start, end, workDays, days };
}

function weighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** A random moment of a working day (UTC ms), optionally within [from, to). */
export function workTime(rng: Rng, cal: Calendar, from = cal.start, to = cal.end): number {
  const days = cal.workDays.filter((d) => d + DAY_MS > from && d < to);
  const day = days.length > 0 ? days[randomInt(rng, days.length)] : from;
  const hour = 8 + weighted(rng, WORK_HOURS);
  return clamp(day + hour * 3_600_000 + randomInt(rng, 3_600_000), from, to);
}

/** A random moment of leisure time (evenings and weekends) or of a working day. */
export function anyTime(rng: Rng, cal: Calendar, leisureShare: number): number {
  if (rng() >= leisureShare) return workTime(rng, cal);
  const day = cal.days[randomInt(rng, cal.days.length)];
  const hour = 7 + weighted(rng, FREE_HOURS);
  return day + hour * 3_600_000 + randomInt(rng, 3_600_000);
}

function clamp(t: number, from: number, to: number): number {
  return Math.min(Math.max(t, from), to - 1);
}

/** A delay for an answer: mostly minutes, sometimes hours. */
export function replyDelay(rng: Rng, scaleMinutes: number): number {
  return Math.round(60_000 * (1 + scaleMinutes * -Math.log(1 - rng())));
}

/** Local date `YYYY-MM-DD` of a UTC ms instant. */
export function localDate(t: number): string {
  return new Date(t + OFFSET_MS).toISOString().slice(0, 10);
}

/** Local wall-clock time `YYYY-MM-DDTHH:MM:SS` (Telegram export style). */
export function localIso(t: number): string {
  return new Date(t + OFFSET_MS).toISOString().slice(0, 19);
}

/** ISO 8601 with the +05:00 offset (DLP log style). */
export function offsetIso(t: number): string {
  return `${localIso(t)}+05:00`;
}

/** Short local date `04.03.2025` as Russians write it. */
export function ruDate(t: number): string {
  const [y, m, d] = localDate(t).split('-');
  return `${d}.${m}.${y}`;
}

/** Local `HH:MM`. */
export function ruTime(t: number): string {
  return localIso(t).slice(11, 16);
}
