/**
 * Percentile ranks
 *
 * Leader factors are heavy-tailed and on different scales (PageRank ~1e-3, replies ~100s), so each is
 * turned into a percentile rank before weighting. Ties share the mean rank; all-equal gives 50.
 */

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
    const v = clean(values[order[i]]);
    while (j + 1 < n && clean(values[order[j + 1]]) === v) j++;
    const mid = (i + j) / 2;
    for (let k = i; k <= j; k++) out[order[k]] = (mid / (n - 1)) * 100;
    i = j + 1;
  }
  return out;
}
