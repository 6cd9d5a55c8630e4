/**
 * Shared CSR
 *
 * Copies a `Csr` into SharedArrayBuffers so worker threads read one copy of the graph instead of
 * each receiving their own, and rebuilds the typed-array view on the worker side.
 */

import type { PathWeight } from '../paths/lengths.js';
import type { Adjacency, Csr } from '../types.js';

export interface SharedAdjacency {
  readonly offsets: SharedArrayBuffer;
  readonly targets: SharedArrayBuffer;
  readonly weights: SharedArrayBuffer;
}

export interface SharedCsr {
  readonly n: number;
  readonly m: number;
  readonly directed: boolean;
  readonly out: SharedAdjacency;
  readonly in: SharedAdjacency;
}

/** One worker's share of a path measure. */
export interface PathTask {
  readonly kind: 'betweenness' | 'closeness';
  readonly graph: SharedCsr;
  readonly weight: PathWeight;
  /** Buffer of an Int32Array of source indices (closeness: the nodes to score). */
  readonly sources: ArrayBuffer;
}

function share<T extends Uint32Array | Float64Array>(a: T): SharedArrayBuffer {
  const buf = new SharedArrayBuffer(a.byteLength);
  new Uint8Array(buf).set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return buf;
}

function shareAdjacency(adj: Adjacency): SharedAdjacency {
  return { offsets: share(adj.offsets), targets: share(adj.targets), weights: share(adj.weights) };
}

/** Copies `csr` into shared memory (the in-adjacency only when the graph is directed). */
export function shareCsr(csr: Csr): SharedCsr {
  const out = shareAdjacency(csr.out);
  return { n: csr.n, m: csr.m, directed: csr.directed, out, in: csr.directed ? shareAdjacency(csr.in) : out };
}

function viewAdjacency(s: SharedAdjacency): Adjacency {
  return {
    offsets: new Uint32Array(s.offsets),
    targets: new Uint32Array(s.targets),
    weights: new Float64Array(s.weights),
  };
}

/** Typed-array view of a shared CSR (no copy). */
export function csrFromShared(s: SharedCsr): Csr {
  const out = viewAdjacency(s.out);
  return { n: s.n, m: s.m, directed: s.directed, out, in: s.directed ? viewAdjacency(s.in) : out };
}
