/**
 * IMM: influence maximisation via martingales
 *
 * Chooses k seeds whose expected independent-cascade reach is within (1 − 1/e − ε) of the optimum
 * with probability at least 1 − n^−ℓ: a sampling phase estimates a lower bound LB of the optimum
 * by doubling the number of RR sets, then θ = λ* ÷ LB fresh RR sets are drawn and greedy maximum
 * coverage picks the seeds.
 *
 * References:
 * - Y. Tang, Y. Shi, X. Xiao, "Influence maximization in near-linear time: a martingale approach",
 *   SIGMOD 2015, Algorithms 1–3. https://doi.org/10.1145/2723372.2723734
 * - W. Chen, "An issue in the martingale analysis of the influence maximization algorithm IMM",
 *   CSoNet 2018 (the final RR sets must be drawn fresh, independent of the sampling phase).
 *
 * Notes:
 * - ℓ is raised to ℓ·(1 + log 2 / log n) as in the paper so the overall failure probability is n^−ℓ.
 * - With group requirements or department caps the same sampling runs with the constrained greedy;
 *   the (1 − 1/e − ε) guarantee then becomes the greedy's own bound for that constraint (≥ 1/2 − ε
 *   for department caps). See docs/CAMPAIGNS.md.
 * - The returned reach estimate comes from a third, independent RR collection of the same size, so
 *   it is not biased upwards by the selection.
 */
import { InputError } from '../shared/errors.js';
import type { Rng } from '../shared/rng.js';
import { countCovered, createRrScratch, createRrSets, sampleRrSets, type RrSets } from './rr-sets.js';
import {
  selectSeedsKernel,
  unconstrained,
  type Selection,
  type SelectionConstraints,
} from './seed-selection.js';
import type { InfluenceGraph } from './types.js';

export interface ImmOptions {
  readonly k: number;
  readonly epsilon?: number;
  readonly ell?: number;
  readonly rng: Rng;
  readonly constraints?: SelectionConstraints;
  /** Hard cap on RR sets per phase (memory guard); default 20 million. */
  readonly maxRrSets?: number;
}

export const IMM_DEFAULTS: { readonly epsilon: number; readonly ell: number; readonly maxRrSets: number } = {
  epsilon: 0.3,
  ell: 1,
  maxRrSets: 20_000_000,
};

export interface ImmResult extends Selection {
  readonly rrSets: number;
  readonly lowerBound: number;
  /** Unbiased estimate of the seeds' expected reach from independent RR sets. */
  readonly estimatedReach: number;
  /** True when θ hit `maxRrSets` and the guarantee is weaker than asked. */
  readonly capped: boolean;
}

/** log of the binomial coefficient C(n, k). */
export function logBinomial(n: number, k: number): number {
  let s = 0;
  for (let i = 0; i < k; i++) s += Math.log(n - i) - Math.log(i + 1);
  return s;
}

function validate(n: number, o: ImmOptions & typeof IMM_DEFAULTS): void {
  if (!Number.isInteger(o.k) || o.k < 1) {
    throw new InputError(`campaign/imm: invalid k: ${o.k} (expected a positive integer)`);
  }
  if (!(o.epsilon > 0 && o.epsilon < 1)) {
    throw new InputError(`campaign/imm: invalid epsilon: ${o.epsilon} (expected in (0, 1))`);
  }
  if (!(o.ell > 0)) throw new InputError(`campaign/imm: invalid ell: ${o.ell} (expected > 0)`);
  if (n < 2) throw new InputError(`campaign/imm: graph too small: ${n} nodes (expected at least 2)`);
}

/**
 * Runs IMM on an influence graph.
 * @example
 * const { seeds, estimatedReach } = imm(g, { k: 10, rng: createRng(1) });
 */
export function imm(g: InfluenceGraph, options: ImmOptions): ImmResult {
  const o = { ...IMM_DEFAULTS, ...options };
  const n = g.csr.n;
  validate(n, o);
  const k = Math.min(o.k, n);
  const c = o.constraints ?? unconstrained(n);
  const ell = o.ell * (1 + Math.log(2) / Math.log(n));
  const logCnk = logBinomial(n, k);
  const scratch = createRrScratch(n);
  let capped = false;
  const cap = (theta: number): number => {
    if (theta > o.maxRrSets) capped = true;
    return Math.min(Math.ceil(theta), o.maxRrSets);
  };

  // --- sampling phase (Algorithm 2): find a lower bound of OPT
  const e1 = Math.SQRT2 * o.epsilon;
  const lambdaPrime =
    ((2 + (2 / 3) * e1) * (logCnk + ell * Math.log(n) + Math.log(Math.log2(n))) * n) / (e1 * e1);
  const probe = createRrSets();
  let lb = 1;
  for (let i = 1; i < Math.log2(n); i++) {
    const x = n / 2 ** i;
    sampleRrSets(g, probe, cap(lambdaPrime / x), o.rng, scratch);
    const sel = selectSeedsKernel(probe, n, k, c);
    const spread = (n * sel.covered) / probe.count;
    if (spread >= (1 + e1) * x) {
      lb = spread / (1 + e1);
      break;
    }
    if (probe.count >= o.maxRrSets) break;
  }

  // --- final phase: θ fresh RR sets, greedy selection (Algorithm 1, with Chen's fix)
  const alpha = Math.sqrt(ell * Math.log(n) + Math.log(2));
  const beta = Math.sqrt((1 - 1 / Math.E) * (logCnk + ell * Math.log(n) + Math.log(2)));
  const lambdaStar = (2 * n * ((1 - 1 / Math.E) * alpha + beta) ** 2) / (o.epsilon * o.epsilon);
  const theta = cap(lambdaStar / lb);
  const sets: RrSets = createRrSets(theta, theta * 4);
  sampleRrSets(g, sets, theta, o.rng, scratch);
  const sel = selectSeedsKernel(sets, n, k, c);
  return {
    ...sel,
    rrSets: theta,
    lowerBound: lb,
    estimatedReach: estimateReach(g, sel.seeds, theta, o.rng),
    capped,
  };
}

/** Unbiased RR estimate of the expected reach of `seeds` from `count` fresh RR sets. */
export function estimateReach(g: InfluenceGraph, seeds: ArrayLike<number>, count: number, rng: Rng): number {
  const n = g.csr.n;
  const sets = createRrSets(count, count * 4);
  sampleRrSets(g, sets, count, rng, createRrScratch(n));
  const mask = new Uint8Array(n);
  for (let i = 0; i < seeds.length; i++) mask[seeds[i]] = 1;
  return (n * countCovered(sets, mask)) / Math.max(1, sets.count);
}
