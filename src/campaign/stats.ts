/**
 * Campaign statistics
 *
 * Confidence intervals used by simulation and evaluation: a normal interval for a Monte Carlo mean,
 * Wilson's score interval for a proportion, Katz's log interval for a ratio of two proportions
 * ("participation rose 4.5×") and Newcombe's hybrid score interval for their difference.
 *
 * References:
 * - E. B. Wilson, "Probable inference, the law of succession, and statistical inference", JASA 1927.
 * - D. Katz, J. Baptista, S. P. Azen, M. C. Pike, "Obtaining confidence intervals for the risk ratio
 *   in cohort studies", Biometrics 34, 1978.
 * - R. G. Newcombe, "Interval estimation for the difference between independent proportions",
 *   Statistics in Medicine 17, 1998 (method 10).
 *
 * Notes:
 * - All intervals are two-sided 95% (z = 1.959964).
 * - The ratio interval adds 0.5 to zero counts (Haldane–Anscombe) so it stays finite.
 */
import type { Estimate } from './types.js';

export const Z95 = 1.959963984540054;

/** Mean of `runs` draws with the given sum and sum of squares, ± z · standard error. */
export function meanInterval(sum: number, sumSq: number, runs: number): Estimate {
  if (runs <= 0) return { mean: 0, low: 0, high: 0 };
  const mean = sum / runs;
  const variance = runs > 1 ? Math.max(0, (sumSq - runs * mean * mean) / (runs - 1)) : 0;
  const half = Z95 * Math.sqrt(variance / runs);
  return { mean, low: mean - half, high: mean + half };
}

/** Mean and interval of an array of draws. */
export function sampleInterval(values: ArrayLike<number>): Estimate {
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
    sq += values[i] * values[i];
  }
  return meanInterval(sum, sq, values.length);
}

/** Wilson score interval for `x` successes out of `n`. */
export function wilson(x: number, n: number): Estimate {
  if (n <= 0) return { mean: 0, low: 0, high: 1 };
  const p = x / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { mean: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Ratio of proportions (x1/n1) / (x2/n2) with Katz's log interval. */
export function riskRatio(x1: number, n1: number, x2: number, n2: number): Estimate {
  if (n1 <= 0 || n2 <= 0) return { mean: NaN, low: NaN, high: NaN };
  const zero = x1 === 0 || x2 === 0;
  const a = zero ? x1 + 0.5 : x1;
  const c = zero ? x2 + 0.5 : x2;
  const m1 = zero ? n1 + 0.5 : n1;
  const m2 = zero ? n2 + 0.5 : n2;
  const rr = a / m1 / (c / m2);
  const se = Math.sqrt(1 / a - 1 / m1 + 1 / c - 1 / m2);
  const point = x2 === 0 ? rr : x1 / n1 / (x2 / n2);
  return { mean: point, low: rr * Math.exp(-Z95 * se), high: rr * Math.exp(Z95 * se) };
}

/** Difference of proportions x1/n1 − x2/n2 with Newcombe's hybrid score interval. */
export function riskDifference(x1: number, n1: number, x2: number, n2: number): Estimate {
  const a = wilson(x1, n1);
  const b = wilson(x2, n2);
  const d = a.mean - b.mean;
  const low = d - Math.sqrt((a.mean - a.low) ** 2 + (b.high - b.mean) ** 2);
  const high = d + Math.sqrt((a.high - a.mean) ** 2 + (b.mean - b.low) ** 2);
  return { mean: d, low, high };
}
