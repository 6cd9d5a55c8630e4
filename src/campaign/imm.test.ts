import { describe, expect, it } from 'vitest';
import { createRng } from '../shared/rng.js';
import { csrFromArcs } from './csr-from-arcs.js';
import { createInfluenceGraph } from './edge-probabilities.js';
import { exactSpread, exhaustiveOptimum } from './exact-spread.test-util.js';
import { estimateReach, imm, logBinomial } from './imm.js';
import { monteCarloKernel } from './monte-carlo.js';
import { sampleInterval } from './stats.js';
import type { InfluenceGraph } from './types.js';

/** A random directed graph with `m` arcs on `n` nodes and random weights. */
function randomGraph(seed: number, n: number, m: number): InfluenceGraph {
  const rng = createRng(seed);
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  while (src.length < m) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a === b) continue;
    src.push(a);
    dst.push(b);
    w.push(1 + Math.floor(rng() * 5));
  }
  return createInfluenceGraph(csrFromArcs(n, src, dst, w), { alpha: 1.6, pMax: 0.9 });
}

describe('imm', () => {
  it('logBinomial matches small binomials', () => {
    expect(Math.exp(logBinomial(10, 3))).toBeCloseTo(120, 6);
    expect(logBinomial(5, 0)).toBe(0);
  });

  it('finds seeds within the guarantee of the exhaustive optimum on small graphs', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const g = randomGraph(seed, 9, 14);
      for (const k of [1, 2, 3]) {
        const opt = exhaustiveOptimum(g, k);
        const res = imm(g, { k, epsilon: 0.1, rng: createRng(seed * 10 + k) });
        const got = exactSpread(g, [...res.seeds]);
        expect(res.seeds.length).toBe(k);
        expect(got).toBeGreaterThanOrEqual((1 - 1 / Math.E - 0.1) * opt.spread);
        // In practice greedy on many RR sets is near-optimal on these graphs.
        expect(got).toBeGreaterThanOrEqual(0.95 * opt.spread);
      }
    }
  });

  it('picks the hub of a star and the two hubs of two disjoint stars', () => {
    const src = [0, 0, 0, 0, 0, 6, 6, 6, 6];
    const dst = [1, 2, 3, 4, 5, 7, 8, 9, 10];
    const g = createInfluenceGraph(csrFromArcs(11, src, dst));
    const res = imm(g, { k: 2, rng: createRng(3) });
    expect([...res.seeds].sort((a, b) => a - b)).toEqual([0, 6]);
    expect(res.estimatedReach).toBeCloseTo(11, 0);
  });

  it('RR reach estimates agree with Monte Carlo and with the exact spread', () => {
    const g = randomGraph(42, 9, 14);
    const seeds = [0, 4];
    const exact = exactSpread(g, seeds);
    const rr = estimateReach(g, seeds, 200_000, createRng(5));
    const mc = monteCarloKernel(g, seeds, 'ic', 20_000, createRng(6));
    const ci = sampleInterval(mc.reach);
    expect(Math.abs(rr - exact)).toBeLessThan(0.05);
    expect(exact).toBeGreaterThan(ci.low - 0.02);
    expect(exact).toBeLessThan(ci.high + 0.02);
  });

  it('IMM reach estimate matches Monte Carlo on a larger random graph', () => {
    const g = randomGraph(7, 400, 2400);
    const res = imm(g, { k: 5, epsilon: 0.2, rng: createRng(8) });
    const ci = sampleInterval(monteCarloKernel(g, res.seeds, 'ic', 4000, createRng(9)).reach);
    expect(Math.abs(res.estimatedReach - ci.mean) / ci.mean).toBeLessThan(0.05);
  });

  it('is reproducible for a seed', () => {
    const g = randomGraph(11, 60, 300);
    const a = imm(g, { k: 4, rng: createRng(1) });
    const b = imm(g, { k: 4, rng: createRng(1) });
    expect([...a.seeds]).toEqual([...b.seeds]);
  });

  it('rejects bad k and epsilon with InputError', () => {
    const g = randomGraph(1, 5, 6);
    expect(() => imm(g, { k: 0, rng: createRng(1) })).toThrow(expect.objectContaining({ code: 'INPUT' }));
    expect(() => imm(g, { k: 1, epsilon: 1.5, rng: createRng(1) })).toThrow(
      expect.objectContaining({ code: 'INPUT' }),
    );
  });
});
