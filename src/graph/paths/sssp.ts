/**
 * Weighted single-source shortest paths with path counts
 *
 * Dijkstra with a binary heap (positive lengths), recording for every reached node its distance, the
 * number of shortest paths σ, and the order nodes were settled: the weighted forward phase of
 * Brandes' betweenness and the weighted search of closeness. Hop lengths use `bfs-levels.ts`.
 *
 * References:
 * - U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001.
 *
 * Notes:
 * - Equal-length weighted paths are those whose lengths differ by at most a relative 1e-10 (as
 *   igraph does; NetworkX compares exactly). Lengths are sums of 1/weight, and the same tie weights
 *   summed in another order (another store, another batch order) differ in the last bits; exact
 *   comparison would then count a different number of shortest paths and move betweenness by
 *   percents.
 * - Scratch arrays are reused across sources; only the nodes reached are reset (O(reached), not O(n)).
 */

import type { Adjacency } from '../types.js';

/** Relative tolerance under which two weighted path lengths count as equal. */
export const PATH_LENGTH_EPSILON = 1e-10;

export interface SsspScratch {
  readonly dist: Float64Array;
  readonly sigma: Float64Array;
  /** Nodes in the order they were settled (non-decreasing distance). */
  readonly order: Int32Array;
  heapDist: Float64Array;
  heapNode: Int32Array;
}

export function createSsspScratch(n: number): SsspScratch {
  return {
    dist: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    order: new Int32Array(n),
    heapDist: new Float64Array(16),
    heapNode: new Int32Array(16),
  };
}

/** Clears the first `count` settled nodes so the scratch can serve the next source. */
export function resetSssp(s: SsspScratch, count: number): void {
  for (let i = 0; i < count; i++) {
    const v = s.order[i];
    s.dist[v] = Infinity;
    s.sigma[v] = 0;
  }
}

function heapPush(s: SsspScratch, size: number, d: number, v: number): void {
  if (size === s.heapDist.length) {
    const dist = new Float64Array(size * 2);
    dist.set(s.heapDist);
    const node = new Int32Array(size * 2);
    node.set(s.heapNode);
    s.heapDist = dist;
    s.heapNode = node;
  }
  const hd = s.heapDist;
  const hn = s.heapNode;
  let i = size;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (hd[p] <= d) break;
    hd[i] = hd[p];
    hn[i] = hn[p];
    i = p;
  }
  hd[i] = d;
  hn[i] = v;
}

/** Removes the heap's minimum (moving the last entry down); the caller reads the top first. */
function heapPop(s: SsspScratch, size: number): void {
  const hd = s.heapDist;
  const hn = s.heapNode;
  const d = hd[size - 1];
  const v = hn[size - 1];
  const last = size - 1;
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= last) break;
    if (c + 1 < last && hd[c + 1] < hd[c]) c++;
    if (hd[c] >= d) break;
    hd[i] = hd[c];
    hn[i] = hn[c];
    i = c;
  }
  hd[i] = d;
  hn[i] = v;
}

/**
 * Dijkstra with lazy deletion from `source` over `adj` with arc lengths `len`; settles nodes into
 * `order` and returns how many. Numeric kernel: O((n + m) log m).
 */
export function dijkstraKernel(adj: Adjacency, len: Float64Array, source: number, s: SsspScratch): number {
  const { dist, sigma, order } = s;
  const offsets = adj.offsets;
  const targets = adj.targets;
  dist[source] = 0;
  sigma[source] = 1;
  let size = 0;
  heapPush(s, size++, 0, source);
  let count = 0;
  // Lazy deletion: a popped entry is stale when a shorter distance was found after it was pushed.
  // A node is pushed again only with a strictly (beyond the tolerance) shorter key, so no other guard.
  while (size > 0) {
    const d = s.heapDist[0];
    const v = s.heapNode[0];
    heapPop(s, size--);
    if (d > dist[v]) continue;
    order[count++] = v;
    const sv = sigma[v];
    for (let e = offsets[v], stop = offsets[v + 1]; e < stop; e++) {
      const w = targets[e];
      const alt = d + len[e];
      const dw = dist[w];
      // Infinity first: `Infinity - eps·Infinity` is NaN, which would make every comparison false.
      if (dw === Infinity || alt < dw - PATH_LENGTH_EPSILON * dw) {
        dist[w] = alt;
        sigma[w] = sv;
        heapPush(s, size++, alt, w);
      } else if (alt <= dw + PATH_LENGTH_EPSILON * dw) sigma[w] += sv;
    }
  }
  return count;
}
