/**
 * Benchmark child: our kernels
 *
 * Runs one measure on one benchmark graph in a fresh process and prints one JSON line with the
 * measure's wall time and the process's peak RSS (graph + measure), so memory is per measure.
 * Usage: node --import tsx bench/graph/ours.ts <graph-dir> <measure>
 */

import { performance } from 'node:perf_hooks';
import { csrFromArrays } from '../../src/graph/index.js';
import { readBenchGraph } from './generate.js';
import { OUR_MEASURES } from './our-measures.js';

const [dir, measure] = process.argv.slice(2) as [string, string];
const g = readBenchGraph(dir);
const t0 = performance.now();
const { csr } = csrFromArrays(g.n, g.src, g.dst, g.w, { directed: true });
const loadMs = performance.now() - t0;
let ms = loadMs;
let note = '';
if (measure !== 'load') {
  const run = OUR_MEASURES[measure];
  if (run === undefined) throw new Error(`unknown measure ${measure}`);
  const t1 = performance.now();
  note = await run(csr);
  ms = performance.now() - t1;
}
const rssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, rssMb, note })}\n`);
