/**
 * Partition agreement
 *
 * Normalized mutual information (arithmetic-mean normalization, as scikit-learn's default and
 * igraph's `compare_communities(method="nmi")`) and the adjusted Rand index between two labelings.
 *
 * References: Danon et al. (2005), J. Stat. Mech. P09008; Hubert & Arabie (1985), J. Classification 2.
 */

function contingency(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): { table: Map<string, number>; ca: Map<number, number>; cb: Map<number, number> } {
  const table = new Map<string, number>();
  const ca = new Map<number, number>();
  const cb = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    const key = `${x}\u0000${y}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    ca.set(x, (ca.get(x) ?? 0) + 1);
    cb.set(y, (cb.get(y) ?? 0) + 1);
  }
  return { table, ca, cb };
}

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/** NMI in [0, 1]; 1 when both labelings are identical up to renaming, 1 when both are trivial. */
export function normalizedMutualInformation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n !== b.length) throw new RangeError(`analysis/nmi: lengths differ: ${n} vs ${b.length}`);
  if (n === 0) return 1;
  const { table, ca, cb } = contingency(a, b);
  let mi = 0;
  for (const [key, nij] of table) {
    const [x, y] = key.split('\u0000').map(Number) as [number, number];
    mi += (nij / n) * Math.log((n * nij) / (ca.get(x)! * cb.get(y)!));
  }
  const ha = entropy(ca.values(), n);
  const hb = entropy(cb.values(), n);
  if (ha === 0 && hb === 0) return 1;
  const denom = (ha + hb) / 2;
  return denom > 0 ? Math.max(0, Math.min(1, mi / denom)) : 0;
}

const choose2 = (x: number): number => (x * (x - 1)) / 2;

/** Adjusted Rand index: 1 for identical partitions, about 0 for chance agreement. */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n !== b.length) throw new RangeError(`analysis/ari: lengths differ: ${n} vs ${b.length}`);
  if (n < 2) return 1;
  const { table, ca, cb } = contingency(a, b);
  let index = 0;
  for (const v of table.values()) index += choose2(v);
  let sa = 0;
  for (const v of ca.values()) sa += choose2(v);
  let sb = 0;
  for (const v of cb.values()) sb += choose2(v);
  const expected = (sa * sb) / choose2(n);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
