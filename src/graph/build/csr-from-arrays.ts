/**
 * CSR from index arrays
 *
 * Builds a `Csr` from parallel arrays of source index, target index and weight. This is the kernel-level
 * builder: `buildGraph` interns string ids and calls it, benchmarks call it directly.
 *
 * Notes:
 * - Two stable counting sorts (by target, then by source) give rows sorted by target in O(n + m);
 *   adjacent duplicates are then merged by summing their weights.
 * - Undirected graphs store each edge in both directions; a self-loop is stored once.
 * - Edges whose merged weight is not > 0 are dropped (a zero or negative tie is "no tie"); the count is
 *   returned so callers can report it.
 */

import type { Adjacency, Csr } from '../types.js';

export interface CsrFromArraysOptions {
  readonly directed: boolean;
  /** Keep self-loops (default false: a message to oneself says nothing about influence). */
  readonly selfLoops?: boolean;
}

export interface CsrBuildResult {
  readonly csr: Csr;
  /** Distinct (merged) edges dropped because their summed weight was zero or negative. */
  readonly droppedNonPositive: number;
  /** Input edges dropped because they were self-loops (when `selfLoops` is false). */
  readonly droppedSelfLoops: number;
}

/** Stable counting sort of arc ids by `key`, returning the permutation. */
function countingOrder(n: number, key: Uint32Array, order: Uint32Array | null): Uint32Array {
  const m = key.length;
  const count = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) count[key[e] + 1]++;
  for (let v = 0; v < n; v++) count[v + 1] += count[v];
  const out = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    const e = order === null ? i : order[i];
    out[count[key[e]]++] = e;
  }
  return out;
}

/**
 * Sorts arcs (src → dst, w) into rows and merges duplicates. Numeric kernel: O(n + m) time,
 * O(n + 3m) scratch.
 */
export function buildAdjacency(
  n: number,
  src: Uint32Array,
  dst: Uint32Array,
  w: Float64Array,
): { adjacency: Adjacency; droppedNonPositive: number } {
  const byTarget = countingOrder(n, dst, null);
  const order = countingOrder(n, src, byTarget);
  const offsets = new Uint32Array(n + 1);
  const targets = new Uint32Array(order.length);
  const weights = new Float64Array(order.length);
  let k = 0;
  let dropped = 0;
  let i = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = k;
    // --- walk this row: arcs with src === v, sorted by dst
    while (i < order.length && src[order[i]] === v) {
      const t = dst[order[i]];
      let sum = 0;
      while (i < order.length && src[order[i]] === v && dst[order[i]] === t) sum += w[order[i++]];
      if (sum > 0) {
        targets[k] = t;
        weights[k++] = sum;
      } else dropped++;
    }
  }
  offsets[n] = k;
  return {
    adjacency: { offsets, targets: targets.slice(0, k), weights: weights.slice(0, k) },
    droppedNonPositive: dropped,
  };
}

/** Swaps the direction of every arc: the in-adjacency of a directed graph. O(n + m). */
export function transposeAdjacency(n: number, adj: Adjacency): Adjacency {
  const m = adj.targets.length;
  const offsets = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[adj.targets[e] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const targets = new Uint32Array(m);
  const weights = new Float64Array(m);
  // Rows of the transpose come out sorted because sources are visited in increasing order.
  for (let u = 0; u < n; u++) {
    for (let e = adj.offsets[u]; e < adj.offsets[u + 1]; e++) {
      const p = fill[adj.targets[e]]++;
      targets[p] = u;
      weights[p] = adj.weights[e];
    }
  }
  return { offsets, targets, weights };
}

/** Builds a CSR graph from arc arrays over nodes 0..n-1. */
export function csrFromArrays(
  n: number,
  src: Uint32Array,
  dst: Uint32Array,
  w: Float64Array,
  options: CsrFromArraysOptions,
): CsrBuildResult {
  const keepLoops = options.selfLoops ?? false;
  let count = 0;
  let loops = 0;
  for (let e = 0; e < src.length; e++) {
    if (src[e] === dst[e]) {
      loops++;
      if (!keepLoops) continue;
      count++;
    } else count += options.directed ? 1 : 2;
  }
  const s = new Uint32Array(count);
  const d = new Uint32Array(count);
  const ww = new Float64Array(count);
  let k = 0;
  for (let e = 0; e < src.length; e++) {
    const a = src[e];
    const b = dst[e];
    if (a === b && !keepLoops) continue;
    s[k] = a;
    d[k] = b;
    ww[k++] = w[e];
    if (!options.directed && a !== b) {
      s[k] = b;
      d[k] = a;
      ww[k++] = w[e];
    }
  }
  const { adjacency, droppedNonPositive } = buildAdjacency(n, s, d, ww);
  const inAdj = options.directed ? transposeAdjacency(n, adjacency) : adjacency;
  const csr: Csr = { n, m: adjacency.targets.length, directed: options.directed, out: adjacency, in: inAdj };
  const droppedEdges = options.directed ? droppedNonPositive : countUndirectedDrops(droppedNonPositive);
  return { csr, droppedNonPositive: droppedEdges, droppedSelfLoops: keepLoops ? 0 : loops };
}

/** Undirected drops are counted per stored arc (twice per edge, once per loop); report edges, rounded up. */
function countUndirectedDrops(arcs: number): number {
  return Math.ceil(arcs / 2);
}
