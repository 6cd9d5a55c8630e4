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
import { bfsLevels, createLevelScratch, resetLevels } from '../paths/bfs-levels.js';
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
    // Hop counts: level by level, so every node of a level adds the same distance.
    const scratch = createLevelScratch(n);
    for (let i = 0; i < count; i++) {
      const u = options.nodes === undefined ? i : options.nodes[i];
      const reached = bfsLevels(csr.in, csr.out, u, scratch, false);
      let total = 0;
      let h = 0;
      for (let d = 1; d < scratch.depth; d++) {
        const size = scratch.levelStart[d + 1] - scratch.levelStart[d];
        total += d * size;
        h += size / d;
      }
      score(u, reached, total, h);
      resetLevels(scratch, reached);
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
