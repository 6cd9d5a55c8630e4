/**
 * Fairness view of the leader list
 *
 * How the top-k leaders are spread over departments, positions, formal levels and sexes, compared
 * with the whole staff: counts, shares, the representation ratio (share among leaders ÷ share among
 * staff) and a flag when a category is strongly and significantly over- or under-represented.
 *
 * References:
 * - The hypergeometric test of a category's count among k people drawn from the staff (Fisher's
 *   exact test, one-sided), e.g. Agresti (2013), Categorical Data Analysis, §3.5.
 *
 * Notes:
 * - Privacy: a category with fewer staff than the minimum group size is merged into "other"; when
 *   "other" would still be too small, the next smallest categories join it, so no small count can be
 *   recovered by subtraction from the total.
 * - Only staff count: external contacts in the ranking are skipped (and counted), the top k are the
 *   k best-ranked staff.
 */
import type { Person } from '../store/index.js';

export const FAIRNESS_DIMENSIONS = ['department', 'position', 'level', 'sex'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];

/** A flag needs both a strong ratio and a one-sided p-value under this. */
export const FAIRNESS_P_VALUE = 0.05;
export const OVER_RATIO = 1.5;
export const UNDER_RATIO = 2 / 3;
export const OTHER_CATEGORY = 'other';
export const UNKNOWN_CATEGORY = 'unknown';

export interface FairnessCategory {
  readonly category: string;
  readonly staff: number;
  readonly leaders: number;
  readonly staffShare: number;
  readonly leaderShare: number;
  /** leaderShare ÷ staffShare (1 = proportional). */
  readonly ratio: number;
  /** Leaders expected if the top k were drawn at random from the staff. */
  readonly expected: number;
  /** One-sided hypergeometric p-value in the direction of the deviation. */
  readonly pValue: number;
  readonly flag: 'over' | 'under' | null;
  /** How many directory categories were merged into this one (only for "other"). */
  readonly merged?: number;
}

export interface FairnessDimensionResult {
  readonly dimension: FairnessDimension;
  readonly categories: readonly FairnessCategory[];
}

export interface FairnessReport {
  readonly k: number;
  readonly staff: number;
  /** External contacts ranked above the k-th staff member (left out). */
  readonly externalsSkipped: number;
  readonly minGroupSize: number;
  readonly dimensions: readonly FairnessDimensionResult[];
  /** Dimensions the directory does not fill for anyone. */
  readonly absent: readonly FairnessDimension[];
}

function valueOf(p: Person, d: FairnessDimension): string | undefined {
  const v = d === 'level' ? (p.level === undefined ? undefined : String(p.level)) : p[d];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function logChoose(n: number, k: number, lf: Float64Array): number {
  return k < 0 || k > n ? -Infinity : lf[n] - lf[k] - lf[n - k];
}

/** P(X ≥ x) and P(X ≤ x) for X ~ Hypergeometric(N population, K successes, n draws). */
export function hypergeometricTails(
  N: number,
  K: number,
  n: number,
  x: number,
): { upper: number; lower: number } {
  const lf = new Float64Array(N + 1);
  for (let i = 2; i <= N; i++) lf[i] = lf[i - 1] + Math.log(i);
  const total = logChoose(N, n, lf);
  let upper = 0;
  let lower = 0;
  for (let i = Math.max(0, n - (N - K)); i <= Math.min(n, K); i++) {
    const p = Math.exp(logChoose(K, i, lf) + logChoose(N - K, n - i, lf) - total);
    if (i >= x) upper += p;
    if (i <= x) lower += p;
  }
  return { upper: Math.min(1, upper), lower: Math.min(1, lower) };
}

/** Merges categories under `min` staff into "other", growing "other" until it is big enough too. */
export function mergeSmallCategories(
  counts: ReadonlyMap<string, { staff: number; leaders: number }>,
  min: number,
): { category: string; staff: number; leaders: number; merged?: number }[] {
  const sorted = [...counts.entries()].sort((a, b) => a[1].staff - b[1].staff || a[0].localeCompare(b[0]));
  const other = { staff: 0, leaders: 0, merged: 0 };
  let i = 0;
  while (i < sorted.length && (sorted[i][1].staff < min || (other.merged > 0 && other.staff < min))) {
    other.staff += sorted[i][1].staff;
    other.leaders += sorted[i][1].leaders;
    other.merged++;
    i++;
  }
  const kept = sorted.slice(i).map(([category, c]) => ({ category, ...c }));
  return other.merged > 0 ? [...kept, { category: OTHER_CATEGORY, ...other }] : kept;
}

function dimensionResult(
  d: FairnessDimension,
  staff: readonly Person[],
  leaders: ReadonlySet<string>,
  min: number,
): FairnessDimensionResult {
  const counts = new Map<string, { staff: number; leaders: number }>();
  for (const p of staff) {
    const c = valueOf(p, d) ?? UNKNOWN_CATEGORY;
    const e = counts.get(c) ?? { staff: 0, leaders: 0 };
    e.staff++;
    if (leaders.has(p.id)) e.leaders++;
    counts.set(c, e);
  }
  const N = staff.length;
  const k = leaders.size;
  const categories = mergeSmallCategories(counts, min).map((c): FairnessCategory => {
    const staffShare = c.staff / N;
    const leaderShare = k ? c.leaders / k : 0;
    const ratio = staffShare > 0 ? leaderShare / staffShare : 0;
    const tails = hypergeometricTails(N, c.staff, k, c.leaders);
    const over = ratio >= OVER_RATIO && tails.upper < FAIRNESS_P_VALUE;
    const under = ratio <= UNDER_RATIO && tails.lower < FAIRNESS_P_VALUE;
    return {
      ...c,
      staffShare,
      leaderShare,
      ratio,
      expected: k * staffShare,
      pValue: ratio >= 1 ? tails.upper : tails.lower,
      flag: over ? 'over' : under ? 'under' : null,
    };
  });
  categories.sort((a, b) => b.staff - a.staff || a.category.localeCompare(b.category));
  return { dimension: d, categories };
}

/**
 * The spread of the top-k staff in `ranked` (person ids, best first) over the directory's categories.
 * @example
 * const report = leaderFairness(rankedIds, await store.listPeople(), { k: 30, minGroupSize: 5 });
 */
export function leaderFairness(
  ranked: readonly string[],
  people: readonly Person[],
  options: { readonly k: number; readonly minGroupSize: number },
): FairnessReport {
  const staff = people.filter((p) => p.kind === 'staff');
  const staffIds = new Set(staff.map((p) => p.id));
  const leaders = new Set<string>();
  let externalsSkipped = 0;
  for (const id of ranked) {
    if (leaders.size >= options.k) break;
    if (staffIds.has(id)) leaders.add(id);
    else externalsSkipped++;
  }
  const present = FAIRNESS_DIMENSIONS.filter((d) => staff.some((p) => valueOf(p, d) !== undefined));
  return {
    k: leaders.size,
    staff: staff.length,
    externalsSkipped,
    minGroupSize: options.minGroupSize,
    dimensions: present.map((d) => dimensionResult(d, staff, leaders, options.minGroupSize)),
    absent: FAIRNESS_DIMENSIONS.filter((d) => !present.includes(d)),
  };
}
