/**
 * Random test graphs
 *
 * Seeded uniform random graphs (self-loops and parallel arcs included, as messy input is) for tests
 * that compare two kernels on the same graph.
 */

import { createRng } from '../shared/rng.js';
import { csrFromArrays } from './build/csr-from-arrays.js';
import type { Csr } from './types.js';

/** A graph with `n` nodes and `m` uniform random arcs of integer weight 1–4. */
export function randomGraph(n: number, m: number, seed: number, directed: boolean): Csr {
  const rng = createRng(seed);
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  const w = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    src[e] = Math.floor(rng() * n);
    dst[e] = Math.floor(rng() * n);
    w[e] = 1 + Math.floor(rng() * 4);
  }
  return csrFromArrays(n, src, dst, w, { directed }).csr;
}
