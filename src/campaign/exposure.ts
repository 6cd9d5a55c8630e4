/**
 * Exposure distance
 *
 * Multi-source breadth-first search from the ambassadors over the undirected view of the graph
 * (a tie in either direction counts): each person's network distance to the nearest ambassador
 * and which ambassador that is (ties go to the ambassador listed first).
 *
 * Notes:
 * - Complexity O(n + m) time, O(n) memory.
 */
import type { Csr } from '../graph/types.js';

export interface ExposureResult {
  /** Hops to the nearest source, −1 when unreachable. */
  readonly distance: Int32Array;
  /** Index into `sources` of the nearest source, −1 when unreachable. */
  readonly nearest: Int32Array;
}

/** Numeric kernel: BFS levels over out- and in-arcs. */
export function exposureKernel(csr: Csr, sources: ArrayLike<number>): ExposureResult {
  const n = csr.n;
  const distance = new Int32Array(n).fill(-1);
  const nearest = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(Math.max(1, n));
  let tail = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (distance[s] === 0) continue;
    distance[s] = 0;
    nearest[s] = i;
    queue[tail++] = s;
  }
  const adjacencies = csr.out === csr.in ? [csr.out] : [csr.out, csr.in];
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    for (let a = 0; a < adjacencies.length; a++) {
      const { offsets, targets } = adjacencies[a];
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const v = targets[e];
        if (distance[v] >= 0) continue;
        distance[v] = distance[u] + 1;
        nearest[v] = nearest[u];
        queue[tail++] = v;
      }
    }
  }
  return { distance, nearest };
}
