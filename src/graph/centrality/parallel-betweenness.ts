/**
 * Parallel betweenness
 *
 * Exact or sampled Brandes betweenness split over worker threads: sources are dealt round-robin to
 * the workers, each accumulates raw dependencies over a shared copy of the graph, and the partial
 * sums are added and rescaled here. Results equal the serial kernel up to floating-point summation
 * order.
 *
 * Notes:
 * - Workers: see `path-workers.ts`.
 * - `threads: 1` (or a single source) runs inline without workers; with `threads: t` the calling
 *   thread computes one share and t − 1 workers the others, so the call blocks the event loop while
 *   its share runs (as `threads: 1` does).
 */

import { availableParallelism } from 'node:os';
import { InputError } from '../../shared/errors.js';
import type { Rng } from '../../shared/rng.js';
import type { Csr } from '../types.js';
import { checkPositiveInt } from '../validate.js';
import type { BetweennessOptions } from './betweenness.js';
import { allSources, resolveBetweennessOptions, sampleSources } from './betweenness.js';
import { accumulateBetweenness, rescaleBetweenness } from './betweenness-core.js';
import { dealSources, runPathWorker } from './path-workers.js';
import { shareCsr } from './shared-csr.js';

export interface ParallelBetweennessOptions extends BetweennessOptions {
  /** Worker threads (default: available cores). */
  readonly threads?: number;
  /** Sample this many sources instead of all (requires `rng`). */
  readonly samples?: number;
  readonly rng?: Rng;
}

/**
 * Betweenness on worker threads (exact, or sampled when `samples` is given).
 * @example
 * const bc = await parallelBetweennessKernel(csr, { threads: 2 });
 */
export async function parallelBetweennessKernel(
  csr: Csr,
  options: ParallelBetweennessOptions = {},
): Promise<Float64Array> {
  const { weight, normalized } = resolveBetweennessOptions(options);
  const n = csr.n;
  let sources = allSources(n);
  if (options.samples !== undefined) {
    checkPositiveInt('betweenness', 'samples', options.samples);
    if (options.rng === undefined)
      throw new InputError(
        'graph/betweenness: invalid rng: undefined (expected an rng when samples is given)',
      );
    sources = sampleSources(n, Math.min(n, options.samples), options.rng);
  }
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), sources.length));
  checkPositiveInt('betweenness', 'threads', threads);
  const bc = new Float64Array(n);
  if (threads === 1) accumulateBetweenness(csr, weight, sources, bc);
  else {
    const graph = shareCsr(csr);
    const shares = dealSources(sources, threads);
    const workers = shares
      .slice(1)
      .map((s) => runPathWorker({ kind: 'betweenness', graph, weight, sources: s.buffer as ArrayBuffer }));
    // The calling thread takes the first share instead of idling while it waits: one worker fewer
    // (≈ 10–15 MB RSS each) for the same parallelism. The workers start without this thread's event
    // loop. Accumulating into the zeroed `bc` gives the same sums a worker would return.
    accumulateBetweenness(csr, weight, shares[0], bc);
    const parts = await Promise.all(workers);
    for (const [part] of parts) for (let v = 0; v < n; v++) bc[v] += part[v];
  }
  rescaleBetweenness(bc, n, csr.directed, normalized, sources.length);
  return bc;
}
