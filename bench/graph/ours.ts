/**
 * Benchmark child: our kernels
 *
 * Runs one measure on one benchmark graph in a fresh process and prints one JSON line with the
 * measure's wall time, CPU time and the process's peak RSS (graph + measure), so memory is per measure.
 * Usage: node .tmp/bench-graph/bench/graph/ours.js <graph-dir> <measure> (compiled by run.ts), or
 * node --import tsx bench/graph/ours.ts <graph-dir> <measure>
 */

import { performance } from 'node:perf_hooks';
import { csrFromArrays } from '../../src/graph/index.js';
import { readBenchGraph } from './generate.js';
import { OUR_MEASURES } from './our-measures.js';

const [dir, measure] = process.argv.slice(2) as [string, string];
const g = readBenchGraph(dir);
const t0 = performance.now();
const c0 = process.cpuUsage();
const { csr } = csrFromArrays(g.n, g.src, g.dst, g.w, { directed: true });
const loadMs = performance.now() - t0;
let ms = loadMs;
let cpu = process.cpuUsage(c0);
let note = '';
if (measure !== 'load') {
  const run = OUR_MEASURES[measure];
  if (run === undefined) throw new Error(`unknown measure ${measure}`);
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  note = await run(csr);
  ms = performance.now() - t1;
  cpu = process.cpuUsage(c1);
}
const rssMb = process.resourceUsage().maxRSS / 1024;
// CPU time (user + system, all threads) is less sensitive than wall time to other load on the machine.
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify({ ms, cpuMs, rssMb, note })}\n`);
