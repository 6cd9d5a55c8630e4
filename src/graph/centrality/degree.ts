/**
 * Degree, strength and reciprocity
 *
 * Counting measures: how many distinct contacts (degree), how much traffic (strength: summed weights),
 * and how much of it is mutual (reciprocity).
 *
 * Notes:
 * - Degrees count merged (distinct) neighbours; an undirected self-loop counts twice (NetworkX).
 * - Reciprocity is unweighted, self-loops excluded. Node reciprocity is
 *   2·|succ ∩ pred| / (|succ| + |pred|), as NetworkX `reciprocity(G, v)`; isolated nodes get 0
 *   (NetworkX raises). Undirected graphs are fully reciprocal (1, and 0 for isolated nodes).
 */

import type { DegreeMode } from '../structure/kcore.js';
import { modeAdjacencies } from '../structure/kcore.js';
import type { Adjacency, Csr } from '../types.js';

function rowCount(adj: Adjacency, v: number, weighted: boolean, undirectedLoops: boolean): number {
  let s = 0;
  for (let e = adj.offsets[v]; e < adj.offsets[v + 1]; e++) {
    const x = weighted ? adj.weights[e] : 1;
    s += undirectedLoops && adj.targets[e] === v ? 2 * x : x;
  }
  return s;
}

function countKernel(csr: Csr, mode: DegreeMode, weighted: boolean): Float64Array {
  const out = new Float64Array(csr.n);
  const adjs = modeAdjacencies(csr, mode);
  for (let v = 0; v < csr.n; v++) {
    let s = 0;
    for (const adj of adjs) s += rowCount(adj, v, weighted, !csr.directed);
    out[v] = s;
  }
  return out;
}

/** Number of distinct neighbours per node (`mode` for directed graphs: 'all' = in + out). */
export function degreeKernel(csr: Csr, options: { mode?: DegreeMode } = {}): Float64Array {
  return countKernel(csr, options.mode ?? 'all', false);
}

/** Summed arc weights per node (`mode` for directed graphs: 'all' = in + out). */
export function strengthKernel(csr: Csr, options: { mode?: DegreeMode } = {}): Float64Array {
  return countKernel(csr, options.mode ?? 'all', true);
}

export interface ReciprocityResult {
  /** Share of arcs whose reverse arc exists (NetworkX `overall_reciprocity`); 0 for no arcs. */
  readonly overall: number;
  /** Per-node reciprocity. */
  readonly perNode: Float64Array;
}

/** Counts targets present in both sorted rows (merge walk), ignoring v itself. */
function sortedOverlap(a: Adjacency, b: Adjacency, v: number): number {
  let i = a.offsets[v];
  let j = b.offsets[v];
  let both = 0;
  while (i < a.offsets[v + 1] && j < b.offsets[v + 1]) {
    const x = a.targets[i];
    const y = b.targets[j];
    if (x === y) {
      if (x !== v) both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both;
}

function loopFree(adj: Adjacency, v: number): number {
  let d = 0;
  for (let e = adj.offsets[v]; e < adj.offsets[v + 1]; e++) if (adj.targets[e] !== v) d++;
  return d;
}

/** Reciprocity of the graph and of each node. */
export function reciprocityKernel(csr: Csr): ReciprocityResult {
  const perNode = new Float64Array(csr.n);
  let arcs = 0;
  let mutual = 0;
  for (let v = 0; v < csr.n; v++) {
    const succ = loopFree(csr.out, v);
    const pred = loopFree(csr.in, v);
    const both = csr.directed ? sortedOverlap(csr.out, csr.in, v) : succ;
    arcs += succ;
    mutual += both;
    perNode[v] = succ + pred > 0 ? (2 * both) / (succ + pred) : 0;
  }
  return { overall: arcs > 0 ? mutual / arcs : 0, perNode };
}
