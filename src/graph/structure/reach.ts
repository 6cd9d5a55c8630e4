/**
 * Two-step reach
 *
 * How many people a node reaches directly or through one intermediary: |N(v) ∪ N(N(v))| without v.
 * A cheap proxy for how far a message seeded at v spreads in two hand-offs.
 *
 * References:
 * - S. P. Borgatti, "Identifying sets of key players in a social network", Comput. Math. Organ. Theory
 *   12, 2006 (distance-weighted and k-step reach).
 *
 * Notes:
 * - `mode` (directed graphs): 'out' (default) follows arcs forward (whom v can tell), 'in' backward,
 *   'all' ignores direction. Unweighted. Time Σ_v Σ_{u∈N(v)} deg(u).
 */

import type { DegreeMode } from './kcore.js';
import { modeAdjacencies } from './kcore.js';
import type { Csr } from '../types.js';

/** Two-step reach indexed by node (counts of distinct nodes). */
export function twoStepReachKernel(csr: Csr, options: { mode?: DegreeMode } = {}): Int32Array {
  const n = csr.n;
  const adjs = modeAdjacencies(csr, options.mode ?? 'out');
  const seen = new Int32Array(n).fill(-1);
  const reach = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    seen[v] = v;
    let count = 0;
    for (const a of adjs) {
      for (let e = a.offsets[v]; e < a.offsets[v + 1]; e++) {
        const u = a.targets[e];
        if (seen[u] !== v) {
          seen[u] = v;
          count++;
        }
        // --- second step through u
        for (const b of adjs) {
          for (let f = b.offsets[u]; f < b.offsets[u + 1]; f++) {
            const w = b.targets[f];
            if (seen[w] !== v) {
              seen[w] = v;
              count++;
            }
          }
        }
      }
    }
    reach[v] = count;
  }
  return reach;
}
