/**
 * Eigenvector centrality
 *
 * The principal eigenvector of the weighted adjacency (a node is central when central nodes point to
 * it), by power iteration on A + I as NetworkX `eigenvector_centrality` does; Euclidean norm 1.
 *
 * References:
 * - P. Bonacich, "Power and centrality: a family of measures", Am. J. Sociol. 92(5), 1987.
 * - NetworkX `eigenvector_centrality`, networkx/algorithms/centrality/eigenvector.py.
 *
 * Notes:
 * - Directed graphs use in-arcs (x_v ← Σ_{u→v} w x_u). Weights read as strength.
 * - The +I shift makes the iteration converge on bipartite graphs; on disconnected graphs the result
 *   depends on the uniform start vector, as in NetworkX. No edges: every node gets 1/√n.
 * - Stops when Σ|x − x_prev| < n·tol or after `maxIter` (returning the last iterate).
 */

import type { Csr } from '../types.js';
import { checkPositiveInt, checkRange } from '../validate.js';

export interface PowerOptions {
  /** Per-node tolerance (default 1e-6 as NetworkX). */
  readonly tol?: number;
  /** Iteration cap (default 100 as NetworkX eigenvector; Katz defaults to 1000). */
  readonly maxIter?: number;
}

export function resolvePowerOptions(
  module: string,
  o: PowerOptions,
  maxIter: number,
): Required<PowerOptions> {
  const r = { tol: o.tol ?? 1e-6, maxIter: o.maxIter ?? maxIter };
  checkRange(module, 'tol', r.tol, 0, Infinity);
  checkPositiveInt(module, 'maxIter', r.maxIter);
  return r;
}

/** Eigenvector centrality indexed by node. */
export function eigenvectorKernel(csr: Csr, options: PowerOptions = {}): Float64Array {
  const n = csr.n;
  const { tol, maxIter } = resolvePowerOptions('eigenvector', options, 100);
  if (n === 0) return new Float64Array(0);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const { offsets, targets, weights } = csr.in;
  for (let iter = 0; iter < maxIter; iter++) {
    let norm = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) s += x[targets[e]] * weights[e];
      next[v] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm) || 1;
    let err = 0;
    for (let v = 0; v < n; v++) {
      next[v] /= norm;
      err += Math.abs(next[v] - x[v]);
    }
    const t = x;
    x = next;
    next = t;
    if (err < n * tol) break;
  }
  return x;
}
