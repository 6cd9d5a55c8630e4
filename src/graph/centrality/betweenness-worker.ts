/**
 * Betweenness worker
 *
 * Worker-thread entry for `parallelBetweennessKernel`: rebuilds a `Csr` view over the shared buffers
 * it is given, accumulates raw dependencies for its share of sources and posts them back.
 */

import { parentPort, workerData } from 'node:worker_threads';
import type { Csr } from '../types.js';
import { accumulateBetweenness } from './betweenness-core.js';
import type { BetweennessTask } from './shared-csr.js';
import { csrFromShared } from './shared-csr.js';

const task = workerData as BetweennessTask;
const csr: Csr = csrFromShared(task.graph);
const bc = new Float64Array(csr.n);
accumulateBetweenness(csr, task.weight, new Int32Array(task.sources), bc);
parentPort?.postMessage(bc, [bc.buffer]);
