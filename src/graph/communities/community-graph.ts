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

/** The arrays of a community graph being built (its arcs are views of `targets` and `weights`). */
interface GraphArrays {
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
  readonly loops: Float64Array;
  readonly strength: Float64Array;
}

/** 2m = Σ strength; one pass over nodes (strengths come from the pass that built the arcs). */
function sum(values: Float64Array): number {
  let total = 0;
  for (let v = 0; v < values.length; v++) total += values[v];
  return total;
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
  // An undirected CSR holds both directions in `out`: merge it with empty rows.
  const b: Adjacency = csr.directed
    ? csr.in
    : { offsets: new Uint32Array(n + 1), targets: new Uint32Array(0), weights: new Float64Array(0) };
  const loops = new Float64Array(n);
  const strength = new Float64Array(n);
  const offsets = new Uint32Array(n + 1);
  const capacity = a.targets.length + b.targets.length;
  const targets = new Uint32Array(capacity);
  const weights = new Float64Array(capacity);
  const out = { offsets, targets, weights, loops, strength };
  const k = mergeRows(n, a.offsets, a.targets, a.weights, b.offsets, b.targets, b.weights, out);
  const tgt = targets.subarray(0, k);
  return { n, offsets, targets: tgt, weights: weights.subarray(0, k), loops, strength, total: sum(strength) };
}

/**
 * The merge walk of `communityGraphFromCsr` over plain typed arrays; returns the arc count. Hot loops
 * live in functions of their own, the setup around them in the caller: V8 optimises a long first call
 * while it runs (on-stack replacement), and code after the loop that had not run yet then lacks type
 * feedback and sends it back to the interpreter (10k-node benchmark graph: six such deoptimisations
 * in one Leiden call before this split).
 */
function mergeRows(
  n: number,
  aOff: Uint32Array,
  aTgt: Uint32Array,
  aW: Float64Array,
  bOff: Uint32Array,
  bTgt: Uint32Array,
  bW: Float64Array,
  out: GraphArrays,
): number {
  const { offsets, targets, weights, loops, strength } = out;
  let k = 0;
  for (let v = 0; v < n; v++) {
    let kv = 0;
    let i = aOff[v];
    let j = bOff[v];
    const ie = aOff[v + 1];
    const je = bOff[v + 1];
    // --- a directed loop appears in both rows but is one loop
    while (i < ie || j < je) {
      const x = i < ie ? aTgt[i] : 0xffffffff;
      const y = j < je ? bTgt[j] : 0xffffffff;
      const t = x <= y ? x : y;
      let w = 0;
      if (x === t) w += aW[i++];
      if (y === t) {
        const wy = bW[j++];
        if (t !== v) w += wy;
      }
      if (t === v) {
        loops[v] += w;
        kv += 2 * w;
      } else {
        targets[k] = t;
        weights[k++] = w;
        kv += w;
      }
    }
    offsets[v + 1] = k;
    strength[v] = kv;
  }
  return k;
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
  bucket(membership, g.n, count, start, fill, members);
  mark.fill(-1, 0, count);
  const loops = new Float64Array(count);
  const strength = new Float64Array(count);
  const offsets = new Uint32Array(count + 1);
  const out = { offsets, targets, weights, loops, strength };
  const k = gather(g, membership, count, members, start, mark, slot, out);
  offsets[count] = k;
  return {
    n: count,
    offsets,
    targets: targets.subarray(0, k),
    weights: weights.subarray(0, k),
    loops,
    strength,
    total: sum(strength),
  };
}

/**
 * Members of each community, contiguous: community c's are members[start[c]..start[c + 1]). One loop
 * per function, for the reason given at `mergeRows`.
 */
function bucket(
  membership: Int32Array,
  n: number,
  count: number,
  start: Int32Array,
  fill: Int32Array,
  members: Int32Array,
): void {
  start.fill(0, 0, count + 1);
  countMembers(membership, n, start);
  prefixSums(start, count);
  fill.set(start.subarray(0, count));
  place(membership, n, fill, members);
}

function countMembers(membership: Int32Array, n: number, start: Int32Array): void {
  for (let v = 0; v < n; v++) start[membership[v] + 1]++;
}

function prefixSums(start: Int32Array, count: number): void {
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
}

function place(membership: Int32Array, n: number, fill: Int32Array, members: Int32Array): void {
  for (let v = 0; v < n; v++) members[fill[membership[v]]++] = v;
}

/**
 * Each community's arcs, self-loop and strength from its members' (see `mergeRows` for why this is a
 * function of its own; `offsets[count]` is left to the caller, as code after the loop would run with
 * no type feedback); returns the arc count. A community's strength is its members' (internal arcs
 * turn into its loop, counted twice).
 */
function gather(
  g: CommunityGraph,
  membership: Int32Array,
  count: number,
  members: Int32Array,
  start: Int32Array,
  mark: Int32Array,
  slot: Int32Array,
  out: GraphArrays,
): number {
  const { offsets, targets, weights, loops, strength } = out;
  const { offsets: gOff, targets: gTgt, weights: gW, loops: gLoops, strength: gStrength } = g;
  let k = 0;
  for (let c = 0; c < count; c++) {
    offsets[c] = k;
    for (let i = start[c]; i < start[c + 1]; i++) {
      const v = members[i];
      loops[c] += gLoops[v];
      strength[c] += gStrength[v];
      for (let e = gOff[v]; e < gOff[v + 1]; e++) {
        const cu = membership[gTgt[e]];
        // Each internal edge is seen from both ends: half its weight each time.
        if (cu === c) loops[c] += gW[e] / 2;
        else if (mark[cu] === c) weights[slot[cu]] += gW[e];
        else {
          mark[cu] = c;
          slot[cu] = k;
          targets[k] = cu;
          weights[k++] = gW[e];
        }
      }
    }
  }
  return k;
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
