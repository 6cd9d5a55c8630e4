/**
 * Community graph
 *
 * The undirected weighted graph community detection works on: a symmetric CSR without self-loops, plus
 * each node's self-loop weight and strength. Directed graphs are symmetrised by summing w(u,v) + w(v,u)
 * (igraph `as_undirected(mode="collapse", edge_attr_comb="sum")`). Aggregation merges communities
 * into nodes, keeping internal weight as self-loops.
 *
 * Notes:
 * - Strength counts a self-loop twice: k_i = Σ_j w_ij + 2 loop_i, and 2m = Σ_i k_i, the NetworkX and
 *   igraph convention for modularity.
 */

import { buildAdjacency } from '../build/csr-from-arrays.js';
import type { Csr } from '../types.js';

export interface CommunityGraph {
  readonly n: number;
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
  /** Self-loop weight per node (each undirected loop once). */
  readonly loops: Float64Array;
  /** k_i = Σ non-loop weights + 2 × loop weight. */
  readonly strength: Float64Array;
  /** 2m = Σ strength. */
  readonly total: number;
}

function finish(
  n: number,
  offsets: Uint32Array,
  targets: Uint32Array,
  weights: Float64Array,
  loops: Float64Array,
): CommunityGraph {
  const strength = new Float64Array(n);
  let total = 0;
  for (let v = 0; v < n; v++) {
    let s = 2 * loops[v];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) s += weights[e];
    strength[v] = s;
    total += s;
  }
  return { n, offsets, targets, weights, loops, strength, total };
}

/** Collects the arcs of `csr` (both directions for directed graphs) into a symmetric community graph. */
export function communityGraphFromCsr(csr: Csr): CommunityGraph {
  const n = csr.n;
  const loops = new Float64Array(n);
  const adjs = csr.directed ? [csr.out, csr.in] : [csr.out];
  let count = 0;
  for (const adj of adjs) count += adj.targets.length;
  const src = new Uint32Array(count);
  const dst = new Uint32Array(count);
  const w = new Float64Array(count);
  let k = 0;
  for (const adj of adjs) {
    for (let v = 0; v < n; v++) {
      for (let e = adj.offsets[v]; e < adj.offsets[v + 1]; e++) {
        const t = adj.targets[e];
        // A directed loop appears in both out and in; count its weight once.
        if (t === v) {
          if (adj === csr.out) loops[v] += adj.weights[e];
          continue;
        }
        src[k] = v;
        dst[k] = t;
        w[k++] = adj.weights[e];
      }
    }
  }
  const { adjacency } = buildAdjacency(n, src.subarray(0, k), dst.subarray(0, k), w.subarray(0, k));
  return finish(n, adjacency.offsets, adjacency.targets, adjacency.weights, loops);
}

/** Merges nodes by `membership` (values 0..count-1) into a community graph of `count` nodes. */
export function aggregateCommunityGraph(
  g: CommunityGraph,
  membership: Int32Array,
  count: number,
): CommunityGraph {
  const loops = new Float64Array(count);
  let arcs = 0;
  for (let v = 0; v < g.n; v++) {
    loops[membership[v]] += g.loops[v];
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      if (membership[g.targets[e]] !== membership[v]) arcs++;
      // Each internal edge is seen from both ends: half its weight each time.
      else loops[membership[v]] += g.weights[e] / 2;
    }
  }
  const src = new Uint32Array(arcs);
  const dst = new Uint32Array(arcs);
  const w = new Float64Array(arcs);
  let k = 0;
  for (let v = 0; v < g.n; v++) {
    const cv = membership[v];
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      const cu = membership[g.targets[e]];
      if (cu === cv) continue;
      src[k] = cv;
      dst[k] = cu;
      w[k++] = g.weights[e];
    }
  }
  const { adjacency } = buildAdjacency(count, src, dst, w);
  return finish(count, adjacency.offsets, adjacency.targets, adjacency.weights, loops);
}

/** Relabels membership values to 0..count-1 in order of first appearance; returns the count. */
export function renumber(membership: Int32Array): number {
  const map = new Int32Array(membership.length).fill(-1);
  let next = 0;
  for (let v = 0; v < membership.length; v++) {
    const c = membership[v];
    if (map[c] < 0) map[c] = next++;
    membership[v] = map[c];
  }
  return next;
}
