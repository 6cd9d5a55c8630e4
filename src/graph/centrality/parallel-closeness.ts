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
 * - Small jobs run inline: starting a worker costs tens of milliseconds and ~10 MB, more than a
 *   sweep of a small graph (10k-node benchmark graph, 100 nodes: 137 ms on two threads against ~90 ms
 *   on one).
 */

import { availableParallelism } from 'node:os';
import type { Csr } from '../types.js';
import { checkPositiveInt } from '../validate.js';
import type { ClosenessOptions, ClosenessResult } from './closeness.js';
import { closenessKernel, closenessWeight } from './closeness.js';
import { MULTI_BFS_WIDTH } from '../paths/multi-bfs.js';
import { dealSources, runPathWorker } from './path-workers.js';
import { shareCsr } from './shared-csr.js';

/** Arc visits below which one thread finishes sooner than starting a worker (~20 ms of sweeps). */
const INLINE_WORK = 1 << 22;

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
  // Hop counts sweep the arcs once per 32 nodes; weighted searches once per node.
  const sweeps = weight === 'ignore' ? Math.ceil(nodes.length / MULTI_BFS_WIDTH) : nodes.length;
  const threads =
    sweeps * (csr.m + csr.n) < INLINE_WORK
      ? 1
      : Math.max(1, Math.min(options.threads ?? availableParallelism(), sweeps));
  if (threads === 1) return closenessKernel(csr, { weight, nodes });
  const graph = shareCsr(csr);
  const shares = dealSources(nodes, threads);
  const workers = shares
    .slice(1)
    .map((s) => runPathWorker({ kind: 'closeness', graph, weight, sources: s.buffer as ArrayBuffer }));
  const own = closenessKernel(csr, { weight, nodes: shares[0] });
  const parts = await Promise.all(workers);
  // nodes[i] went to share i mod threads (the shares' own buffers were transferred); copying its
  // scores, rather than adding whole arrays, stays exact when a node is asked for twice.
  for (let i = 0; i < nodes.length; i++) {
    const t = i % threads;
    if (t === 0) continue;
    const u = nodes[i];
    own.closeness[u] = parts[t - 1][0][u];
    own.harmonic[u] = parts[t - 1][1][u];
  }
  return own;
}
