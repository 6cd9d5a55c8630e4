/**
 * Interrupted time series
 *
 * The campaign topic's volume per period (day or week) before and after the campaign start, fitted
 * by segmented least squares: y = b0 + b1·t + b2·D + b3·(t − t0)·D, where D = 1 from the start on.
 * b2 is the immediate change in level and b3 the change in trend, each with a 95% interval.
 *
 * References:
 * - A. K. Wagner, S. B. Soumerai, F. Zhang, D. Ross-Degnan, "Segmented regression analysis of
 *   interrupted time series studies in medication use research", J. Clin. Pharm. Ther. 27, 2002.
 *
 * Notes:
 * - Plain OLS errors: autocorrelation and seasonality (weekdays, holidays) are not modelled, so the
 *   intervals are too narrow when the series is autocorrelated; weekly periods reduce this.
 * - Intervals use Student's t (Hill's expansion of the quantile) with n − 4 degrees of freedom.
 */
import { InputError } from '../shared/errors.js';
import { Z95 } from './stats.js';
import type { Estimate } from './types.js';

export interface ItsBucket {
  readonly start: number;
  readonly count: number;
  readonly after: boolean;
}

export interface ItsResult {
  readonly bucketMs: number;
  readonly buckets: readonly ItsBucket[];
  readonly preMean: number;
  readonly postMean: number;
  /** Immediate change in volume per period at the start (b2). */
  readonly levelChange: Estimate | null;
  /** Change in the per-period trend after the start (b3). */
  readonly slopeChange: Estimate | null;
  readonly note: string;
}

/** Two-sided 95% Student-t quantile (Hill 1970 expansion around the normal quantile). */
export function t95(df: number): number {
  const z = Z95;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3;
}

/** Solves the normal equations by Gauss–Jordan; returns the inverse of XᵀX too. */
function ols(x: number[][], y: number[]): { beta: number[]; inv: number[][] } | null {
  const p = x[0].length;
  const a = Array.from({ length: p }, (_, i) => [
    ...Array.from({ length: p }, (_, j) => x.reduce((s, r) => s + r[i] * r[j], 0)),
    ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)),
  ]);
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
    if (Math.abs(a[piv][c]) < 1e-12) return null;
    [a[c], a[piv]] = [a[piv], a[c]];
    const d = a[c][c];
    for (let j = 0; j < 2 * p; j++) a[c][j] /= d;
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let j = 0; j < 2 * p; j++) a[r][j] -= f * a[c][j];
    }
  }
  const inv = a.map((row) => row.slice(p));
  const xty = Array.from({ length: p }, (_, i) => x.reduce((s, r, k) => s + r[i] * y[k], 0));
  const beta = inv.map((row) => row.reduce((s, v, j) => s + v * xty[j], 0));
  return { beta, inv };
}

/** Counts `timestamps` per period over [from, to) and fits the segmented regression at `start`. */
export function interruptedTimeSeries(
  timestamps: readonly number[],
  o: { readonly start: number; readonly from: number; readonly to: number; readonly bucketMs: number },
): ItsResult {
  if (!(o.bucketMs > 0) || !(o.from < o.start && o.start < o.to)) {
    throw new InputError(
      `campaign/its: invalid window: from ${o.from}, start ${o.start}, to ${o.to} (expected from < start < to)`,
    );
  }
  const before = Math.ceil((o.start - o.from) / o.bucketMs);
  const after = Math.ceil((o.to - o.start) / o.bucketMs);
  const first = o.start - before * o.bucketMs;
  const counts = new Array<number>(before + after).fill(0);
  for (const ts of timestamps) {
    const b = Math.floor((ts - first) / o.bucketMs);
    if (b >= 0 && b < counts.length) counts[b]++;
  }
  const buckets = counts.map((count, i) => ({ start: first + i * o.bucketMs, count, after: i >= before }));
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const base = {
    bucketMs: o.bucketMs,
    buckets,
    preMean: mean(counts.slice(0, before)),
    postMean: mean(counts.slice(before)),
  };
  const x = counts.map((_, t) => [1, t, t >= before ? 1 : 0, t >= before ? t - before : 0]);
  const fit = counts.length > 4 && before >= 2 && after >= 2 ? ols(x, counts) : null;
  if (!fit) {
    return {
      ...base,
      levelChange: null,
      slopeChange: null,
      note: 'too few periods before or after the start to fit a trend (need at least 2 each)',
    };
  }
  const df = counts.length - 4;
  const rss = counts.reduce((s, y, i) => s + (y - x[i].reduce((a, v, j) => a + v * fit.beta[j], 0)) ** 2, 0);
  const sigma2 = rss / df;
  const q = t95(df);
  const est = (j: number): Estimate => {
    const se = Math.sqrt(sigma2 * fit.inv[j][j]);
    return { mean: fit.beta[j], low: fit.beta[j] - q * se, high: fit.beta[j] + q * se };
  };
  return {
    ...base,
    levelChange: est(2),
    slopeChange: est(3),
    note: 'OLS segmented regression; autocorrelation and seasonality are not modelled, so intervals may be too narrow',
  };
}
