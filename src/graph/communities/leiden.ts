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
 * - Scratch buffers are allocated once per call at the input's size and shared by all levels, passes
 *   and trials (local-moving.ts, community-graph.ts).
 */

import type { Rng } from '../../shared/rng.js';
import type { Csr } from '../types.js';
import { checkPositiveInt } from '../validate.js';
import type { AggregateScratch, CommunityGraph } from './community-graph.js';
import {
  aggregateCommunityGraph,
  communityGraphFromCsr,
  createAggregateScratch,
  renumber,
} from './community-graph.js';
import type { MoveScratch } from './local-moving.js';
import { createMoveScratch, fastLocalMove } from './local-moving.js';
import type { CommunityOptions, CommunityResult } from './louvain.js';
import { bestOfTrials, identity, resolveResolution } from './louvain.js';
import { communityGraphModularity } from './modularity.js';
import type { RefineScratch } from './refine.js';
import { createRefineScratch, refinePartition } from './refine.js';

export interface LeidenOptions extends CommunityOptions {
  /** Number of passes (default 2), or 'stable': until modularity stops improving (at most 50). */
  readonly iterations?: number | 'stable';
}

const MAX_PASSES = 50;

/** Buffers shared by every level, pass and trial of one call (see local-moving.ts). */
interface LeidenScratch {
  readonly move: MoveScratch;
  readonly refine: RefineScratch;
  readonly agg: AggregateScratch;
  readonly nodeOf: Int32Array;
  readonly map: Int32Array;
}

/**
 * One Leiden pass from `start` (labels 0..n-1 on base nodes); returns the improved membership and its
 * modularity, taken on the last aggregate (same value as on the base graph, at a fraction of the cost).
 */
function leidenPass(
  base: CommunityGraph,
  start: Int32Array,
  resolution: number,
  rng: Rng,
  s: LeidenScratch,
): { membership: Int32Array; modularity: number } {
  const n = base.n;
  const nodeOf = s.nodeOf;
  nodeOf.set(identity(n));
  let g = base;
  let comm: Int32Array = start.slice();
  for (;;) {
    fastLocalMove(g, comm, resolution, rng, s.move);
    const count = renumber(comm, s.map);
    if (count === g.n) break;
    const ref = refinePartition(g, comm, resolution, rng, s.move, s.refine);
    const refCount = renumber(ref, s.map);
    if (refCount === g.n) {
      // Nothing to refine: aggregate on the moved partition (plain Louvain step).
      lookup(nodeOf, comm, nodeOf, n);
      g = aggregateCommunityGraph(g, comm, count, s.agg);
      comm = identity(count);
      continue;
    }
    const next = new Int32Array(refCount);
    scatter(next, ref, comm, g.n);
    lookup(nodeOf, ref, nodeOf, n);
    g = aggregateCommunityGraph(g, ref, refCount, s.agg);
    comm = next;
  }
  const modularity = communityGraphModularity(g, comm, resolution);
  const membership = new Int32Array(n);
  lookup(membership, comm, nodeOf, n);
  renumber(membership, s.map);
  return { membership, modularity };
}

/**
 * out[v] = map[of[v]] for v < n (`out` may be `of`). The loops over all base nodes are functions of
 * their own so that V8 optimising one while it runs does not leave the rest of `leidenPass` without
 * type feedback (see `mergeRows` in community-graph.ts).
 */
function lookup(out: Int32Array, map: Int32Array, of: Int32Array, n: number): void {
  for (let v = 0; v < n; v++) out[v] = map[of[v]];
}

/** out[at[v]] = value[v] for v < n. */
function scatter(out: Int32Array, at: Int32Array, value: Int32Array, n: number): void {
  for (let v = 0; v < n; v++) out[at[v]] = value[v];
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
  const scratch: LeidenScratch = {
    move: createMoveScratch(base.n),
    refine: createRefineScratch(base.n),
    agg: createAggregateScratch(base),
    nodeOf: new Int32Array(base.n),
    map: new Int32Array(base.n),
  };
  return bestOfTrials('leiden', options.trials, () => leidenRun(base, resolution, options, scratch));
}

function leidenRun(
  base: CommunityGraph,
  resolution: number,
  options: LeidenOptions,
  scratch: LeidenScratch,
): CommunityResult {
  const stable = options.iterations === 'stable';
  const passes = stable ? MAX_PASSES : (options.iterations ?? 2);
  let membership = identity(base.n);
  // The first pass is always kept, so the singletons' modularity is never needed.
  let modularity = -Infinity;
  for (let pass = 0; pass < passes; pass++) {
    const next = leidenPass(base, membership, resolution, options.rng, scratch);
    const q = next.modularity;
    const improved = pass === 0 || q > modularity + 1e-12 * Math.max(1, Math.abs(modularity));
    if (improved) {
      membership = next.membership;
      modularity = q;
    }
    if (!improved && stable) break;
  }
  const count = renumber(membership, scratch.map);
  return { membership, modularity, count };
}
