/**
 * HITS hubs and authorities
 *
 * Authorities are pointed to by good hubs, hubs point to good authorities: the principal singular
 * vectors of the weighted adjacency, by alternating power iteration. Both vectors sum to 1, as
 * NetworkX `hits` (which computes them with an SVD).
 *
 * References:
 * - J. Kleinberg, "Authoritative sources in a hyperlinked environment", J. ACM 46(5), 1999.
 *
 * Notes:
 * - Weights read as strength. Undirected graphs give hubs = authorities.
 * - Stops when the L1 change of the hub vector is below n·tol (default 1e-8 as NetworkX) or after
 *   `maxIter` (default 1000). No arcs: uniform 1/n for both.
 */

import type { Adjacency, Csr } from '../types.js';
import type { PowerOptions } from './eigenvector.js';
import { resolvePowerOptions } from './eigenvector.js';

export interface HitsResult {
  readonly hubs: Float64Array;
  readonly authorities: Float64Array;
}

function scaleToSum(x: Float64Array): boolean {
  let s = 0;
  for (let v = 0; v < x.length; v++) s += x[v];
  if (s <= 0) return false;
  for (let v = 0; v < x.length; v++) x[v] /= s;
  return true;
}

/** y = A x over one adjacency (row v sums x over v's arcs, weighted). Numeric kernel. */
function multiply(adj: Adjacency, x: Float64Array, y: Float64Array): void {
  const offsets = adj.offsets;
  const targets = adj.targets;
  const weights = adj.weights;
  for (let v = 0; v < y.length; v++) {
    let s = 0;
    for (let e = offsets[v], stop = offsets[v + 1]; e < stop; e++) s += x[targets[e]] * weights[e];
    y[v] = s;
  }
}

/** HITS hub and authority scores indexed by node. */
export function hitsKernel(csr: Csr, options: PowerOptions = {}): HitsResult {
  const n = csr.n;
  const { tol, maxIter } = resolvePowerOptions('hits', { tol: options.tol ?? 1e-8, ...options }, 1000);
  let h = new Float64Array(n).fill(1 / n);
  let hNext = new Float64Array(n);
  const a = new Float64Array(n);
  const { out, in: inn } = csr;
  for (let iter = 0; iter < maxIter; iter++) {
    // --- a = Aᵀ h, h' = A a
    multiply(inn, h, a);
    multiply(out, a, hNext);
    if (!scaleToSum(hNext)) return { hubs: h.fill(1 / n), authorities: a.fill(1 / n) };
    let err = 0;
    for (let v = 0; v < n; v++) err += Math.abs(hNext[v] - h[v]);
    const t = h;
    h = hNext;
    hNext = t;
    if (err < n * tol) break;
  }
  // Authorities consistent with the final hubs.
  multiply(inn, h, a);
  scaleToSum(a);
  return { hubs: h, authorities: a };
}
