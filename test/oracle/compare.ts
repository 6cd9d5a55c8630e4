/**
 * Oracle comparisons
 *
 * Tolerant comparison of our typed-array results with reference vectors: relative error with a floor
 * proportional to the vector's largest magnitude (so values that are 0 in one tool and 1e-17 in the
 * other agree), and Spearman rank correlation for approximations.
 */

/** Largest violation of |a − b| ≤ rel · max(|b|, floor·max|ref|); returns a description or null. */
export function mismatch(
  ours: ArrayLike<number>,
  ref: readonly (number | null)[],
  rel = 1e-6,
  floor = 1e-9,
): string | null {
  if (ours.length !== ref.length) return `length ${ours.length} ≠ ${ref.length}`;
  let scale = 0;
  for (const x of ref) if (x !== null) scale = Math.max(scale, Math.abs(x));
  for (let i = 0; i < ref.length; i++) {
    const b = ref[i];
    if (b === null || b === undefined) continue;
    const a = ours[i];
    if (!Number.isFinite(a)) return `index ${i}: ours ${a} (not finite)`;
    if (Math.abs(a - b) > rel * Math.max(Math.abs(b), floor * scale))
      return `index ${i}: ours ${a}, reference ${b}`;
  }
  return null;
}

function ranks(x: ArrayLike<number>): Float64Array {
  const idx = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const r = new Float64Array(x.length);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && x[idx[j + 1]] === x[idx[i]]) j++;
    for (let k = i; k <= j; k++) r[idx[k]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
}

/** Spearman rank correlation (Pearson on average ranks). */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const n = ra.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += ra[i] / n;
    mb += rb[i] / n;
  }
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}
