/**
 * Weighted s-core decomposition
 *
 * The s-core number of each node: the largest s such that the node belongs to a subgraph where every
 * node has strength ≥ s. Generalised cores by peeling the node of least current strength.
 *
 * References:
 * - V. Batagelj, M. Zaversnik, "Generalized cores", arXiv:cs/0202039, 2002.
 * - S. N. Dorogovtsev, A. V. Goltsev, J. F. F. Mendes, "k-core organization of complex networks",
 *   Phys. Rev. Lett. 96, 040601 (2006) (s-cores).
 *
 * Notes:
 * - Strength of the undirected view (directed weights summed both ways, self-loops ignored).
 * - A node's value is the running maximum of the strengths at which nodes were peeled, so values are
 *   monotone along the peeling order. Time O(m log n) with a binary heap.
 */

import { communityGraphFromCsr } from '../communities/community-graph.js';
import type { Csr } from '../types.js';

/** Binary min-heap of node ids keyed by `key`, with positions for decrease-key. */
class NodeHeap {
  readonly heap: Int32Array;
  readonly pos: Int32Array;
  readonly key: Float64Array;
  size = 0;
  constructor(n: number, key: Float64Array) {
    this.key = key;
    this.heap = new Int32Array(n);
    this.pos = new Int32Array(n).fill(-1);
  }
  push(v: number): void {
    this.heap[this.size] = v;
    this.pos[v] = this.size;
    this.up(this.size++);
  }
  pop(): number {
    const top = this.heap[0];
    this.pos[top] = -1;
    const last = this.heap[--this.size];
    if (this.size > 0) {
      this.heap[0] = last;
      this.pos[last] = 0;
      this.down(0);
    }
    return top;
  }
  up(i: number): void {
    const { heap, pos, key } = this;
    const v = heap[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (key[heap[p]] <= key[v]) break;
      heap[i] = heap[p];
      pos[heap[i]] = i;
      i = p;
    }
    heap[i] = v;
    pos[v] = i;
  }
  down(i: number): void {
    const { heap, pos, key } = this;
    const v = heap[i];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && key[heap[c + 1]] < key[heap[c]]) c++;
      if (key[heap[c]] >= key[v]) break;
      heap[i] = heap[c];
      pos[heap[i]] = i;
      i = c;
    }
    heap[i] = v;
    pos[v] = i;
  }
}

/** s-core numbers indexed by node. */
export function scoreKernel(csr: Csr): Float64Array {
  const g = communityGraphFromCsr(csr);
  const n = g.n;
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) strength[v] = g.strength[v] - 2 * g.loops[v];
  const heap = new NodeHeap(n, strength);
  for (let v = 0; v < n; v++) heap.push(v);
  const core = new Float64Array(n);
  let level = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    if (strength[v] > level) level = strength[v];
    core[v] = level;
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      const u = g.targets[e];
      if (heap.pos[u] < 0) continue;
      strength[u] -= g.weights[e];
      heap.up(heap.pos[u]);
    }
  }
  return core;
}
