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
import type { Adjacency, Csr } from '../types.js';

/** Two-step reach indexed by node (counts of distinct nodes). */
export function twoStepReachKernel(csr: Csr, options: { mode?: DegreeMode } = {}): Int32Array {
  const n = csr.n;
  const adjs = modeAdjacencies(csr, options.mode ?? 'out');
  // 'all' on a directed graph walks the out- and in-rows of every node; otherwise one adjacency twice.
  const a = adjs[0];
  const b = adjs.length > 1 ? adjs[1] : adjs[0];
  const both = adjs.length > 1;
  const seen = new Int32Array(n).fill(-1);
  const reach = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    seen[v] = v;
    let count = markTwoSteps(a, a, b, both, v, seen);
    if (both) count += markTwoSteps(b, a, b, both, v, seen);
    reach[v] = count;
  }
  return reach;
}

/** Marks v's neighbours along `first` and their neighbours (rows of `a`, and `b` when `both`) with v; returns how many were new. */
function markTwoSteps(
  first: Adjacency,
  a: Adjacency,
  b: Adjacency,
  both: boolean,
  v: number,
  seen: Int32Array,
): number {
  let count = 0;
  for (let e = first.offsets[v], stop = first.offsets[v + 1]; e < stop; e++) {
    const u = first.targets[e];
    if (seen[u] !== v) {
      seen[u] = v;
      count++;
    }
    // --- second step through u
    count += markRow(a, u, v, seen);
    if (both) count += markRow(b, u, v, seen);
  }
  return count;
}

function markRow(adj: Adjacency, u: number, v: number, seen: Int32Array): number {
  const targets = adj.targets;
  let count = 0;
  for (let f = adj.offsets[u], stop = adj.offsets[u + 1]; f < stop; f++) {
    const w = targets[f];
    if (seen[w] !== v) {
      seen[w] = v;
      count++;
    }
  }
  return count;
}
