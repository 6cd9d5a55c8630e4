/**
 * Burt's constraint and effective size
 *
 * Structural-hole measures of brokerage. With p_uv the share of u's (mutual) tie weight spent on v and
 * m_vw = w_vw / max_x w_vx:
 * - constraint c_u = Σ_{v∈N(u)} (p_uv + Σ_{w∈N(u)} p_uw p_wv)² — low for brokers;
 * - effective size e_u = Σ_{v∈N(u)} (1 − Σ_{w∈N(u)} p_uw m_vw) — the non-redundant contacts.
 *
 * References:
 * - R. S. Burt, "Structural Holes: The Social Structure of Competition", Harvard UP, 1992.
 * - NetworkX `constraint`, `effective_size` (networkx/algorithms/structuralholes.py).
 *
 * Notes:
 * - Mutual weight w_uv = a_uv + a_vu (directed), the edge weight (undirected): NetworkX semantics with
 *   `weight=`; the neighbourhood N(u) is predecessors ∪ successors; self-loops ignored.
 * - Isolated nodes get constraint 0 and effective size 0 (NetworkX returns NaN). NetworkX also returns
 *   NaN for a directed node with in-arcs but no out-arcs; here the formula is applied as for any node.
 * - Time Σ_v deg(v)²; memory 3n.
 */

import { communityGraphFromCsr } from '../communities/community-graph.js';
import type { Csr } from '../types.js';

export interface BrokerageResult {
  readonly constraint: Float64Array;
  readonly effectiveSize: Float64Array;
}

/** Burt's constraint and effective size indexed by node. */
export function brokerageKernel(csr: Csr): BrokerageResult {
  const g = communityGraphFromCsr(csr);
  const n = g.n;
  const { offsets, targets, weights } = g;
  const sum = new Float64Array(n);
  const max = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      sum[v] += weights[e];
      if (weights[e] > max[v]) max[v] = weights[e];
    }
  }
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const pu = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    if (offsets[u] === offsets[u + 1]) continue;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      mark[targets[e]] = u;
      pu[targets[e]] = weights[e] / sum[u];
    }
    let c = 0;
    let es = 0;
    // --- for each contact v: indirect investment through shared contacts w
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e];
      let indirect = 0;
      let redundancy = 0;
      for (let f = offsets[v]; f < offsets[v + 1]; f++) {
        const w = targets[f];
        if (mark[w] !== u) continue;
        indirect += (pu[w] * weights[f]) / sum[w];
        redundancy += (pu[w] * weights[f]) / max[v];
      }
      c += (pu[v] + indirect) ** 2;
      es += 1 - redundancy;
    }
    constraint[u] = c;
    effectiveSize[u] = es;
  }
  return { constraint, effectiveSize };
}
