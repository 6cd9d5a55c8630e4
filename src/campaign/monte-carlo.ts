/**
 * Monte Carlo diffusion kernels
 *
 * Runs the independent-cascade (IC) or linear-threshold (LT) model forward from a seed set many
 * times and accumulates, per run, the number of people reached, per node the number of runs that
 * reached them, and per group (any number of labelings: communities, departments) the sum and sum
 * of squares of reached counts, so callers can form means and confidence intervals.
 *
 * References:
 * - D. Kempe, J. Kleinberg, É. Tardos, "Maximizing the spread of influence through a social network",
 *   KDD 2003 (both models).
 *
 * Notes:
 * - IC: each newly active u gets one chance to activate each inactive out-neighbour v with `outProb`.
 * - LT: each node draws a threshold θ ~ U(0,1) per run; v activates once the summed `outProb` of its
 *   active in-neighbours reaches θ. With α = 1 those weights sum to 1 per node (Kempe's condition).
 * - Complexity O(runs · (n_reached + arcs examined)); memory O(n + groups). No per-run allocation.
 */
import type { Rng } from '../shared/rng.js';
import type { DiffusionModel, InfluenceGraph } from './types.js';

/** A partition of nodes into `groups` labelled groups (label −1 = none). */
export interface Labeling {
  readonly label: Int32Array;
  readonly groups: number;
}

export interface MonteCarloResult {
  readonly runs: number;
  /** People reached in each run (seeds included). */
  readonly reach: Float64Array;
  /** Runs in which each node was reached. */
  readonly nodeHits: Float64Array;
  /** Per labeling: sum over runs of people reached per group. */
  readonly groupSum: readonly Float64Array[];
  /** Per labeling: sum over runs of squared people reached per group. */
  readonly groupSumSq: readonly Float64Array[];
}

interface Scratch {
  readonly stamp: Uint32Array;
  readonly queue: Uint32Array;
  readonly acc: Float64Array;
  readonly threshold: Float64Array;
  readonly runGroup: readonly Float64Array[];
}

/** Spreads from the first `tail` queue entries for one run; returns the number reached. */
function spread(
  g: InfluenceGraph,
  model: DiffusionModel,
  tail: number,
  run: number,
  s: Scratch,
  rng: Rng,
): number {
  const off = g.csr.out.offsets;
  const tgt = g.csr.out.targets;
  const p = g.outProb;
  const { stamp, queue, acc, threshold } = s;
  const touched = run * 2 + 2; // stamp values: touched (LT threshold drawn) and active = touched + 1
  const active = touched + 1;
  let head = 0;
  while (head < tail) {
    const u = queue[head++];
    const end = off[u + 1];
    for (let e = off[u]; e < end; e++) {
      const v = tgt[e];
      if (stamp[v] === active) continue;
      const pe = p[e];
      if (pe <= 0) continue;
      if (model === 'ic') {
        if (rng() >= pe) continue;
      } else {
        if (stamp[v] !== touched) {
          stamp[v] = touched;
          acc[v] = 0;
          threshold[v] = rng();
        }
        acc[v] += pe;
        if (acc[v] < threshold[v]) continue;
      }
      stamp[v] = active;
      queue[tail++] = v;
    }
  }
  return tail;
}

/**
 * Runs `runs` simulations of `model` from `seeds`.
 * Numeric kernel: the inner spread is one loop nest over typed arrays.
 */
export function monteCarloKernel(
  g: InfluenceGraph,
  seeds: ArrayLike<number>,
  model: DiffusionModel,
  runs: number,
  rng: Rng,
  labelings: readonly Labeling[] = [],
): MonteCarloResult {
  const n = g.csr.n;
  const s: Scratch = {
    stamp: new Uint32Array(n),
    queue: new Uint32Array(Math.max(1, n)),
    acc: new Float64Array(model === 'lt' ? n : 0),
    threshold: new Float64Array(model === 'lt' ? n : 0),
    runGroup: labelings.map((l) => new Float64Array(l.groups)),
  };
  const reach = new Float64Array(runs);
  const nodeHits = new Float64Array(n);
  const groupSum = labelings.map((l) => new Float64Array(l.groups));
  const groupSumSq = labelings.map((l) => new Float64Array(l.groups));
  for (let r = 0; r < runs; r++) {
    // --- seed the run (distinct seeds only)
    const active = r * 2 + 3;
    let tail = 0;
    for (let i = 0; i < seeds.length; i++) {
      const v = seeds[i];
      if (s.stamp[v] === active) continue;
      s.stamp[v] = active;
      s.queue[tail++] = v;
    }
    tail = spread(g, model, tail, r, s, rng);
    reach[r] = tail;
    // --- accumulate per node and per group
    for (let i = 0; i < tail; i++) nodeHits[s.queue[i]]++;
    for (let l = 0; l < labelings.length; l++) {
      const label = labelings[l].label;
      const rg = s.runGroup[l];
      for (let i = 0; i < tail; i++) {
        const c = label[s.queue[i]];
        if (c >= 0) rg[c]++;
      }
      const sum = groupSum[l];
      const sq = groupSumSq[l];
      for (let c = 0; c < rg.length; c++) {
        sum[c] += rg[c];
        sq[c] += rg[c] * rg[c];
        rg[c] = 0;
      }
    }
  }
  return { runs, reach, nodeHits, groupSum, groupSumSq };
}
