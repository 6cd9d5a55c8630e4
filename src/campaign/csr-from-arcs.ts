/**
 * CSR from arc lists
 *
 * Builds a `Csr` from parallel arc arrays by counting sort. Used by tests, the IMM benchmark's
 * generated graphs and the demo story when no graph-stage CSR is at hand; production analysis builds
 * its CSR with the graph stage's `buildGraph`.
 *
 * Notes:
 * - Parallel arcs are kept as given (no merging); self-loops are dropped.
 * - For `directed: false` each edge is stored in both directions and `out === in`.
 * @internal
 */
import type { Adjacency, Csr } from '../graph/types.js';

function buildAdjacency(n: number, from: Uint32Array, to: Uint32Array, w: Float64Array): Adjacency {
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < from.length; i++) offsets[from[i] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const cursor = offsets.slice(0, n);
  const targets = new Uint32Array(from.length);
  const weights = new Float64Array(from.length);
  for (let i = 0; i < from.length; i++) {
    const pos = cursor[from[i]]++;
    targets[pos] = to[i]!;
    weights[pos] = w[i]!;
  }
  return { offsets, targets, weights };
}

/** Builds a CSR with `n` nodes from arcs `src[i] → dst[i]` of weight `weight[i]` (default 1). */
export function csrFromArcs(
  n: number,
  src: ArrayLike<number>,
  dst: ArrayLike<number>,
  weight?: ArrayLike<number>,
  directed = true,
): Csr {
  let m = 0;
  for (let i = 0; i < src.length; i++) if (src[i] !== dst[i]) m++;
  const copies = directed ? 1 : 2;
  const from = new Uint32Array(m * copies);
  const to = new Uint32Array(m * copies);
  const w = new Float64Array(m * copies);
  let j = 0;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === dst[i]) continue;
    from[j] = src[i]!;
    to[j] = dst[i]!;
    w[j++] = weight ? weight[i] : 1;
    if (!directed) {
      from[j] = dst[i]!;
      to[j] = src[i]!;
      w[j++] = weight ? weight[i] : 1;
    }
  }
  const out = buildAdjacency(n, from, to, w);
  if (!directed) return { n, m: from.length, directed, out, in: out };
  return { n, m: from.length, directed, out, in: buildAdjacency(n, to, from, w) };
}
