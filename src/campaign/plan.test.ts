import { describe, expect, it } from 'vitest';
import { orgFixture } from './org-fixture.test-util.js';
import { planCampaign } from './plan.js';

const org = orgFixture(3, 5, 16, 0.25, 0.01);

describe('planCampaign', () => {
  it('gives every large group an ambassador even when k is small', () => {
    const plan = planCampaign({ ...org, options: { k: 5, minGroupSize: 10, runs: 200 } });
    expect(plan.ambassadors).toHaveLength(5);
    const groups = new Set(plan.ambassadors.map((a) => a.group));
    expect(groups.size).toBe(5);
  });

  it('respects the department cap and exclusions', () => {
    const plan = planCampaign({
      ...org,
      options: { k: 12, maxPerDepartment: 2, exclude: ['p000', 'p016'], runs: 100 },
    });
    const perDept = new Map<string, number>();
    for (const a of plan.ambassadors) perDept.set(a.department!, (perDept.get(a.department!) ?? 0) + 1);
    expect(Math.max(...perDept.values())).toBeLessThanOrEqual(2);
    expect(plan.ambassadors.map((a) => a.id)).not.toContain('p000');
    expect(plan.ambassadors.map((a) => a.id)).not.toContain('p016');
    for (const c of plan.comparison) expect(c.seeds).not.toContain('p000');
  });

  it('beats formal heads and random seeds in expected reach', () => {
    const plan = planCampaign({ ...org, options: { k: 5, runs: 2000, seed: 4 } });
    const by = new Map(plan.comparison.map((c) => [c.strategy, c.reach]));
    expect(by.get('plan')!.mean).toBeGreaterThan(by.get('formal-heads')!.high);
    expect(by.get('plan')!.mean).toBeGreaterThan(by.get('random')!.high);
    // No analysis results were given, so PageRank is skipped and said so.
    expect(by.has('top-pagerank')).toBe(false);
    expect(plan.warnings.some((w) => w.includes('top-pagerank'))).toBe(true);
    // The IMM estimate agrees with Monte Carlo.
    const mc = by.get('plan')!;
    expect(Math.abs(plan.imm.estimatedReach - mc.mean) / mc.mean).toBeLessThan(0.08);
  });

  it('clamps k to the eligible people and reports groups nobody can cover', () => {
    const everyoneButGroup1 = org.people.slice(16).map((p) => p.id);
    const plan = planCampaign({ ...org, options: { k: 40, exclude: everyoneButGroup1, runs: 50 } });
    expect(plan.k).toBe(16);
    expect(plan.warnings.some((w) => w.includes('larger than the 16 eligible'))).toBe(true);
    expect(plan.warnings.filter((w) => w.includes('no eligible ambassador'))).toHaveLength(4);
  });

  it('reports excluded ids that are not in the graph', () => {
    const plan = planCampaign({ ...org, options: { k: 2, exclude: ['nobody'], runs: 20 } });
    expect(plan.diagnostics).toEqual([expect.objectContaining({ reason: 'exclude-not-in-graph', count: 1 })]);
  });

  it('holds out a random share of ambassadors or groups, reproducibly', () => {
    const a = planCampaign({
      ...org,
      options: { k: 6, holdout: { unit: 'ambassador', share: 0.25 }, runs: 20 },
    });
    expect(a.ambassadors).toHaveLength(6);
    expect(a.holdout!.heldOutAmbassadors).toHaveLength(2);
    const briefed = new Set(a.ambassadors.map((x) => x.id));
    for (const h of a.holdout!.heldOutAmbassadors) expect(briefed.has(h)).toBe(false);
    const g = planCampaign({ ...org, options: { k: 6, holdout: { unit: 'group', share: 0.4 }, runs: 20 } });
    expect(g.holdout!.heldOutGroups).toHaveLength(2);
    for (const amb of g.ambassadors) expect(g.holdout!.heldOutGroups).not.toContain(amb.group);
    const again = planCampaign({
      ...org,
      options: { k: 6, holdout: { unit: 'group', share: 0.4 }, runs: 20 },
    });
    expect(again.holdout).toEqual(g.holdout);
  });

  it('rejects invalid options with InputError', () => {
    expect(() => planCampaign({ ...org, options: { k: -1 } })).toThrow(
      expect.objectContaining({ code: 'INPUT' }),
    );
  });
});
