/**
 * Path-measure workers
 *
 * Starts worker threads for the parallel path measures over one shared copy of the graph, deals
 * sources to them round-robin and collects their partial score arrays.
 *
 * Notes:
 * - The worker entry is the compiled `path-worker.js` next to this file (`dist/`); when running from
 *   TypeScript sources (tests, `tsx`) the `.ts` entry is started with tsx's loader.
 */

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InternalError } from '../../shared/errors.js';
import type { PathTask } from './shared-csr.js';

/**
 * Starts the worker: the compiled `.js` entry directly, or (from TypeScript sources) a small eval'd
 * bootstrap that loads the `.ts` entry through tsx's `tsImport`.
 */
function startWorker(task: PathTask): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const options = { workerData: task, transferList: [task.sources] };
  if (!fromSource) return new Worker(new URL('./path-worker.js', import.meta.url), options);
  const entry = new URL('./path-worker.ts', import.meta.url).href;
  // The ESM build of tsx's API (its CJS build cannot register hooks from an eval'd worker).
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(code, { ...options, eval: true });
}

/** Runs one task on a new worker; resolves with the score arrays it posts. */
export function runPathWorker(task: PathTask): Promise<Float64Array[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(task);
    let done = false;
    worker.once('message', (scores: Float64Array[]) => {
      done = true;
      resolve(scores);
    });
    worker.once('error', (err) =>
      reject(new InternalError(`graph/${task.kind}: worker failed`, { cause: err })),
    );
    worker.once('exit', (code) => {
      if (!done)
        reject(new InternalError(`graph/${task.kind}: worker exited with code ${code} before reporting`));
    });
  });
}

/** Splits `sources` into `threads` round-robin shares (hubs spread evenly when sources are sorted). */
export function dealSources(sources: ArrayLike<number>, threads: number): Int32Array[] {
  const parts: Int32Array[] = [];
  for (let t = 0; t < threads; t++) {
    const part = new Int32Array(Math.ceil((sources.length - t) / threads));
    for (let i = t, j = 0; i < sources.length; i += threads) part[j++] = sources[i];
    parts.push(part);
  }
  return parts;
}
