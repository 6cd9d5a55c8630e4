/**
 * Edge probabilities
 *
 * Turns communication intensity (tie weights) into per-arc activation probabilities for the
 * independent-cascade model: the weighted-cascade rule p(u→v) = min(pMax, α · w(u,v) / W(v)), where
 * W(v) is v's total incoming weight. A person hears mostly from those who write to them most; with
 * α = 1 the probabilities into each person sum to 1, the same normalisation the linear-threshold
 * model uses for its influence weights.
 *
 * References:
 * - D. Kempe, J. Kleinberg, É. Tardos, "Maximizing the spread of influence through a social network",
 *   KDD 2003 (weighted cascade).
 * - W. Chen, C. Wang, Y. Wang, "Scalable influence maximization for prevalent viral marketing",
 *   KDD 2010.
 *
 * Notes:
 * - Arcs with non-positive or non-finite weights get probability 0.
 * - For an undirected CSR (out === in) the two arrays are computed the same way and stay consistent.
 */
import { InputError } from '../shared/errors.js';
import type { Csr } from '../graph/types.js';
import type { InfluenceGraph } from './types.js';

export interface ProbabilityOptions {
  /** Scale α of the weighted-cascade rule (default 1). */
  readonly alpha?: number;
  /** Upper bound on any single arc probability (default 1). */
  readonly pMax?: number;
}

export const PROBABILITY_DEFAULTS = { alpha: 1, pMax: 1 } as const;

function validate(o: Required<ProbabilityOptions>): void {
  if (!(o.alpha > 0) || !Number.isFinite(o.alpha)) {
    throw new InputError(`campaign/edge-probabilities: invalid alpha: ${o.alpha} (expected > 0)`);
  }
  if (!(o.pMax > 0 && o.pMax <= 1)) {
    throw new InputError(`campaign/edge-probabilities: invalid pMax: ${o.pMax} (expected in (0, 1])`);
  }
}

/** Total positive incoming weight per node. */
export function inStrength(csr: Csr): Float64Array {
  const s = new Float64Array(csr.n);
  const { offsets, weights } = csr.in;
  for (let v = 0; v < csr.n; v++) {
    let sum = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = weights[e];
      if (w > 0 && Number.isFinite(w)) sum += w;
    }
    s[v] = sum;
  }
  return s;
}

/**
 * Builds the influence graph: per-arc IC probabilities from tie weights (weighted cascade).
 * @example
 * const g = createInfluenceGraph(csr, { alpha: 1 });
 */
export function createInfluenceGraph(csr: Csr, options: ProbabilityOptions = {}): InfluenceGraph {
  const o = { ...PROBABILITY_DEFAULTS, ...options };
  validate(o);
  const strength = inStrength(csr);
  const inProb = new Float64Array(csr.in.targets.length);
  for (let v = 0; v < csr.n; v++) {
    const s = strength[v];
    for (let e = csr.in.offsets[v]; e < csr.in.offsets[v + 1]; e++) {
      const w = csr.in.weights[e];
      inProb[e] = s > 0 && w > 0 && Number.isFinite(w) ? Math.min(o.pMax, (o.alpha * w) / s) : 0;
    }
  }
  if (csr.out === csr.in) return { csr, outProb: inProb, inProb };
  const outProb = new Float64Array(csr.out.targets.length);
  for (let u = 0; u < csr.n; u++) {
    for (let e = csr.out.offsets[u]; e < csr.out.offsets[u + 1]; e++) {
      const v = csr.out.targets[e];
      const w = csr.out.weights[e];
      const s = strength[v];
      outProb[e] = s > 0 && w > 0 && Number.isFinite(w) ? Math.min(o.pMax, (o.alpha * w) / s) : 0;
    }
  }
  return { csr, outProb, inProb };
}
