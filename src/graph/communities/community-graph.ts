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

import type { Adjacency, Csr } from '../types.js';

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

/**
 * Symmetric community graph of `csr`: for directed graphs, a merge walk over the (sorted) out- and
 * in-rows sums w(u,v) + w(v,u) in O(n + m) without sorting. One pass into buffers sized for no
 * reciprocal arcs; the result views their used part (untouched pages cost nothing, whereas a count
 * pass or a trimmed copy costs a pass each).
 */
export function communityGraphFromCsr(csr: Csr): CommunityGraph {
  const n = csr.n;
  const a = csr.out;
  const b = csr.directed ? csr.in : null;
  const loops = new Float64Array(n);
  const offsets = new Uint32Array(n + 1);
  const capacity = a.targets.length + (b === null ? 0 : b.targets.length);
  const targets = new Uint32Array(capacity);
  const weights = new Float64Array(capacity);
  let k = 0;
  for (let v = 0; v < n; v++) {
    let i = a.offsets[v];
    let j = b === null ? 0 : b.offsets[v];
    const ie = a.offsets[v + 1];
    const je = b === null ? 0 : b.offsets[v + 1];
    // --- merge walk; a directed loop appears in both rows but is one loop
    while (i < ie || j < je) {
      const x = i < ie ? a.targets[i] : 0xffffffff;
      const y = b !== null && j < je ? b.targets[j] : 0xffffffff;
      const t = x <= y ? x : y;
      let w = 0;
      if (x === t) w += a.weights[i++];
      if (y === t) {
        const wy = (b as Adjacency).weights[j++];
        if (t !== v) w += wy;
      }
      if (t === v) loops[v] += w;
      else {
        targets[k] = t;
        weights[k++] = w;
      }
    }
    offsets[v + 1] = k;
  }
  return finish(n, offsets, targets.subarray(0, k), weights.subarray(0, k), loops);
}

/**
 * Buffers for aggregation, allocated once per run and reused at every level and pass (touching fresh
 * memory costs more than the work done in it on large graphs). Arc buffers come in two sets used in
 * turn, so a level is built while the one before it is still read; each set holds as many arcs as the
 * base graph, the most any aggregate can have, and pages never written are never touched.
 */
export interface AggregateScratch {
  readonly members: Int32Array;
  readonly start: Int32Array;
  readonly fill: Int32Array;
  readonly mark: Int32Array;
  readonly slot: Int32Array;
  readonly targets: [Uint32Array, Uint32Array];
  readonly weights: [Float64Array, Float64Array];
  /** Which arc set the next aggregate is written to. */
  turn: number;
}

export function createAggregateScratch(base: CommunityGraph): AggregateScratch {
  const n = base.n;
  const arcs = Math.max(1, base.targets.length);
  return {
    members: new Int32Array(n),
    start: new Int32Array(n + 1),
    fill: new Int32Array(n),
    mark: new Int32Array(n),
    slot: new Int32Array(n),
    targets: [new Uint32Array(arcs), new Uint32Array(arcs)],
    weights: [new Float64Array(arcs), new Float64Array(arcs)],
    turn: 0,
  };
}

/**
 * Merges nodes by `membership` (values 0..count-1) into a community graph of `count` nodes: members are
 * bucketed by community, then each community's neighbour weights are gathered with a marker array.
 * O(n + m), no sorting (rows of the result are in first-seen order). With `scratch`, the result's arcs
 * are views into the scratch's next arc set: valid until the aggregate after next.
 */
export function aggregateCommunityGraph(
  g: CommunityGraph,
  membership: Int32Array,
  count: number,
  scratch?: AggregateScratch,
): CommunityGraph {
  const s = scratch ?? createAggregateScratch(g);
  const { members, start, fill, mark, slot } = s;
  // Merging never adds arcs: an arc between two communities comes from at least one arc of g.
  const targets = s.targets[s.turn];
  const weights = s.weights[s.turn];
  s.turn ^= 1;
  start.fill(0, 0, count + 1);
  for (let v = 0; v < g.n; v++) start[membership[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  for (let c = 0; c < count; c++) fill[c] = start[c];
  for (let v = 0; v < g.n; v++) members[fill[membership[v]]++] = v;
  mark.fill(-1, 0, count);
  const loops = new Float64Array(count);
  const offsets = new Uint32Array(count + 1);
  let k = 0;
  for (let c = 0; c < count; c++) {
    offsets[c] = k;
    for (let i = start[c]; i < start[c + 1]; i++) {
      const v = members[i];
      loops[c] += g.loops[v];
      for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
        const cu = membership[g.targets[e]];
        // Each internal edge is seen from both ends: half its weight each time.
        if (cu === c) loops[c] += g.weights[e] / 2;
        else if (mark[cu] === c) weights[slot[cu]] += g.weights[e];
        else {
          mark[cu] = c;
          slot[cu] = k;
          targets[k] = cu;
          weights[k++] = g.weights[e];
        }
      }
    }
  }
  offsets[count] = k;
  return finish(count, offsets, targets.subarray(0, k), weights.subarray(0, k), loops);
}

/**
 * Relabels membership values to 0..count-1 in order of first appearance; returns the count. `map`
 * (scratch) needs more entries than the largest label.
 */
export function renumber(
  membership: Int32Array,
  map: Int32Array = new Int32Array(membership.length),
): number {
  map.fill(-1, 0, membership.length);
  let next = 0;
  for (let v = 0; v < membership.length; v++) {
    const c = membership[v];
    if (map[c] < 0) map[c] = next++;
    membership[v] = map[c];
  }
  return next;
}
