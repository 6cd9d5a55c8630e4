/**
 * Leiden community detection
 *
 * Modularity optimisation that guarantees connected, well-connected communities: fast local moving,
 * refinement of each community into well-connected sub-communities, aggregation on the refined
 * partition (with the unrefined one as the starting point), repeated until stable.
 *
 * References:
 * - V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
 *   communities", Sci. Rep. 9, 5233 (2019), doi:10.1038/s41598-019-41695-z.
 *
 * Notes:
 * - `iterations` whole passes (default 2, as igraph and leidenalg), each starting from the previous
 *   partition; `iterations: 'stable'` repeats until a pass no longer improves modularity (at most 50),
 *   as igraph's `n_iterations=-1`.
 * - If refinement merges nothing on a level, that level aggregates on the unrefined partition so the
 *   algorithm always makes progress (never loops).
 * - Deterministic for a given `rng` seed.
 */

import type { Rng } from '../../shared/rng.js';
import type { Csr } from '../types.js';
import { checkPositiveInt } from '../validate.js';
import type { CommunityGraph } from './community-graph.js';
import { aggregateCommunityGraph, communityGraphFromCsr, renumber } from './community-graph.js';
import { fastLocalMove } from './local-moving.js';
import type { CommunityOptions, CommunityResult } from './louvain.js';
import { bestOfTrials, identity, resolveResolution } from './louvain.js';
import { communityGraphModularity } from './modularity.js';
import { refinePartition } from './refine.js';

export interface LeidenOptions extends CommunityOptions {
  /** Number of passes (default 2), or 'stable': until modularity stops improving (at most 50). */
  readonly iterations?: number | 'stable';
}

const MAX_PASSES = 50;

/** One Leiden pass from `start` (labels 0..n-1 on base nodes); returns the improved membership. */
function leidenPass(base: CommunityGraph, start: Int32Array, resolution: number, rng: Rng): Int32Array {
  const n = base.n;
  const nodeOf = identity(n);
  let g = base;
  let comm: Int32Array = Int32Array.from(start);
  for (;;) {
    fastLocalMove(g, comm, resolution, rng);
    const count = renumber(comm);
    if (count === g.n) break;
    const ref = refinePartition(g, comm, resolution, rng);
    const refCount = renumber(ref);
    if (refCount === g.n) {
      // Nothing to refine: aggregate on the moved partition (plain Louvain step).
      for (let v = 0; v < n; v++) nodeOf[v] = comm[nodeOf[v]];
      g = aggregateCommunityGraph(g, comm, count);
      comm = identity(count);
      continue;
    }
    const next = new Int32Array(refCount);
    for (let v = 0; v < g.n; v++) next[ref[v]] = comm[v];
    for (let v = 0; v < n; v++) nodeOf[v] = ref[nodeOf[v]];
    g = aggregateCommunityGraph(g, ref, refCount);
    comm = next;
  }
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = comm[nodeOf[v]];
  renumber(membership);
  return membership;
}

/**
 * Leiden partition of the undirected weighted view of `csr`.
 * @example
 * const { membership, modularity } = leidenKernel(csr, { rng: createRng(1), resolution: 1 });
 */
export function leidenKernel(csr: Csr, options: LeidenOptions): CommunityResult {
  const resolution = resolveResolution('leiden', options);
  if (typeof options.iterations === 'number') checkPositiveInt('leiden', 'iterations', options.iterations);
  const base = communityGraphFromCsr(csr);
  return bestOfTrials('leiden', options.trials, () => leidenRun(base, resolution, options));
}

function leidenRun(base: CommunityGraph, resolution: number, options: LeidenOptions): CommunityResult {
  const stable = options.iterations === 'stable';
  const passes = stable ? MAX_PASSES : (options.iterations ?? 2);
  let membership = identity(base.n);
  let modularity = communityGraphModularity(base, membership, resolution);
  for (let pass = 0; pass < passes; pass++) {
    const next = leidenPass(base, membership, resolution, options.rng);
    const q = communityGraphModularity(base, next, resolution);
    const improved = q > modularity + 1e-12 * Math.max(1, Math.abs(modularity));
    if (improved || pass === 0) {
      membership = next;
      modularity = q;
    }
    if (!improved && stable) break;
  }
  const count = renumber(membership);
  return { membership, modularity, count };
}
