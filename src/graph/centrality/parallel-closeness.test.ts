import { describe, expect, it } from 'vitest';
import { randomGraph } from '../random-graph.test-util.js';
import { closenessKernel } from './closeness.js';
import { parallelClosenessKernel } from './parallel-closeness.js';

describe('parallel closeness', () => {
  // Sizes chosen so the work is above the inline threshold (2^22 arc visits) and workers really run.
  it('worker threads give exactly the serial kernel’s scores (hop counts)', async () => {
    const csr = randomGraph(5000, 60_000, 21, true);
    const serial = closenessKernel(csr);
    const parallel = await parallelClosenessKernel(csr, { threads: 2 });
    expect(Array.from(parallel.closeness)).toEqual(Array.from(serial.closeness));
    expect(Array.from(parallel.harmonic)).toEqual(Array.from(serial.harmonic));
  });

  it('worker threads give exactly the serial kernel’s scores (weighted)', async () => {
    const csr = randomGraph(5000, 40_000, 22, true);
    const nodes = Array.from({ length: 100 }, (_, i) => i * 50);
    const serial = closenessKernel(csr, { weight: 'distance', nodes });
    const parallel = await parallelClosenessKernel(csr, { weight: 'distance', nodes, threads: 2 });
    expect(Array.from(parallel.closeness)).toEqual(Array.from(serial.closeness));
    expect(Array.from(parallel.harmonic)).toEqual(Array.from(serial.harmonic));
  });

  it('gives a node asked for twice (in two shares) its score once', async () => {
    const csr = randomGraph(5000, 60_000, 23, true);
    // 4,000 entries (above the inline threshold); nodes[i] and nodes[i + 2999] fall in different shares.
    const nodes = Array.from({ length: 4000 }, (_, i) => i % 2999);
    const serial = closenessKernel(csr, { nodes });
    const parallel = await parallelClosenessKernel(csr, { nodes, threads: 2 });
    expect(Array.from(parallel.closeness)).toEqual(Array.from(serial.closeness));
    expect(Array.from(parallel.harmonic)).toEqual(Array.from(serial.harmonic));
  });

  it('runs a small job inline with the same result', async () => {
    const csr = randomGraph(400, 2400, 21, true);
    const serial = closenessKernel(csr);
    const parallel = await parallelClosenessKernel(csr, { threads: 2 });
    expect(Array.from(parallel.closeness)).toEqual(Array.from(serial.closeness));
  });

  it('scores only the nodes asked for, leaving the others 0', async () => {
    const csr = randomGraph(300, 1500, 2, false);
    const nodes = [5, 7, 11, 250];
    const serial = closenessKernel(csr, { nodes });
    const parallel = await parallelClosenessKernel(csr, { nodes, threads: 3 });
    expect(Array.from(parallel.closeness)).toEqual(Array.from(serial.closeness));
    for (let v = 0; v < csr.n; v++) if (!nodes.includes(v)) expect(parallel.closeness[v]).toBe(0);
    expect(parallel.closeness[5]).toBeGreaterThan(0);
  });

  it('rejects a bad weight or thread count before starting workers', async () => {
    const csr = randomGraph(10, 20, 1, true);
    await expect(parallelClosenessKernel(csr, { threads: 0 })).rejects.toThrow(/invalid threads/);
    // @ts-expect-error an invalid weight from outside
    await expect(parallelClosenessKernel(csr, { weight: 'hops' })).rejects.toThrow(/invalid weight/);
  });
});
