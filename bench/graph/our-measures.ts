/**
 * Benchmark measures: ours
 *
 * The measure set the benchmark times, as calls into the graph engine. Each returns a short note
 * (modularity, sample size) printed next to the time. Sampled variants are used where an exact
 * computation is O(n·m) and the graph is large (the same sampling as the reference tools run).
 */

import { createRng } from '../../src/shared/rng.js';
import type { Csr } from '../../src/graph/index.js';
import {
  brokerageKernel,
  clusteringKernel,
  eigenvectorKernel,
  hitsKernel,
  katzKernel,
  kcoreKernel,
  leidenKernel,
  louvainKernel,
  pagerankKernel,
  parallelBetweennessKernel,
  parallelClosenessKernel,
  scoreKernel,
  strengthKernel,
  strongComponentsKernel,
  twoStepReachKernel,
  weakComponentsKernel,
} from '../../src/graph/index.js';

/** Exact betweenness up to this many nodes; above it, `BETWEENNESS_SAMPLES` sampled sources. */
export const EXACT_BETWEENNESS_MAX_N = 20_000;
export const BETWEENNESS_SAMPLES = 64;
/** Closeness is computed for this many nodes (the first ones: the hubs of the generator). */
export const CLOSENESS_NODES = 100;

type Measure = (csr: Csr) => string | Promise<string>;

const q = (x: number) => x.toFixed(6);

export const OUR_MEASURES: Record<string, Measure> = {
  strength: (csr) => (strengthKernel(csr), ''),
  pagerank: (csr) => (pagerankKernel(csr), ''),
  eigenvector: (csr) => (eigenvectorKernel(csr), ''),
  hits: (csr) => (hitsKernel(csr), ''),
  katz: (csr) => (katzKernel(csr, { alpha: 0.001 }), ''),
  kcore: (csr) => (kcoreKernel(csr), ''),
  score: (csr) => (scoreKernel(csr), ''),
  components: (csr) => `${weakComponentsKernel(csr).count} weak, ${strongComponentsKernel(csr).count} strong`,
  louvain: (csr) => `Q=${q(louvainKernel(csr, { rng: createRng(1) }).modularity)}`,
  leiden: (csr) => `Q=${q(leidenKernel(csr, { rng: createRng(1) }).modularity)}`,
  betweenness: async (csr) => {
    if (csr.n <= EXACT_BETWEENNESS_MAX_N)
      return (await parallelBetweennessKernel(csr, { threads: 2 }), 'exact, 2 threads');
    await parallelBetweennessKernel(csr, { threads: 2, samples: BETWEENNESS_SAMPLES, rng: createRng(1) });
    return `${BETWEENNESS_SAMPLES} sampled sources, 2 threads`;
  },
  closeness: async (csr) => {
    const nodes = Int32Array.from({ length: Math.min(csr.n, CLOSENESS_NODES) }, (_, i) => i);
    return (await parallelClosenessKernel(csr, { nodes, threads: 2 }), `${nodes.length} nodes, 2 threads`);
  },
  clustering: (csr) => (clusteringKernel(csr), ''),
  constraint: (csr) => (brokerageKernel(csr), ''),
  reach2: (csr) => (twoStepReachKernel(csr), ''),
};
