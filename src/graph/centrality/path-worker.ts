/**
 * Path-measure worker
 *
 * Worker-thread entry for the parallel path measures (betweenness, closeness): rebuilds a `Csr` view
 * over the shared buffers it is given, computes its share of sources and posts the partial scores back.
 */

import { parentPort, workerData } from 'node:worker_threads';
import type { Csr } from '../types.js';
import { accumulateBetweenness } from './betweenness-core.js';
import { closenessKernel } from './closeness.js';
import type { PathTask } from './shared-csr.js';
import { csrFromShared } from './shared-csr.js';

const task = workerData as PathTask;
const csr: Csr = csrFromShared(task.graph);
const sources = new Int32Array(task.sources);
if (task.kind === 'betweenness') {
  const bc = new Float64Array(csr.n);
  accumulateBetweenness(csr, task.weight, sources, bc);
  parentPort?.postMessage([bc], [bc.buffer]);
} else {
  const { closeness, harmonic } = closenessKernel(csr, { weight: task.weight, nodes: sources });
  parentPort?.postMessage(
    [closeness, harmonic],
    [closeness.buffer as ArrayBuffer, harmonic.buffer as ArrayBuffer],
  );
}
