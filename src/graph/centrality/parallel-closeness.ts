/**
 * Parallel closeness
 *
 * Closeness and harmonic centrality with the nodes to score split over worker threads (one search
 * per node, independent of the others): the calling thread scores one share, t − 1 workers the
 * others over one shared copy of the graph. Every node is scored by exactly one thread with the
 * serial kernel, so results equal `closenessKernel`'s exactly.
 *
 * Notes:
 * - Workers: see `path-workers.ts`. The call blocks the event loop while its own share runs.
 */

import { availableParallelism } from 'node:os';
import type { Csr } from '../types.js';
import { checkPositiveInt } from '../validate.js';
import type { ClosenessOptions, ClosenessResult } from './closeness.js';
import { closenessKernel, closenessWeight } from './closeness.js';
import { dealSources, runPathWorker } from './path-workers.js';
import { shareCsr } from './shared-csr.js';

export interface ParallelClosenessOptions extends ClosenessOptions {
  /** Threads, the calling one included (default: available cores). */
  readonly threads?: number;
}

/**
 * Closeness on worker threads.
 * @example
 * const { closeness } = await parallelClosenessKernel(csr, { nodes: top100, threads: 2 });
 */
export async function parallelClosenessKernel(
  csr: Csr,
  options: ParallelClosenessOptions = {},
): Promise<ClosenessResult> {
  const weight = closenessWeight(options);
  const nodes = options.nodes ?? Int32Array.from({ length: csr.n }, (_, i) => i);
  if (options.threads !== undefined) checkPositiveInt('closeness', 'threads', options.threads);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), nodes.length));
  if (threads === 1) return closenessKernel(csr, { weight, nodes });
  const graph = shareCsr(csr);
  const shares = dealSources(nodes, threads);
  const workers = shares
    .slice(1)
    .map((s) => runPathWorker({ kind: 'closeness', graph, weight, sources: s.buffer as ArrayBuffer }));
  const own = closenessKernel(csr, { weight, nodes: shares[0] });
  const parts = await Promise.all(workers);
  // Shares are disjoint and unscored entries are 0, so adding the parts assembles the result.
  for (const [closeness, harmonic] of parts) {
    for (let v = 0; v < csr.n; v++) {
      own.closeness[v] += closeness[v];
      own.harmonic[v] += harmonic[v];
    }
  }
  return own;
}
