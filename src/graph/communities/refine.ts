/**
 * Leiden refinement
 *
 * Splits each community of a partition into well-connected sub-communities: starting from singletons,
 * each well-connected node that is still alone is merged (within its community) into a well-connected
 * sub-community, chosen at random with probability ∝ exp(gain / θ) among those with a gain ≥ 0
 * (staying alone included), when some target has a positive gain.
 *
 * References:
 * - V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
 *   communities", Sci. Rep. 9, 5233 (2019), Algorithm A.2 `RefinePartition` / `MergeNodesSubset`.
 *
 * Notes:
 * - Randomness comes from the seeded `rng` only (visit order and choice): results are
 *   seed-deterministic.
 * - Well-connected: w(S, C∖S) ≥ γ K_S (K_C − K_S) / 2m, for a node and for a target sub-community.
 */

import type { Rng } from '../../shared/rng.js';
import type { CommunityGraph } from './community-graph.js';
import type { MoveScratch } from './local-moving.js';
import { communityTotals, createMoveScratch, randomOrder } from './local-moving.js';

/**
 * Randomness θ of the choice of target (the paper's θ, igraph's and leidenalg's default β = 0.01), in
 * units of gain, i.e. of edge weight: near-ties are broken at random, clearly better targets win.
 * Greedy choice (θ → 0) reaches lower modularity on average (benchmark graph, 10k nodes, 8 seeds:
 * 0.79345 vs 0.79348). As in igraph, θ is not scaled with the weights: with weights far below 1 the
 * choice tends to uniform among targets with a gain ≥ 0.
 */
const THETA = 0.01;

/** Refinement's own node-indexed buffers (see `MoveScratch`); `ref` holds the result. */
export interface RefineScratch {
  readonly ref: Int32Array;
  readonly refTot: Float64Array;
  readonly refSize: Int32Array;
  readonly ext: Float64Array;
  /** Gain of each candidate target of the current node, by list position. */
  readonly candGain: Float64Array;
}

export function createRefineScratch(n: number): RefineScratch {
  return {
    ref: new Int32Array(n),
    refTot: new Float64Array(n),
    refSize: new Int32Array(n),
    ext: new Float64Array(n),
    candGain: new Float64Array(n),
  };
}

/**
 * Returns the refined membership (labels are node indices of sub-community seeds, not renumbered): a
 * view of `own.ref`, valid until the next call with the same scratch.
 */
export function refinePartition(
  g: CommunityGraph,
  comm: Int32Array,
  resolution: number,
  rng: Rng,
  move: MoveScratch = createMoveScratch(g.n),
  own: RefineScratch = createRefineScratch(g.n),
): Int32Array {
  const n = g.n;
  const scale = resolution / g.total;
  const ref = own.ref.subarray(0, n);
  const commTot = communityTotals(g, comm, move.tot);
  singletons(g, comm, ref, own.refTot, own.refSize, own.ext);
  move.mark.fill(-1, 0, n);
  const order = randomOrder(n, rng, move.queue);
  mergeSingletons(g, comm, scale, rng, order, commTot, ref, own, move);
  return ref;
}

/**
 * Every node its own sub-community; ext[v]: weight from v to the rest of its community. Hot loops are
 * functions of their own (see `mergeRows` in community-graph.ts).
 */
function singletons(
  g: CommunityGraph,
  comm: Int32Array,
  ref: Int32Array,
  refTot: Float64Array,
  refSize: Int32Array,
  ext: Float64Array,
): void {
  const { offsets, targets, weights, strength } = g;
  for (let v = 0; v < g.n; v++) {
    ref[v] = v;
    refTot[v] = strength[v];
    refSize[v] = 1;
    const c = comm[v];
    let x = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) if (comm[targets[e]] === c) x += weights[e];
    ext[v] = x;
  }
}

/** Visits nodes in `order`, merging each well-connected node still alone (see `refinePartition`). */
function mergeSingletons(
  g: CommunityGraph,
  comm: Int32Array,
  scale: number,
  rng: Rng,
  order: Int32Array,
  commTot: Float64Array,
  ref: Int32Array,
  own: RefineScratch,
  move: MoveScratch,
): void {
  const { offsets, targets, weights, strength } = g;
  const { refTot, refSize, ext, candGain } = own;
  const { neighWeight, neighList, mark } = move;
  for (let i = 0; i < g.n; i++) {
    const v = order[i];
    if (ref[v] !== v || refSize[v] !== 1) continue;
    const c = comm[v];
    const kv = strength[v];
    if (ext[v] < scale * kv * (commTot[c] - kv)) continue;
    // --- weights from v to sub-communities inside its community
    let count = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const u = targets[e];
      if (comm[u] !== c) continue;
      const r = ref[u];
      if (mark[r] !== v) {
        mark[r] = v;
        neighWeight[r] = 0;
        neighList[count++] = r;
      }
      neighWeight[r] += weights[e];
    }
    // --- well-connected targets with a gain ≥ 0 (others get −1); the best must gain > 0
    let best = -1;
    let bestGain = 0;
    for (let j = 0; j < count; j++) {
      const r = neighList[j];
      let gain = -1;
      if (ext[r] >= scale * refTot[r] * (commTot[c] - refTot[r]))
        gain = neighWeight[r] - scale * refTot[r] * kv;
      candGain[j] = gain;
      if (gain > bestGain) {
        bestGain = gain;
        best = r;
      }
    }
    if (best < 0) continue;
    // --- random choice, Pr ∝ exp(gain / θ) relative to the best; staying alone gains 0
    const stay = Math.exp(-bestGain / THETA);
    let total = stay;
    for (let j = 0; j < count; j++) if (candGain[j] >= 0) total += Math.exp((candGain[j] - bestGain) / THETA);
    let x = rng() * total - stay;
    if (x < 0) continue;
    for (let j = 0; j < count; j++) {
      if (candGain[j] < 0) continue;
      best = neighList[j];
      x -= Math.exp((candGain[j] - bestGain) / THETA);
      if (x < 0) break;
    }
    ref[v] = best;
    refTot[best] += kv;
    refTot[v] = 0;
    refSize[best]++;
    refSize[v] = 0;
    ext[best] += ext[v] - 2 * neighWeight[best];
  }
}
