/**
 * Graph types
 *
 * Compressed sparse row (CSR) adjacency in typed arrays. Node ids are dense indices 0..n-1; callers
 * keep the mapping to their own ids (see `NodeIndex`). Kernels never see strings.
 */

/** One direction of adjacency: the neighbours of node v are targets[offsets[v] .. offsets[v+1]). */
export interface Adjacency {
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
}

/**
 * A weighted graph in CSR form. For a directed graph `out` and `in` differ; for an undirected graph
 * both are the same symmetric adjacency (each edge stored in both directions).
 */
export interface Csr {
  readonly n: number;
  /** Number of stored arcs in `out` (for undirected graphs: 2 × edges, minus self-loops once). */
  readonly m: number;
  readonly directed: boolean;
  readonly out: Adjacency;
  readonly in: Adjacency;
}

/** Maps caller ids to dense indices and back. */
export interface NodeIndex {
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
}
