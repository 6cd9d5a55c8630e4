/**
 * Betweenness centrality
 *
 * Exact Brandes betweenness (all sources) and the source-sampling approximation, with NetworkX
 * scaling (`normalized` divides by the number of pairs; undirected sums are halved when not normalized).
 *
 * References:
 * - U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001.
 * - U. Brandes, C. Pich, "Centrality estimation in large networks", Int. J. Bifurcation and Chaos
 *   17(7):2303–2318, 2007 (uniform source sampling, scaled by n / k).
 *
 * Notes:
 * - Error bound of the approximation (normalized scores): each sampled source contributes a term in
 *   [0, n/(n−1)], so by Hoeffding's inequality (valid for sampling without replacement) and a union
 *   bound over the n nodes, every node is within ε = n/(n−1) · sqrt(ln(2n/δ) / (2k)) of its exact
 *   normalized score with probability ≥ 1 − δ.
 * - Weights: `weight` chooses hop counts, weight-as-distance or 1/weight (see paths/lengths.ts).
 */

import { InputError } from '../../shared/errors.js';
import type { Rng } from '../../shared/rng.js';
import type { PathWeight } from '../paths/lengths.js';
import { PATH_WEIGHTS } from '../paths/lengths.js';
import type { Csr } from '../types.js';
import { checkPositiveInt, checkRange } from '../validate.js';
import { accumulateBetweenness, rescaleBetweenness } from './betweenness-core.js';

export interface BetweennessOptions {
  /** How a weight is read (default 'ignore': hop counts). */
  readonly weight?: PathWeight;
  /** Divide by the number of pairs (default true, as NetworkX). */
  readonly normalized?: boolean;
}

export interface ApproxBetweennessOptions extends BetweennessOptions {
  /** Number of sampled sources k (clamped to n). */
  readonly samples: number;
  readonly rng: Rng;
}

export interface ApproxBetweennessResult {
  readonly scores: Float64Array;
  /** Sources actually used. */
  readonly samples: number;
  /** ε such that every normalized score is within ε of the exact one with probability ≥ 1 − δ. */
  errorBound(delta: number): number;
}

export function resolveBetweennessOptions(options: BetweennessOptions): Required<BetweennessOptions> {
  const weight = options.weight ?? 'ignore';
  if (!PATH_WEIGHTS.includes(weight)) {
    throw new InputError(
      `graph/betweenness: invalid weight: ${String(weight)} (expected ${PATH_WEIGHTS.join(', ')})`,
    );
  }
  return { weight, normalized: options.normalized ?? true };
}

/** Hoeffding + union bound on the normalized-score error for k of n sources (see header). */
export function betweennessErrorBound(n: number, k: number, delta: number): number {
  checkRange('betweenness', 'delta', delta, 0, 1, true);
  if (k >= n || n < 2) return 0;
  return (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / delta) / (2 * k));
}

/** Sources needed so every normalized score is within ε with probability ≥ 1 − δ. */
export function betweennessSampleSize(n: number, epsilon: number, delta: number): number {
  checkRange('betweenness', 'epsilon', epsilon, 0, Infinity, true);
  if (n < 2 || epsilon <= 0) return n;
  const k = Math.ceil(((n / (n - 1)) ** 2 * Math.log((2 * n) / delta)) / (2 * epsilon * epsilon));
  return Math.min(n, k);
}

/** k distinct node indices chosen uniformly (partial Fisher–Yates), sorted. */
export function sampleSources(n: number, k: number, rng: Rng): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = all[i];
    all[i] = all[j];
    all[j] = t;
  }
  return all.slice(0, k).sort();
}

export function allSources(n: number): Int32Array {
  const s = new Int32Array(n);
  for (let i = 0; i < n; i++) s[i] = i;
  return s;
}

/**
 * Exact betweenness of every node.
 * @example
 * const bc = betweennessKernel(csr, { weight: 'strength' });
 */
export function betweennessKernel(csr: Csr, options: BetweennessOptions = {}): Float64Array {
  const { weight, normalized } = resolveBetweennessOptions(options);
  const bc = new Float64Array(csr.n);
  accumulateBetweenness(csr, weight, allSources(csr.n), bc);
  rescaleBetweenness(bc, csr.n, csr.directed, normalized, csr.n);
  return bc;
}

/** Betweenness estimated from `samples` uniformly chosen sources (unbiased, scaled by n / k). */
export function approxBetweennessKernel(
  csr: Csr,
  options: ApproxBetweennessOptions,
): ApproxBetweennessResult {
  const { weight, normalized } = resolveBetweennessOptions(options);
  checkPositiveInt('betweenness', 'samples', options.samples);
  const n = csr.n;
  const k = Math.min(n, options.samples);
  const bc = new Float64Array(n);
  accumulateBetweenness(csr, weight, sampleSources(n, k, options.rng), bc);
  rescaleBetweenness(bc, n, csr.directed, normalized, k);
  return { scores: bc, samples: k, errorBound: (delta) => betweennessErrorBound(n, k, delta) };
}
