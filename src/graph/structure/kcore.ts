/**
 * k-core decomposition
 *
 * The core number of each node: the largest k such that the node belongs to a subgraph where every
 * node has degree ≥ k. Bucket-sort peeling in O(n + m).
 *
 * References:
 * - V. Batagelj, M. Zaversnik, "An O(m) algorithm for cores decomposition of networks", 2003,
 *   arXiv:cs/0310049.
 *
 * Notes:
 * - Unweighted: merged parallel edges count once; self-loops are ignored (NetworkX refuses them).
 * - Directed graphs use `mode`: 'all' (default) counts in + out arcs like NetworkX `core_number` and
 *   igraph `coreness(mode="all")`, so a reciprocated tie counts twice.
 */

import type { Adjacency, Csr } from '../types.js';

export type DegreeMode = 'all' | 'in' | 'out';

export interface KcoreOptions {
  readonly mode?: DegreeMode;
}

function loopFreeDegree(adj: Adjacency, v: number): number {
  let d = 0;
  for (let e = adj.offsets[v]; e < adj.offsets[v + 1]; e++) if (adj.targets[e] !== v) d++;
  return d;
}

/** The adjacencies whose arcs count toward a node's degree under `mode`. */
export function modeAdjacencies(csr: Csr, mode: DegreeMode): Adjacency[] {
  if (!csr.directed) return [csr.out];
  if (mode === 'out') return [csr.out];
  if (mode === 'in') return [csr.in];
  return [csr.out, csr.in];
}

/**
 * Core numbers indexed by node.
 * @example
 * const core = kcoreKernel(csr); // Int32Array, core[v] = k
 */
export function kcoreKernel(csr: Csr, options: KcoreOptions = {}): Int32Array {
  const n = csr.n;
  const mode = options.mode ?? 'all';
  // Peeling removes v from the degree of nodes that count v as a neighbour: the reverse direction.
  const countAdj = modeAdjacencies(csr, mode);
  const peelAdj = csr.directed && mode !== 'all' ? [mode === 'out' ? csr.in : csr.out] : countAdj;
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    let d = 0;
    for (const adj of countAdj) d += loopFreeDegree(adj, v);
    deg[v] = d;
    if (d > maxDeg) maxDeg = d;
  }
  const { vert, pos, bin } = bucketSort(deg, maxDeg);
  const a = peelAdj[0];
  const b = peelAdj.length > 1 ? peelAdj[1] : null;
  for (let i = 0; i < n; i++) {
    const v = vert[i];
    peelRow(a, v, deg, vert, pos, bin);
    if (b !== null) peelRow(b, v, deg, vert, pos, bin);
  }
  return deg;
}

/** Nodes sorted by degree: `vert` in order, `pos` the inverse, `bin[d]` the first slot of degree d. */
function bucketSort(deg: Int32Array, maxDeg: number): { vert: Int32Array; pos: Int32Array; bin: Int32Array } {
  const n = deg.length;
  const bin = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[deg[v] + 1]++;
  for (let d = 0; d <= maxDeg; d++) bin[d + 1] += bin[d];
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[deg[v]]++;
    vert[pos[v]] = v;
  }
  for (let d = maxDeg; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;
  return { vert, pos, bin };
}

/** Removes v: every neighbour of higher current degree moves down one bucket. Numeric kernel. */
function peelRow(
  adj: Adjacency,
  v: number,
  deg: Int32Array,
  vert: Int32Array,
  pos: Int32Array,
  bin: Int32Array,
): void {
  const { offsets, targets } = adj;
  const dv = deg[v];
  for (let e = offsets[v]; e < offsets[v + 1]; e++) {
    const u = targets[e];
    const du = deg[u];
    if (du > dv) {
      const pu = pos[u];
      const pw = bin[du];
      const w = vert[pw];
      if (u !== w) {
        pos[u] = pw;
        vert[pu] = w;
        pos[w] = pu;
        vert[pw] = u;
      }
      bin[du]++;
      deg[u] = du - 1;
    }
  }
}
