/**
 * Graph builder
 *
 * Turns the store's aggregated edges (string ids, weights) into a CSR graph plus the id ↔ index map.
 * This is the boundary where strings stop: kernels only see dense indices.
 *
 * Notes:
 * - Parallel edges are merged with summed weights (for undirected graphs a→b and b→a are the same edge).
 * - `nodes` fixes the index order and adds isolated nodes; edge endpoints not in `nodes` are appended
 *   after them in first-seen order.
 * - Weights must be finite numbers (InputError otherwise); merged weights ≤ 0 are dropped as "no tie".
 */

import { InputError } from '../../shared/errors.js';
import type { Csr, NodeIndex } from '../types.js';
import { csrFromArrays } from './csr-from-arrays.js';

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

export interface BuildGraphOptions {
  readonly directed: boolean;
  /** Node ids in the order wanted; also adds isolated nodes. */
  readonly nodes?: readonly string[];
  /** Keep self-loops (default false). */
  readonly selfLoops?: boolean;
}

export interface BuiltGraph {
  readonly csr: Csr;
  readonly index: NodeIndex;
  /** Merged edges dropped because their total weight was ≤ 0. */
  readonly droppedNonPositive: number;
  /** Input edges dropped as self-loops. */
  readonly droppedSelfLoops: number;
}

function intern(ids: string[], indexOf: Map<string, number>, id: string): number {
  let i = indexOf.get(id);
  if (i === undefined) {
    i = ids.length;
    ids.push(id);
    indexOf.set(id, i);
  }
  return i;
}

/**
 * Builds a CSR graph from keyed, weighted edges.
 * @example
 * const { csr, index } = buildGraph([{ source: 'a', target: 'b', weight: 2 }], { directed: true });
 * csr.n; // 2
 * index.indexOf.get('b'); // 1
 */
export function buildGraph(edges: readonly GraphEdge[], options: BuildGraphOptions): BuiltGraph {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  for (const id of options.nodes ?? []) {
    if (indexOf.has(id))
      throw new InputError(`graph/build: duplicate node id in nodes: ${JSON.stringify(id)}`);
    intern(ids, indexOf, id);
  }
  const src = new Uint32Array(edges.length);
  const dst = new Uint32Array(edges.length);
  const w = new Float64Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e];
    if (typeof edge.weight !== 'number' || !Number.isFinite(edge.weight)) {
      throw new InputError(
        `graph/build: invalid weight at edge ${e} (${edge.source} → ${edge.target}): ${String(edge.weight)} (expected a finite number)`,
      );
    }
    src[e] = intern(ids, indexOf, edge.source);
    dst[e] = intern(ids, indexOf, edge.target);
    w[e] = edge.weight;
  }
  const built = csrFromArrays(ids.length, src, dst, w, {
    directed: options.directed,
    selfLoops: options.selfLoops ?? false,
  });
  return { ...built, index: { ids, indexOf } };
}
