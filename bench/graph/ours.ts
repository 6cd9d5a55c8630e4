/**
 * Benchmark child: our kernels
 *
 * Runs one measure on one benchmark graph in a fresh process and prints one JSON line with the
 * measure's wall time, CPU time and the process's peak RSS (graph + measure), so memory is per measure.
 * Usage: node .tmp/bench-graph/bench/graph/ours.js <graph-dir> <measure> [repeat] (compiled by run.ts),
 * or node --import tsx bench/graph/ours.ts <graph-dir> <measure> [repeat]. With repeat > 1 the measure
 * runs that many times and `warmMs` is the fastest call after the first.
 */

import { performance } from 'node:perf_hooks';
import { csrFromArrays } from '../../src/graph/index.js';
import { readBenchGraph } from './generate.js';
import { OUR_MEASURES } from './our-measures.js';

const [dir, measure, repeatArg] = process.argv.slice(2) as [string, string, string | undefined];
const repeat = Math.max(1, Number(repeatArg ?? 1));
const g = readBenchGraph(dir);
const t0 = performance.now();
const c0 = process.cpuUsage();
const { csr } = csrFromArrays(g.n, g.src, g.dst, g.w, { directed: true });
const loadMs = performance.now() - t0;
let ms = loadMs;
let cpu = process.cpuUsage(c0);
let note = '';
let warmMs: number | null = null;
if (measure !== 'load') {
  const run = OUR_MEASURES[measure];
  if (run === undefined) throw new Error(`unknown measure ${measure}`);
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  note = await run(csr);
  ms = performance.now() - t1;
  cpu = process.cpuUsage(c1);
  // Later calls in the same process: the kernel's time once V8 has compiled it (a long-running
  // server's case), next to the first call's (a one-shot CLI's case).
  for (let r = 1; r < repeat; r++) {
    const t = performance.now();
    await run(csr);
    const again = performance.now() - t;
    if (warmMs === null || again < warmMs) warmMs = again;
  }
}
const rssMb = process.resourceUsage().maxRSS / 1024;
// CPU time (user + system, all threads) is less sensitive than wall time to other load on the machine.
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify({ ms, cpuMs, rssMb, note, warmMs })}\n`);
