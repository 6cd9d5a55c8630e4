/**
 * Seeded power-law graph generator (benchmark fixture)
 *
 * A directed Chung–Lu graph: each node gets Pareto-distributed out- and in-propensities, arcs pick
 * their source and target proportionally to them (binary search over cumulative sums), and each arc
 * gets an integer weight 1–10 standing in for communication intensity. Degree distributions follow
 * a power law with exponent 1 + alpha.
 *
 * References:
 * - F. Chung, L. Lu, "Connected components in random graphs with given expected degree sequences",
 *   Annals of Combinatorics 6, 2002.
 */
import { csrFromArcs } from '../../src/campaign/csr-from-arcs.js';
import type { Csr } from '../../src/graph/types.js';
import { createRng, pareto, type Rng } from '../../src/shared/rng.js';

function cumulative(n: number, rng: Rng, alpha: number): Float64Array {
  const c = new Float64Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += Math.min(pareto(rng, 1, alpha), n / 10);
    c[i] = s;
  }
  return c;
}

function draw(c: Float64Array, rng: Rng): number {
  const x = rng() * c[c.length - 1];
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A directed power-law graph with `n` nodes and about `m` arcs (self-loops dropped). */
export function powerLawGraph(n: number, m: number, seed: number, alpha = 1.2): Csr {
  const rng = createRng(seed);
  const outC = cumulative(n, rng, alpha);
  const inC = cumulative(n, rng, alpha);
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    src[i] = draw(outC, rng);
    dst[i] = draw(inC, rng);
    w[i] = 1 + Math.floor(rng() * 10);
  }
  return csrFromArcs(n, src, dst, w, true);
}
