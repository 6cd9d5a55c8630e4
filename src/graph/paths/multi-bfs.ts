/**
 * Multi-source breadth-first search
 *
 * Up to 32 hop-distance searches at once: every node holds a 32-bit mask of the searches that have
 * reached it, and one sweep over the arcs per level advances all of them (MS-BFS). Levels are
 * expanded top-down while the frontier is small and bottom-up (every node ORs its reverse
 * neighbours' frontier masks) while it is large. Reports, per search and per level, how many nodes
 * it reached: all that closeness and harmonic centrality need.
 *
 * References:
 * - M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann, H. T. Vo,
 *   "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4), 2014.
 * - S. Beamer, K. Asanović, D. Patterson, "Direction-optimizing breadth-first search", SC 2012.
 *
 * Notes:
 * - Why: on large graphs a search is bound by cache misses on its per-node state, not by arithmetic;
 *   32 searches sharing one sweep pay for those misses once (1M-node benchmark graph: closeness of
 *   100 nodes ~5× faster than one direction-optimizing search per node).
 * - Levels are exact: a node joins search i's level l exactly when a node of level l − 1 of search i
 *   has an arc to it and search i had not reached it before, in either expansion direction.
 */

import type { Adjacency } from '../types.js';

/** Searches run together: one bit each in an Int32 mask. */
export const MULTI_BFS_WIDTH = 32;

export interface MultiBfsScratch {
  /** Per node: the searches that have reached it. */
  readonly seen: Int32Array;
  /** Per node: the searches whose current level holds it (swapped with `next` after each level). */
  frontier: Int32Array;
  /** Per node: the searches whose next level holds it. */
  next: Int32Array;
  /** Nodes with a non-zero `frontier` mask, and with a non-zero `next` mask. */
  list: Int32Array;
  nextList: Int32Array;
  /** Nodes newly reached per search in the level just expanded. */
  readonly count: Float64Array;
}

export function createMultiBfsScratch(n: number): MultiBfsScratch {
  return {
    seen: new Int32Array(n),
    frontier: new Int32Array(n),
    next: new Int32Array(n),
    list: new Int32Array(n),
    nextList: new Int32Array(n),
    count: new Float64Array(MULTI_BFS_WIDTH),
  };
}

/** Receives, after each level ≥ 1, the level and per-search counts of nodes newly reached. */
export type LevelSink = (level: number, count: Float64Array, searches: number) => void;

/** Bottom-up when the frontier's arcs exceed this share of all arcs. */
const BOTTOM_UP_SHARE = 1 / 20;

/**
 * Runs searches from `sources[from .. from + k)` (k ≤ 32) along `adj`; `rev` is the reverse
 * adjacency (the same one for undirected graphs). Calls `sink` once per level. Numeric kernel:
 * O(m) per level, shared by the k searches.
 */
export function multiSourceBfs(
  adj: Adjacency,
  rev: Adjacency,
  sources: ArrayLike<number>,
  from: number,
  k: number,
  s: MultiBfsScratch,
  sink: LevelSink,
): void {
  const full = k === MULTI_BFS_WIDTH ? -1 : (1 << k) - 1;
  let size = 0;
  for (let i = 0; i < k; i++) {
    const v = sources[from + i];
    if (s.frontier[v] === 0) s.list[size++] = v;
    s.frontier[v] |= 1 << i;
    s.seen[v] |= 1 << i;
  }
  const arcs = adj.targets.length;
  const count = s.count;
  for (let level = 1; size > 0; level++) {
    let frontierArcs = 0;
    for (let i = 0; i < size; i++) frontierArcs += adj.offsets[s.list[i] + 1] - adj.offsets[s.list[i]];
    const nextSize =
      frontierArcs > arcs * BOTTOM_UP_SHARE ? pullLevel(rev, s, full) : pushLevel(adj, s, size);
    count.fill(0);
    for (let i = 0; i < nextSize; i++) countBits(s.next[s.nextList[i]], count);
    if (nextSize > 0) sink(level, count, k);
    for (let i = 0; i < size; i++) s.frontier[s.list[i]] = 0;
    const frontier = s.frontier;
    s.frontier = s.next;
    s.next = frontier;
    const list = s.list;
    s.list = s.nextList;
    s.nextList = list;
    size = nextSize;
  }
  // Both mask arrays are zero again (the last frontier was empty); `seen` costs one O(n) pass per
  // 32 searches.
  s.seen.fill(0);
}

/** Top-down: each frontier node passes its mask to its neighbours. Returns the next frontier's size. */
function pushLevel(adj: Adjacency, s: MultiBfsScratch, size: number): number {
  const { seen, frontier, next, list, nextList } = s;
  const offsets = adj.offsets;
  const targets = adj.targets;
  let nextSize = 0;
  for (let i = 0; i < size; i++) {
    const v = list[i];
    const f = frontier[v];
    for (let e = offsets[v], stop = offsets[v + 1]; e < stop; e++) {
      const w = targets[e];
      const d = f & ~seen[w];
      if (d !== 0) {
        if (next[w] === 0) nextList[nextSize++] = w;
        next[w] |= d;
        seen[w] |= d;
      }
    }
  }
  return nextSize;
}

/** Bottom-up: each node not yet reached by every search ORs its reverse neighbours' masks. */
function pullLevel(rev: Adjacency, s: MultiBfsScratch, full: number): number {
  const { seen, frontier, next, nextList } = s;
  const offsets = rev.offsets;
  const targets = rev.targets;
  const n = seen.length;
  let nextSize = 0;
  for (let x = 0; x < n; x++) {
    const had = seen[x];
    if (had === full) continue;
    let acc = 0;
    for (let e = offsets[x], stop = offsets[x + 1]; e < stop; e++) {
      acc |= frontier[targets[e]];
      if ((acc | had) === full) break;
    }
    const d = acc & ~had;
    if (d !== 0) {
      next[x] = d;
      seen[x] = had | d;
      nextList[nextSize++] = x;
    }
  }
  return nextSize;
}

/** Adds one to `count[i]` for every set bit i of `mask`. */
function countBits(mask: number, count: Float64Array): void {
  let m = mask;
  while (m !== 0) {
    const low = m & -m;
    count[31 - Math.clz32(low)]++;
    m ^= low;
  }
}
