/**
 * Modularity
 *
 * Newman–Girvan modularity of a partition with a resolution parameter γ, on the undirected weighted
 * view of the graph: Q = Σ_c [ I_c / m − γ (K_c / 2m)² ], where I_c is the weight inside c (a self-loop
 * once) and K_c the summed strength of c.
 *
 * References:
 * - M. E. J. Newman, "Analysis of weighted networks", Phys. Rev. E 70, 056131 (2004).
 * - J. Reichardt, S. Bornholdt, "Statistical mechanics of community detection", PRE 74, 016110 (2006).
 *
 * Notes:
 * - A graph with no edges has modularity 0 (NetworkX raises ZeroDivisionError).
 */

import { InputError } from '../../shared/errors.js';
import type { Csr } from '../types.js';
import type { CommunityGraph } from './community-graph.js';
import { communityGraphFromCsr } from './community-graph.js';

/** Modularity of `membership` (any non-negative integer labels) on a community graph. */
export function communityGraphModularity(
  g: CommunityGraph,
  membership: Int32Array,
  resolution: number,
): number {
  if (g.total <= 0) return 0;
  let maxLabel = 0;
  for (let v = 0; v < g.n; v++) if (membership[v] > maxLabel) maxLabel = membership[v];
  const inside = new Float64Array(maxLabel + 1);
  const tot = new Float64Array(maxLabel + 1);
  for (let v = 0; v < g.n; v++) {
    const c = membership[v];
    tot[c] += g.strength[v];
    inside[c] += 2 * g.loops[v];
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++)
      if (membership[g.targets[e]] === c) inside[c] += g.weights[e];
  }
  let q = 0;
  for (let c = 0; c <= maxLabel; c++) q += inside[c] / g.total - resolution * (tot[c] / g.total) ** 2;
  return q;
}

/**
 * Modularity of a partition of `csr`'s nodes (undirected weighted view).
 * @example
 * modularityKernel(csr, membership); // e.g. 0.4198 for karate with Louvain
 */
export function modularityKernel(
  csr: Csr,
  membership: Int32Array,
  options: { resolution?: number } = {},
): number {
  if (membership.length !== csr.n) {
    throw new InputError(
      `graph/modularity: invalid membership length: ${membership.length} (expected ${csr.n})`,
    );
  }
  for (let v = 0; v < csr.n; v++) {
    if (membership[v] < 0)
      throw new InputError(`graph/modularity: invalid membership[${v}]: ${membership[v]} (expected ≥ 0)`);
  }
  return communityGraphModularity(communityGraphFromCsr(csr), membership, options.resolution ?? 1);
}
