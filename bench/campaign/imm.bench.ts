/**
 * IMM benchmark
 *
 * Times IMM (k = 50, ε = 0.5 and the default 0.3, ℓ = 1) on seeded directed power-law graphs of three
 * sizes, up to 100k nodes and 1M arcs, with weighted-cascade probabilities; then checks the
 * plan's RR reach estimate against a Monte Carlo IC estimate and against top-degree seeds.
 * Run by hand: `npm run bench:campaign` (not part of `npm test`).
 *
 * Complexity: IMM is O((k + ℓ)(n + m) log n / ε²) expected time; memory is dominated by the RR sets
 * (θ × average RR set size 32-bit ints) plus their inverted index.
 */
import { createInfluenceGraph } from '../../src/campaign/edge-probabilities.js';
import { imm } from '../../src/campaign/imm.js';
import { monteCarloKernel } from '../../src/campaign/monte-carlo.js';
import { sampleInterval } from '../../src/campaign/stats.js';
import { createRng } from '../../src/shared/rng.js';
import { powerLawGraph } from './power-law-graph.js';

const SIZES = [
  { n: 1_000, m: 10_000 },
  { n: 10_000, m: 100_000 },
  { n: 100_000, m: 1_000_000 },
];
const K = 50;

function topDegree(outOffsets: Uint32Array, n: number, k: number): number[] {
  const ids = Array.from({ length: n }, (_, i) => i);
  ids.sort((a, b) => outOffsets[b + 1] - outOffsets[b] - (outOffsets[a + 1] - outOffsets[a]) || a - b);
  return ids.slice(0, k);
}

function fmt(e: { mean: number; low: number; high: number }): string {
  return `${e.mean.toFixed(0)} [${e.low.toFixed(0)}, ${e.high.toFixed(0)}]`;
}

const only = process.argv.includes('--large') ? SIZES.slice(2) : SIZES;
for (const { n, m } of only) {
  const t0 = performance.now();
  const csr = powerLawGraph(n, m, 20260101);
  const tGraph = performance.now() - t0;
  // α = 1: weighted cascade; α = 0.25: weaker ties, smaller cascades, many more RR sets (harder for IMM).
  for (const [alpha, epsilon] of [
    [1, 0.5],
    [1, 0.3],
    [0.25, 0.5],
    [0.25, 0.3],
  ] as const) {
    const g = createInfluenceGraph(csr, { alpha });
    const t1 = performance.now();
    const res = imm(g, { k: K, epsilon, rng: createRng(1) });
    const tImm = performance.now() - t1;
    const heap = process.memoryUsage().rss / 2 ** 20;
    const mc = sampleInterval(monteCarloKernel(g, res.seeds, 'ic', 300, createRng(2)).reach);
    const deg = sampleInterval(
      monteCarloKernel(g, topDegree(csr.out.offsets, n, K), 'ic', 300, createRng(2)).reach,
    );
    console.log(
      `n=${n} m=${csr.m} alpha=${alpha} eps=${epsilon}: graph ${tGraph.toFixed(0)} ms, IMM ${(tImm / 1000).toFixed(2)} s, ` +
        `θ=${res.rrSets}, LB=${res.lowerBound.toFixed(0)}, rss ${heap.toFixed(0)} MiB; reach RR ${res.estimatedReach.toFixed(0)}, ` +
        `MC IMM ${fmt(mc)} vs MC top-degree ${fmt(deg)}`,
    );
  }
}
