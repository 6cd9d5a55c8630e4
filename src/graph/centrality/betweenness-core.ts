/**
 * Brandes accumulation
 *
 * The per-source work of betweenness: a shortest-path search from each source, then dependencies
 * accumulated back along the settled order. Shared by the serial kernel and the worker threads.
 *
 * References:
 * - U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2):163–177, 2001.
 *
 * Notes:
 * - Predecessors are not stored: a node v is a predecessor of w when dist[v] + len(v→w) equals
 *   dist[w] (within the search's relative tolerance for weighted lengths), recomputed from the
 *   in-adjacency with the same float expression and test the search used.
 * - Memory: 5 × n scratch per thread; time O(n·m) unweighted, O(n·m·log m) weighted.
 */

import type { PathWeight } from '../paths/lengths.js';
import { arcLengths } from '../paths/lengths.js';
import { createSsspScratch, PATH_LENGTH_EPSILON, resetSssp, ssspKernel } from '../paths/sssp.js';
import type { Csr } from '../types.js';

/** Adds the dependencies of every source in `sources` into `bc` (raw, unscaled). Numeric kernel. */
export function accumulateBetweenness(
  csr: Csr,
  weight: PathWeight,
  sources: ArrayLike<number>,
  bc: Float64Array,
): void {
  const lenOut = arcLengths(csr.out, weight);
  const lenIn = csr.directed ? arcLengths(csr.in, weight) : lenOut;
  const scratch = createSsspScratch(csr.n);
  const delta = new Float64Array(csr.n);
  const { dist, sigma, order } = scratch;
  const { offsets, targets } = csr.in;
  for (let i = 0; i < sources.length; i++) {
    const count = ssspKernel(csr.out, lenOut, sources[i], scratch);
    // --- back-propagate dependencies in reverse settle order
    for (let j = count - 1; j > 0; j--) {
      const w = order[j];
      const coeff = (1 + delta[w]) / sigma[w];
      const dw = dist[w];
      // Two loops rather than a per-arc test of `lenIn`: V8 does not hoist it out of the loop.
      if (lenIn === null) {
        const prev = dw - 1;
        for (let e = offsets[w], stop = offsets[w + 1]; e < stop; e++) {
          const v = targets[e];
          if (dist[v] === prev) delta[v] += sigma[v] * coeff;
        }
      } else {
        const tol = PATH_LENGTH_EPSILON * dw;
        for (let e = offsets[w], stop = offsets[w + 1]; e < stop; e++) {
          const v = targets[e];
          if (Math.abs(dist[v] + lenIn[e] - dw) <= tol) delta[v] += sigma[v] * coeff;
        }
      }
      bc[w] += delta[w];
    }
    for (let j = 0; j < count; j++) delta[order[j]] = 0;
    resetSssp(scratch, count);
  }
}

/**
 * NetworkX's rescaling: undirected sums are halved; `normalized` divides by the number of ordered
 * (directed) or unordered (undirected) pairs not containing v; sampling multiplies by n / k.
 */
export function rescaleBetweenness(
  bc: Float64Array,
  n: number,
  directed: boolean,
  normalized: boolean,
  sampled: number,
): void {
  let scale = 1;
  if (normalized) scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  else if (!directed) scale = 0.5;
  if (sampled < n && sampled > 0) scale *= n / sampled;
  for (let v = 0; v < n; v++) bc[v] *= scale;
}
