/**
 * Calendar windows
 *
 * Splits a workspace's period into calendar months or quarters (UTC), the units trends compare. Each
 * window is an inclusive millisecond range, as the store's time filters are, with the share of it
 * the data covers: the first and last windows are usually partial.
 */
import { InputError } from '../shared/errors.js';

export const PERIOD_KINDS = ['month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface AnalysisWindow {
  readonly period: PeriodKind;
  /** `2025-04` for a month, `2025-Q2` for a quarter. */
  readonly label: string;
  /** First millisecond of the window (inclusive). */
  readonly from: number;
  /** Last millisecond of the window (inclusive). */
  readonly to: number;
  /** Share of the window's length that lies inside the data's period, 0–1. */
  readonly coverage: number;
}

/** Checks a `--period` value. */
export function validatePeriodKind(value: string): PeriodKind {
  if ((PERIOD_KINDS as readonly string[]).includes(value)) return value as PeriodKind;
  throw new InputError(`analysis/windows: invalid period: ${value} (expected month or quarter)`);
}

function label(kind: PeriodKind, year: number, month: number): string {
  return kind === 'month'
    ? `${year}-${String(month + 1).padStart(2, '0')}`
    : `${year}-Q${Math.floor(month / 3) + 1}`;
}

/**
 * The calendar windows that overlap `period` (epoch ms, inclusive), oldest first.
 * @example calendarWindows({ from: Date.UTC(2025, 2, 3), to: Date.UTC(2025, 5, 2) }, 'month')
 *   // 2025-03 … 2025-06, the last one with coverage ≈ 0.03
 */
export function calendarWindows(
  period: { readonly from: number; readonly to: number },
  kind: PeriodKind,
): AnalysisWindow[] {
  if (!(period.to >= period.from)) {
    throw new InputError(
      `analysis/windows: invalid period: ${period.from}–${period.to} (expected from ≤ to)`,
    );
  }
  const step = kind === 'month' ? 1 : 3;
  const first = new Date(period.from);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() - (first.getUTCMonth() % step);
  const out: AnalysisWindow[] = [];
  for (;;) {
    const from = Date.UTC(year, month, 1);
    if (from > period.to) break;
    const next = Date.UTC(year, month + step, 1);
    const covered = Math.min(next, period.to + 1) - Math.max(from, period.from);
    out.push({
      period: kind,
      label: label(kind, year, month),
      from,
      to: next - 1,
      coverage: covered / (next - from),
    });
    month += step;
    if (month >= 12) {
      month -= 12;
      year += 1;
    }
  }
  return out;
}

/** Whether a stored run is a per-window run of `analyzeWindows` (its params hold a `window`). */
export function isWindowRun(run: { readonly params: unknown }): boolean {
  return typeof run.params === 'object' && run.params !== null && 'window' in run.params;
}
