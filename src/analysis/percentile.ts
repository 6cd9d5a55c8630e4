/**
 * Percentile ranks
 *
 * Leader factors are heavy-tailed and on different scales (PageRank ~1e-3, replies ~100s), so each is
 * turned into a percentile rank before weighting. Ties share the mean rank; all-equal gives 50.
 *
 * Values within a relative 1e-9 of each other are ties: factors are sums of floating-point tie weights,
 * and two stores (or two summation orders) give equal quantities that differ in the last bits. Exact
 * comparison would let that noise decide who ranks above whom.
 */

/** Relative difference below which two factor values count as equal. */
export const TIE_TOLERANCE = 1e-9;

function sameValue(first: number, v: number): boolean {
  if (v === first) return true;
  if (!Number.isFinite(first) || !Number.isFinite(v)) return false;
  return v - first <= TIE_TOLERANCE * Math.max(Math.abs(first), Math.abs(v));
}

/** Percentile (0–100) of each value among all values; NaN/∞ count as the lowest. */
export function percentileRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  if (n === 1) {
    out[0] = 50;
    return out;
  }
  const clean = (v: number): number => (Number.isFinite(v) ? v : -Infinity);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => clean(values[a]) - clean(values[b]));
  let i = 0;
  while (i < n) {
    let j = i;
    // A run of ties is measured from its first (smallest) value, so near-equals do not chain.
    const v = clean(values[order[i]]);
    while (j + 1 < n && sameValue(v, clean(values[order[j + 1]]))) j++;
    const mid = (i + j) / 2;
    for (let k = i; k <= j; k++) out[order[k]] = (mid / (n - 1)) * 100;
    i = j + 1;
  }
  return out;
}
