/**
 * Arc lengths
 *
 * How shortest-path measures read a weight. Communication weights are strengths (more messages = a
 * closer tie), so path measures offer three readings:
 * - 'ignore': every arc has length 1 (hop count; breadth-first search);
 * - 'distance': the weight is the length (NetworkX `weight=` semantics);
 * - 'strength': the length is 1 / weight (a strong tie is a short path).
 */

import type { Adjacency } from '../types.js';

export type PathWeight = 'ignore' | 'distance' | 'strength';

export const PATH_WEIGHTS: readonly PathWeight[] = ['ignore', 'distance', 'strength'];

/** Arc lengths for `adj` under `mode`, or null for hop counts. */
export function arcLengths(adj: Adjacency, mode: PathWeight): Float64Array | null {
  if (mode === 'ignore') return null;
  if (mode === 'distance') return adj.weights;
  const len = new Float64Array(adj.weights.length);
  for (let e = 0; e < len.length; e++) len[e] = 1 / adj.weights[e];
  return len;
}
