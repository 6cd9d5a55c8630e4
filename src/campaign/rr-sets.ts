/**
 * Reverse-reachable (RR) sets
 *
 * An RR set is the set of nodes that would have activated a uniformly random root under one random
 * "live-edge" draw of the independent-cascade model: a reverse BFS from the root along in-arcs, each
 * arc kept with its probability. The share of RR sets a seed set touches, times n, is an unbiased
 * estimate of the seed set's expected reach. Sets are stored flat (`nodes` + `offsets`) in buffers
 * that grow geometrically.
 *
 * References:
 * - C. Borgs, M. Brautbar, J. Chayes, B. Lucier, "Maximizing social influence in nearly optimal
 *   time", SODA 2014.
 * - Y. Tang, Y. Shi, X. Xiao, "Influence maximization in near-linear time: a martingale approach",
 *   SIGMOD 2015.
 *
 * Notes:
 * - Complexity: expected O(EPT) per set (EPT = expected arcs examined); memory O(total set size).
 * - The kernel allocates nothing per set: visited marks are stamps, the BFS queue is reused.
 */
import type { Rng } from '../shared/rng.js';
import type { InfluenceGraph } from './types.js';

/** A growable collection of RR sets. */
export interface RrSets {
  count: number;
  size: number;
  nodes: Uint32Array;
  /** offsets[i]..offsets[i+1] are the nodes of set i; valid for i < count. */
  offsets: Uint32Array;
}

/** Scratch buffers for one graph, reused across calls. */
export interface RrScratch {
  readonly visited: Uint32Array;
  readonly queue: Uint32Array;
  stamp: number;
}

export function createRrSets(expectedSets = 1024, expectedSize = 4096): RrSets {
  const offsets = new Uint32Array(Math.max(2, expectedSets + 1));
  return { count: 0, size: 0, nodes: new Uint32Array(Math.max(16, expectedSize)), offsets };
}

export function createRrScratch(n: number): RrScratch {
  return { visited: new Uint32Array(n), queue: new Uint32Array(Math.max(1, n)), stamp: 0 };
}

function grow(a: Uint32Array, need: number): Uint32Array {
  if (need <= a.length) return a;
  const b = new Uint32Array(Math.max(need, Math.ceil(a.length * 1.5)));
  b.set(a);
  return b;
}

/**
 * Adds RR sets until `sets.count >= target`. Roots are uniform over all n nodes.
 * Numeric kernel: one loop nest over typed arrays.
 */
export function sampleRrSets(
  g: InfluenceGraph,
  sets: RrSets,
  target: number,
  rng: Rng,
  scratch: RrScratch,
): void {
  const n = g.csr.n;
  if (n === 0) return;
  const inOff = g.csr.in.offsets;
  const inSrc = g.csr.in.targets;
  const p = g.inProb;
  const { visited, queue } = scratch;
  sets.offsets = grow(sets.offsets, target + 1);
  while (sets.count < target) {
    // --- new stamp; on wrap-around clear the marks once
    if (scratch.stamp === 0xffffffff) {
      visited.fill(0);
      scratch.stamp = 0;
    }
    const stamp = ++scratch.stamp;
    const root = Math.floor(rng() * n);
    visited[root] = stamp;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    // --- reverse BFS over live in-arcs
    while (head < tail) {
      const v = queue[head++];
      const end = inOff[v + 1];
      for (let e = inOff[v]; e < end; e++) {
        const u = inSrc[e];
        if (visited[u] === stamp) continue;
        const pe = p[e];
        if (pe <= 0 || rng() >= pe) continue;
        visited[u] = stamp;
        queue[tail++] = u;
      }
    }
    // --- append the set
    if (sets.size + tail > sets.nodes.length) sets.nodes = grow(sets.nodes, sets.size + tail);
    sets.nodes.set(queue.subarray(0, tail), sets.size);
    sets.size += tail;
    sets.count++;
    sets.offsets[sets.count] = sets.size;
  }
}

/** Number of RR sets containing at least one node with `mask[v] === 1`. */
export function countCovered(sets: RrSets, mask: Uint8Array): number {
  let covered = 0;
  for (let s = 0; s < sets.count; s++) {
    for (let i = sets.offsets[s]; i < sets.offsets[s + 1]; i++) {
      if (mask[sets.nodes[i]] === 1) {
        covered++;
        break;
      }
    }
  }
  return covered;
}
