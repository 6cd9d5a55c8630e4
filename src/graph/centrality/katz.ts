/**
 * Katz centrality
 *
 * x = α Aᵀ x + β: influence through walks of every length, damped by α per step, plus a baseline β.
 * Power iteration as NetworkX `katz_centrality`, normalised to Euclidean norm 1.
 *
 * References:
 * - L. Katz, "A new status index derived from sociometric analysis", Psychometrika 18, 1953.
 * - NetworkX `katz_centrality`, networkx/algorithms/centrality/katz.py.
 *
 * Notes:
 * - Directed graphs use in-arcs; weights read as strength.
 * - The series converges only for α < 1/λ_max. If it has not converged after `maxIter` iterations (or
 *   overflows) the kernel throws InputError asking for a smaller α, instead of returning Infinity/NaN.
 */

import { InputError } from '../../shared/errors.js';
import type { Csr } from '../types.js';
import { checkRange } from '../validate.js';
import type { PowerOptions } from './eigenvector.js';
import { resolvePowerOptions } from './eigenvector.js';

export interface KatzOptions extends PowerOptions {
  /** Attenuation α per step (default 0.1). */
  readonly alpha?: number;
  /** Baseline β (default 1). */
  readonly beta?: number;
  /** Euclidean-normalise the result (default true). */
  readonly normalized?: boolean;
}

/** Katz centrality indexed by node. */
export function katzKernel(csr: Csr, options: KatzOptions = {}): Float64Array {
  const n = csr.n;
  const alpha = options.alpha ?? 0.1;
  const beta = options.beta ?? 1;
  checkRange('katz', 'alpha', alpha, 0, Infinity);
  checkRange('katz', 'beta', beta, -Infinity, Infinity);
  const { tol, maxIter } = resolvePowerOptions('katz', options, 1000);
  if (n === 0) return new Float64Array(0);
  let x = new Float64Array(n);
  let next = new Float64Array(n);
  const { offsets, targets, weights } = csr.in;
  for (let iter = 0; iter < maxIter; iter++) {
    let err = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) s += x[targets[e]] * weights[e];
      const val = alpha * s + beta;
      next[v] = val;
      err += Math.abs(val - x[v]);
    }
    const t = x;
    x = next;
    next = t;
    if (!Number.isFinite(err)) break;
    if (err < n * tol) return options.normalized === false ? x : normalize(x);
  }
  throw new InputError(
    `graph/katz: invalid alpha: ${alpha} (did not converge in ${maxIter} iterations; expected alpha < 1/λmax)`,
  );
}

function normalize(x: Float64Array): Float64Array {
  let norm = 0;
  for (let v = 0; v < x.length; v++) norm += x[v] * x[v];
  norm = Math.sqrt(norm) || 1;
  for (let v = 0; v < x.length; v++) x[v] /= norm;
  return x;
}
