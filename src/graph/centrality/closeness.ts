/**
 * Closeness and harmonic centrality
 *
 * Closeness: how near a node is to those who can reach it, with the Wasserman–Faust correction for
 * disconnected graphs, as NetworkX `closeness_centrality(wf_improved=True)`:
 * C(u) = ((r − 1) / (n − 1)) · ((r − 1) / Σ d(v, u)), r = nodes that reach u (u included).
 * Harmonic: H(u) = Σ_{v ≠ u} 1 / d(v, u) (NetworkX `harmonic_centrality`, not normalised).
 *
 * References:
 * - S. Wasserman, K. Faust, "Social Network Analysis", 1994 (closeness, eq. 5.3 correction).
 * - M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285, 2000.
 *
 * Notes:
 * - Directed graphs use incoming distances (searches run on the in-adjacency), as NetworkX.
 * - Nodes nobody reaches get 0 (never NaN). Weights: see paths/lengths.ts (default hop counts).
 * - Time O(n·m) (BFS) or O(n·m·log m) (Dijkstra); `sources` restricts the targets u computed
 *   (other entries stay 0) so large graphs can be scored for a subset.
 */

import { InputError } from '../../shared/errors.js';
import type { PathWeight } from '../paths/lengths.js';
import { arcLengths, PATH_WEIGHTS } from '../paths/lengths.js';
import type { LevelSink } from '../paths/multi-bfs.js';
import { createMultiBfsScratch, MULTI_BFS_WIDTH, multiSourceBfs } from '../paths/multi-bfs.js';
import { createSsspScratch, dijkstraKernel, resetSssp } from '../paths/sssp.js';
import type { Csr } from '../types.js';

export interface ClosenessOptions {
  readonly weight?: PathWeight;
  /** Compute only these nodes (default all). */
  readonly nodes?: ArrayLike<number>;
}

export interface ClosenessResult {
  readonly closeness: Float64Array;
  readonly harmonic: Float64Array;
}

/** The weight option, checked (default hop counts). */
export function closenessWeight(options: ClosenessOptions): PathWeight {
  const weight = options.weight ?? 'ignore';
  if (!PATH_WEIGHTS.includes(weight)) {
    throw new InputError(
      `graph/closeness: invalid weight: ${String(weight)} (expected ${PATH_WEIGHTS.join(', ')})`,
    );
  }
  return weight;
}

/** Closeness and harmonic centrality indexed by node (both from one search per node). */
export function closenessKernel(csr: Csr, options: ClosenessOptions = {}): ClosenessResult {
  const weight = closenessWeight(options);
  const n = csr.n;
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  const len = arcLengths(csr.in, weight);
  const count = options.nodes?.length ?? n;
  const score = (u: number, reached: number, total: number, h: number): void => {
    harmonic[u] = h;
    if (total > 0 && n > 1) closeness[u] = ((reached - 1) / (n - 1)) * ((reached - 1) / total);
  };
  if (len === null) {
    // Hop counts: 32 searches per sweep; each level adds its distance once per node it reached.
    const scratch = createMultiBfsScratch(n);
    const nodes = options.nodes ?? Int32Array.from({ length: n }, (_, i) => i);
    const reached = new Float64Array(MULTI_BFS_WIDTH);
    const total = new Float64Array(MULTI_BFS_WIDTH);
    const h = new Float64Array(MULTI_BFS_WIDTH);
    const sink: LevelSink = (level, found, k) => {
      for (let i = 0; i < k; i++) {
        reached[i] += found[i];
        total[i] += level * found[i];
        h[i] += found[i] / level;
      }
    };
    for (let from = 0; from < count; from += MULTI_BFS_WIDTH) {
      const k = Math.min(MULTI_BFS_WIDTH, count - from);
      reached.fill(1);
      total.fill(0);
      h.fill(0);
      multiSourceBfs(csr.in, csr.out, nodes, from, k, scratch, sink);
      for (let i = 0; i < k; i++) score(nodes[from + i], reached[i], total[i], h[i]);
    }
    return { closeness, harmonic };
  }
  const scratch = createSsspScratch(n);
  for (let i = 0; i < count; i++) {
    const u = options.nodes === undefined ? i : options.nodes[i];
    const reached = dijkstraKernel(csr.in, len, u, scratch);
    let total = 0;
    let h = 0;
    for (let j = 1; j < reached; j++) {
      const d = scratch.dist[scratch.order[j]];
      total += d;
      h += 1 / d;
    }
    score(u, reached, total, h);
    resetSssp(scratch, reached);
  }
  return { closeness, harmonic };
}
