import { describe, expect, it } from 'vitest';
import { createRng } from '../shared/rng.js';
import { csrFromArcs } from './csr-from-arcs.js';
import { createInfluenceGraph } from './edge-probabilities.js';
import { monteCarloKernel } from './monte-carlo.js';
import { orgFixture } from './org-fixture.test-util.js';
import { simulateCampaign } from './simulate.js';
import { sampleInterval } from './stats.js';

const org = orgFixture(5, 4, 15, 0.3, 0.01);

describe('monteCarloKernel', () => {
  it('IC on a path with p = 0.5 reaches 1 + 0.5 + 0.25 on average', () => {
    const g = createInfluenceGraph(csrFromArcs(3, [0, 1], [1, 2]), { pMax: 0.5 });
    const ci = sampleInterval(monteCarloKernel(g, [0], 'ic', 40_000, createRng(1)).reach);
    expect(ci.low).toBeLessThan(1.75);
    expect(ci.high).toBeGreaterThan(1.75);
  });

  it('LT activates a node exactly when its active in-weight reaches a uniform threshold', () => {
    // 0 → 2 and 1 → 2 with equal weights: seeding 0 alone activates 2 with probability 1/2.
    const g = createInfluenceGraph(csrFromArcs(3, [0, 1], [2, 2]));
    const mc = monteCarloKernel(g, [0], 'lt', 40_000, createRng(2));
    expect(mc.nodeHits[2] / mc.runs).toBeCloseTo(0.5, 1);
    const both = monteCarloKernel(g, [0, 1], 'lt', 1000, createRng(3));
    expect(both.nodeHits[2]).toBe(1000);
  });

  it('counts duplicate seeds once', () => {
    const g = createInfluenceGraph(csrFromArcs(2, [0], [1]), { pMax: 0.01 });
    const mc = monteCarloKernel(g, [0, 0, 0], 'ic', 100, createRng(1));
    expect(Math.min(...mc.reach)).toBe(1);
  });
});

describe('simulateCampaign', () => {
  const seeds = ['p000', 'p015', 'p030'];

  it('reports reach per group and department that adds up to the total', () => {
    const sim = simulateCampaign({ ...org, seeds, options: { runs: 500 } });
    expect(sim.models.map((m) => m.model)).toEqual(['ic', 'lt']);
    for (const m of sim.models) {
      const sumGroups = m.byGroup.reduce((a, g) => a + g.reached.mean, 0);
      const sumDepts = m.byDepartment.reduce((a, g) => a + g.reached.mean, 0);
      expect(sumGroups).toBeCloseTo(m.total.mean, 6);
      expect(sumDepts).toBeCloseTo(m.total.mean, 6);
      expect(m.total.low).toBeLessThanOrEqual(m.total.mean);
      // Group 4 has no seed and few ties in, so it is reached least.
      const g4 = m.byGroup.find((g) => g.key === '4')!;
      for (const g of m.byGroup) expect(g4.share).toBeLessThanOrEqual(g.share);
    }
  });

  it('what-if: removing an ambassador lowers reach, adding one in an unseeded group raises it', () => {
    const sim = simulateCampaign({
      ...org,
      seeds,
      options: { models: ['ic'], runs: 1500, remove: ['p015'], add: ['p045'] },
    });
    const [remove, add] = sim.models[0].whatIf;
    expect(remove.change).toBe('remove');
    expect(remove.delta.high).toBeLessThan(0);
    expect(add.delta.low).toBeGreaterThan(0);
  });

  it('reports unknown seeds instead of failing', () => {
    const sim = simulateCampaign({
      ...org,
      seeds: ['p000', 'ghost'],
      options: { models: ['ic'], runs: 10, add: ['nobody'] },
    });
    expect(sim.seeds).toEqual(['p000']);
    expect(sim.unknown).toEqual(['ghost', 'nobody']);
  });
});
