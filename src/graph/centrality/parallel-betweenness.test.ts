import { describe, expect, it } from 'vitest';
import { createRng } from '../../shared/rng.js';
import { randomGraph } from '../random-graph.test-util.js';
import { approxBetweennessKernel, betweennessKernel } from './betweenness.js';
import { parallelBetweennessKernel } from './parallel-betweenness.js';

describe('parallel betweenness', () => {
  it('worker threads agree with the serial kernel (directed, weighted and unweighted)', async () => {
    const csr = randomGraph(300, 1200, 5, true);
    for (const weight of ['ignore', 'distance', 'strength'] as const) {
      const serial = betweennessKernel(csr, { weight });
      const parallel = await parallelBetweennessKernel(csr, { weight, threads: 2 });
      for (let v = 0; v < csr.n; v++) expect(parallel[v]).toBeCloseTo(serial[v], 12);
    }
  });

  it('agrees on undirected graphs and with threads: 1', async () => {
    const csr = randomGraph(200, 600, 9, false);
    const serial = betweennessKernel(csr, { normalized: false });
    const one = await parallelBetweennessKernel(csr, { normalized: false, threads: 1 });
    const three = await parallelBetweennessKernel(csr, { normalized: false, threads: 3 });
    for (let v = 0; v < csr.n; v++) {
      expect(one[v]).toBeCloseTo(serial[v], 9);
      expect(three[v]).toBeCloseTo(serial[v], 9);
    }
  });

  it('sampled parallel equals sampled serial for the same seed', async () => {
    const csr = randomGraph(300, 1500, 11, true);
    const serial = approxBetweennessKernel(csr, { samples: 40, rng: createRng(3) });
    const parallel = await parallelBetweennessKernel(csr, { samples: 40, rng: createRng(3), threads: 2 });
    for (let v = 0; v < csr.n; v++) expect(parallel[v]).toBeCloseTo(serial.scores[v], 12);
  });

  it('error bound shrinks with more samples and is 0 when exact', () => {
    const csr = randomGraph(100, 300, 1, true);
    const a = approxBetweennessKernel(csr, { samples: 10, rng: createRng(1) }).errorBound(0.05);
    const b = approxBetweennessKernel(csr, { samples: 50, rng: createRng(1) }).errorBound(0.05);
    expect(b).toBeLessThan(a);
    expect(approxBetweennessKernel(csr, { samples: 100, rng: createRng(1) }).errorBound(0.05)).toBe(0);
  });
});
