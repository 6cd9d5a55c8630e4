/**
 * Campaign simulation
 *
 * `simulateCampaign` runs Monte Carlo independent-cascade and linear-threshold diffusions of any
 * seed set (a plan's ambassadors, or a hand-made list) and reports total reach, reach per interest
 * group and per department with 95% confidence intervals, and what-if variants: one ambassador
 * removed, or one added.
 *
 * Notes:
 * - Every variant runs on a fresh generator with the same seed (common random numbers), so the
 *   differences are less noisy than independent runs; the reported delta CI treats the runs as
 *   independent and is therefore conservative.
 */
import { z } from 'zod';
import { InputError } from '../shared/errors.js';
import { createRng } from '../shared/rng.js';
import {
  createCampaignContext,
  contextLabelings,
  resolveIds,
  type CampaignContext,
  type CampaignInput,
} from './context.js';
import { createInfluenceGraph } from './edge-probabilities.js';
import { monteCarloKernel, type MonteCarloResult } from './monte-carlo.js';
import { formatIssues } from './plan-options.js';
import { meanInterval, sampleInterval, Z95 } from './stats.js';
import type {
  DiffusionModel,
  Estimate,
  GroupReach,
  InfluenceGraph,
  ModelSimulation,
  SimulationResult,
  WhatIf,
} from './types.js';

export const simulateOptionsSchema = z.object({
  models: z
    .array(z.enum(['ic', 'lt']))
    .min(1)
    .default(['ic', 'lt']),
  runs: z.number().int().positive().default(1000),
  seed: z.number().int().default(1),
  alpha: z.number().positive().default(1),
  pMax: z.number().gt(0).max(1).default(1),
  remove: z.array(z.string()).default([]),
  add: z.array(z.string()).default([]),
});
export type SimulateOptionsInput = z.input<typeof simulateOptionsSchema>;

export interface SimulateInput extends CampaignInput {
  readonly seeds: readonly string[];
  readonly options?: SimulateOptionsInput;
}

function groupReach(
  keys: readonly string[],
  sizes: Int32Array,
  mc: MonteCarloResult,
  labeling: number,
): GroupReach[] {
  return keys.map((key, c) => {
    const reached = meanInterval(mc.groupSum[labeling][c], mc.groupSumSq[labeling][c], mc.runs);
    return { key, size: sizes[c], reached, share: sizes[c] > 0 ? reached.mean / sizes[c] : 0 };
  });
}

function delta(a: Estimate, b: Estimate): Estimate {
  const se = Math.hypot((a.high - a.mean) / Z95, (b.high - b.mean) / Z95);
  const d = a.mean - b.mean;
  return { mean: d, low: d - Z95 * se, high: d + Z95 * se };
}

function simulateModel(
  g: InfluenceGraph,
  ctx: CampaignContext,
  seeds: readonly number[],
  model: DiffusionModel,
  o: z.infer<typeof simulateOptionsSchema>,
  variants: readonly { change: 'remove' | 'add'; person: string; node: number }[],
): ModelSimulation {
  const mc = monteCarloKernel(g, seeds, model, o.runs, createRng(o.seed), contextLabelings(ctx));
  const total = sampleInterval(mc.reach);
  const whatIf: WhatIf[] = variants.map(({ change, person, node }) => {
    const changed = change === 'remove' ? seeds.filter((v) => v !== node) : [...seeds, node];
    const t = sampleInterval(monteCarloKernel(g, changed, model, o.runs, createRng(o.seed)).reach);
    return { change, person, total: t, delta: delta(t, total) };
  });
  return {
    model,
    runs: o.runs,
    total,
    byGroup: groupReach(ctx.communityIds.map(String), ctx.communitySize, mc, 0),
    byDepartment: groupReach(ctx.departments, ctx.departmentSize, mc, 1),
    whatIf,
  };
}

/**
 * Simulates a campaign seeded at `seeds` (person ids) under IC and/or LT.
 * @example
 * const sim = simulateCampaign({ csr, index, people, communities, seeds: plan.ambassadors.map((a) => a.id) });
 */
export function simulateCampaign(input: SimulateInput): SimulationResult {
  const parsed = simulateOptionsSchema.safeParse(input.options ?? {});
  if (!parsed.success)
    throw new InputError(`campaign/simulate: invalid options: ${formatIssues(parsed.error)}`);
  const o = parsed.data;
  const ctx = createCampaignContext(input);
  const g = createInfluenceGraph(input.csr, { alpha: o.alpha, pMax: o.pMax });
  const { nodes, unknown } = resolveIds(ctx, input.seeds);
  const variants: { change: 'remove' | 'add'; person: string; node: number }[] = [];
  for (const [change, list] of [
    ['remove', o.remove],
    ['add', o.add],
  ] as const) {
    for (const person of list) {
      const node = ctx.indexOf.get(person);
      if (node === undefined) unknown.push(person);
      else variants.push({ change, person, node });
    }
  }
  return {
    seeds: nodes.map((v) => ctx.ids[v]),
    unknown,
    people: ctx.n,
    models: o.models.map((m) => simulateModel(g, ctx, nodes, m, o, variants)),
  };
}
