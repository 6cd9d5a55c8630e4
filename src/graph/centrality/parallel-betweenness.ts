/**
 * Parallel betweenness
 *
 * Exact or sampled Brandes betweenness split over worker threads: sources are dealt round-robin to
 * the workers, each accumulates raw dependencies over a shared copy of the graph, and the partial
 * sums are added and rescaled here. Results equal the serial kernel up to floating-point summation
 * order.
 *
 * Notes:
 * - The worker entry is the compiled `betweenness-worker.js` next to this file (`dist/`); when running
 *   from TypeScript sources (tests, `tsx`) the `.ts` entry is started with tsx's loader.
 * - `threads: 1` (or a single source) runs inline without workers; with `threads: t` the calling
 *   thread computes one share and t − 1 workers the others, so the call blocks the event loop while
 *   its share runs (as `threads: 1` does).
 */

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, InternalError } from '../../shared/errors.js';
import type { Rng } from '../../shared/rng.js';
import type { Csr } from '../types.js';
import { checkPositiveInt } from '../validate.js';
import type { BetweennessOptions } from './betweenness.js';
import { allSources, resolveBetweennessOptions, sampleSources } from './betweenness.js';
import { accumulateBetweenness, rescaleBetweenness } from './betweenness-core.js';
import type { BetweennessTask, SharedCsr } from './shared-csr.js';
import { shareCsr } from './shared-csr.js';

export interface ParallelBetweennessOptions extends BetweennessOptions {
  /** Worker threads (default: available cores). */
  readonly threads?: number;
  /** Sample this many sources instead of all (requires `rng`). */
  readonly samples?: number;
  readonly rng?: Rng;
}

/**
 * Starts the worker: the compiled `.js` entry directly, or (from TypeScript sources) a small eval'd
 * bootstrap that loads the `.ts` entry through tsx's `tsImport`.
 */
function startWorker(task: BetweennessTask): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const options = { workerData: task, transferList: [task.sources] };
  if (!fromSource) return new Worker(new URL('./betweenness-worker.js', import.meta.url), options);
  const entry = new URL('./betweenness-worker.ts', import.meta.url).href;
  // The ESM build of tsx's API (its CJS build cannot register hooks from an eval'd worker).
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(code, { ...options, eval: true });
}

function runWorker(
  graph: SharedCsr,
  weight: BetweennessTask['weight'],
  sources: Int32Array,
): Promise<Float64Array> {
  const task: BetweennessTask = { graph, weight, sources: sources.buffer as ArrayBuffer };
  return new Promise((resolve, reject) => {
    const worker = startWorker(task);
    let done = false;
    worker.once('message', (bc: Float64Array) => {
      done = true;
      resolve(bc);
    });
    worker.once('error', (err) =>
      reject(new InternalError('graph/betweenness: worker failed', { cause: err })),
    );
    worker.once('exit', (code) => {
      if (!done)
        reject(new InternalError(`graph/betweenness: worker exited with code ${code} before reporting`));
    });
  });
}

function deal(sources: Int32Array, threads: number): Int32Array[] {
  const parts: Int32Array[] = [];
  for (let t = 0; t < threads; t++) {
    const part = new Int32Array(Math.ceil((sources.length - t) / threads));
    for (let i = t, j = 0; i < sources.length; i += threads) part[j++] = sources[i];
    parts.push(part);
  }
  return parts;
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
    const shares = deal(sources, threads);
    const workers = shares.slice(1).map((s) => runWorker(graph, weight, s));
    // The calling thread takes the first share instead of idling while it waits: one worker fewer
    // (≈ 10–15 MB RSS each) for the same parallelism. The workers start without this thread's event
    // loop. Accumulating into the zeroed `bc` gives the same sums a worker would return.
    accumulateBetweenness(csr, weight, shares[0], bc);
    const parts = await Promise.all(workers);
    for (const part of parts) for (let v = 0; v < n; v++) bc[v] += part[v];
  }
  rescaleBetweenness(bc, n, csr.directed, normalized, sources.length);
  return bc;
}
