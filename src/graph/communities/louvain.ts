/**
 * Louvain community detection
 *
 * Multi-level modularity optimisation: move nodes locally, merge communities into nodes, repeat until
 * a level changes nothing. Works on the undirected weighted view (directed weights summed both ways).
 *
 * References:
 * - V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of communities in large
 *   networks", J. Stat. Mech. P10008 (2008), doi:10.1088/1742-5468/2008/10/P10008.
 *
 * Notes:
 * - Deterministic for a given `rng` seed: the only randomness is the node order of each level.
 * - `trials` > 1 repeats the whole run with fresh random orders and keeps the best modularity.
 * - Graphs without edges: every node is its own community and modularity is 0.
 * - Community labels are 0..C-1 in order of the first node index that carries them.
 * - Scratch buffers are allocated once per call at the input's size and shared by all levels and
 *   trials (local-moving.ts, community-graph.ts).
 */

import type { Rng } from '../../shared/rng.js';
import type { Csr } from '../types.js';
import { checkPositiveInt, checkRange } from '../validate.js';
import type { AggregateScratch, CommunityGraph } from './community-graph.js';
import {
  aggregateCommunityGraph,
  communityGraphFromCsr,
  createAggregateScratch,
  renumber,
} from './community-graph.js';
import type { MoveScratch } from './local-moving.js';
import { createMoveScratch, fastLocalMove } from './local-moving.js';
import { communityGraphModularity } from './modularity.js';

export interface CommunityOptions {
  /** Resolution γ (default 1; larger gives smaller communities). */
  readonly resolution?: number;
  /** Seeded random source (see `createRng`). */
  readonly rng: Rng;
  /** Independent runs (different random orders from `rng`); the best modularity wins. Default 1. */
  readonly trials?: number;
}

export interface CommunityResult {
  /** Community label per node, 0..C-1. */
  readonly membership: Int32Array;
  /** Modularity of `membership` at the given resolution. */
  readonly modularity: number;
  /** Number of communities C. */
  readonly count: number;
}

export function resolveResolution(module: string, options: { resolution?: number }): number {
  const resolution = options.resolution ?? 1;
  checkRange(module, 'resolution', resolution, 0, Infinity);
  return resolution;
}

export function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/**
 * Louvain partition of the undirected weighted view of `csr`.
 * @example
 * const { membership, modularity } = louvainKernel(csr, { rng: createRng(1) });
 */
export function louvainKernel(csr: Csr, options: CommunityOptions): CommunityResult {
  const resolution = resolveResolution('louvain', options);
  const base = communityGraphFromCsr(csr);
  const move = createMoveScratch(base.n);
  const agg = createAggregateScratch(base);
  return bestOfTrials('louvain', options.trials, () => louvainRun(base, resolution, options.rng, move, agg));
}

/** Runs `run` `trials` times (default 1) and keeps the highest modularity (first on ties). */
export function bestOfTrials(
  module: string,
  trials: number | undefined,
  run: () => CommunityResult,
): CommunityResult {
  const count = trials ?? 1;
  checkPositiveInt(module, 'trials', count);
  let best = run();
  for (let t = 1; t < count; t++) {
    const next = run();
    if (next.modularity > best.modularity) best = next;
  }
  return best;
}

function louvainRun(
  base: CommunityGraph,
  resolution: number,
  rng: Rng,
  move: MoveScratch,
  agg: AggregateScratch,
): CommunityResult {
  const membership = identity(base.n);
  let g = base;
  let comm = identity(g.n);
  for (;;) {
    fastLocalMove(g, comm, resolution, rng, move);
    const count = renumber(comm, move.neighList);
    if (count === g.n) break;
    for (let v = 0; v < base.n; v++) membership[v] = comm[membership[v]];
    g = aggregateCommunityGraph(g, comm, count, agg);
    comm = identity(g.n);
  }
  const count = renumber(membership, move.neighList);
  // Modularity on the last level equals that on the base graph, at a fraction of the cost.
  return { membership, modularity: communityGraphModularity(g, comm, resolution), count };
}
