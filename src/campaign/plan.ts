/**
 * Campaign plan
 *
 * `planCampaign` chooses k ambassadors with IMM under the plan's constraints (eligibility, one per
 * large interest group, a cap per department, an optional randomised hold-out arm) and compares the
 * plan's expected reach with the baselines (top degree, top PageRank, formal heads, random) by
 * Monte Carlo independent-cascade runs with 95% confidence intervals.
 */
import { Diagnostics } from '../shared/diagnostics.js';
import { createRng, type Rng } from '../shared/rng.js';
import { baselineSeeds } from './baselines.js';
import { createCampaignContext, type CampaignContext, type CampaignInput } from './context.js';
import { createInfluenceGraph } from './edge-probabilities.js';
import { buildEligibility, excludeGroups, requiredGroups } from './eligibility.js';
import { drawHeldOutGroups, selectionSizeForHoldout, splitHeldOutAmbassadors } from './holdout.js';
import { imm, type ImmResult } from './imm.js';
import { monteCarloKernel } from './monte-carlo.js';
import { resolvePlanOptions, type PlanOptions, type PlanOptionsInput } from './plan-options.js';
import { sampleInterval } from './stats.js';
import type { Ambassador, CampaignPlan, Holdout, InfluenceGraph, StrategyReach } from './types.js';

export interface PlanInput extends CampaignInput {
  readonly options: PlanOptionsInput;
}

function ambassadorsOf(ctx: CampaignContext, sel: ImmResult, briefed: ReadonlySet<number>): Ambassador[] {
  const out: Ambassador[] = [];
  for (let i = 0; i < sel.seeds.length; i++) {
    const v = sel.seeds[i];
    if (!briefed.has(v)) continue;
    const p = ctx.person[v];
    const c = ctx.community[v];
    out.push({
      id: ctx.ids[v],
      name: p?.name,
      department: p?.department,
      group: c >= 0 ? ctx.communityIds[c] : undefined,
      order: out.length + 1,
      marginalReach: (ctx.n * sel.gains[i]) / sel.rrSets,
      reason: sel.forced[i] === 1 ? 'group-cover' : 'reach',
    });
  }
  return out;
}

/** Monte Carlo IC reach of each strategy's seeds, with 95% CIs (same run count for all). */
export function compareStrategies(
  g: InfluenceGraph,
  ctx: CampaignContext,
  strategies: readonly { strategy: string; seeds: readonly number[] }[],
  runs: number,
  rng: Rng,
): StrategyReach[] {
  return strategies.map(({ strategy, seeds }) => ({
    strategy,
    seeds: seeds.map((v) => ctx.ids[v]),
    reach: sampleInterval(monteCarloKernel(g, seeds, 'ic', runs, rng).reach),
  }));
}

function baselineStrategies(
  o: PlanOptions,
  input: CampaignInput,
  ctx: CampaignContext,
  eligible: Uint8Array,
  k: number,
  rng: Rng,
  warnings: string[],
): { strategy: string; seeds: number[] }[] {
  const out: { strategy: string; seeds: number[] }[] = [];
  for (const b of o.baselines) {
    const seeds = baselineSeeds(b, ctx, input.csr, eligible, k, rng, input.results);
    if (seeds) out.push({ strategy: b, seeds });
    else
      warnings.push(
        `baseline ${b} skipped: the inputs have no ${b === 'top-pagerank' ? 'PageRank' : 'hierarchy levels'}`,
      );
  }
  return out;
}

/**
 * Plans a campaign: k ambassadors by IMM under constraints, compared with baselines.
 * @example
 * const plan = planCampaign({ csr, index, people, communities, options: { k: 20, minGroupSize: 10 } });
 */
export function planCampaign(input: PlanInput): CampaignPlan {
  const o = resolvePlanOptions(input.options);
  const ctx = createCampaignContext(input);
  const g = createInfluenceGraph(input.csr, { alpha: o.alpha, pMax: o.pMax });
  const rng = createRng(o.seed);
  const diag = new Diagnostics();
  const warnings: string[] = [];
  const eligible = buildEligibility(ctx, o.exclude, diag);
  const heldOutGroups =
    o.holdout?.unit === 'group'
      ? drawHeldOutGroups(ctx, o.holdout.share, o.minGroupSize, rng)
      : new Set<number>();
  excludeGroups(ctx, eligible, heldOutGroups);
  const { required, uncoverable } = requiredGroups(ctx, eligible, o.minGroupSize, heldOutGroups);
  for (const c of uncoverable) warnings.push(`group ${ctx.communityIds[c]} has no eligible ambassador`);
  const eligibleCount = eligible.reduce((a, b) => a + b, 0);
  const k = Math.min(o.k, eligibleCount);
  if (k < o.k) warnings.push(`k = ${o.k} is larger than the ${eligibleCount} eligible people; planning ${k}`);
  const groupsNeeded = required.reduce((a, b) => a + b, 0);
  if (groupsNeeded > k)
    warnings.push(`${groupsNeeded} groups need an ambassador but k = ${k}; not all get one`);
  if (k === 0) return emptyPlan(o, warnings, diag);
  const kSelect =
    o.holdout?.unit === 'ambassador'
      ? Math.min(eligibleCount, selectionSizeForHoldout(k, o.holdout.share))
      : k;
  const constraints = {
    eligible,
    department: ctx.department,
    maxPerDepartment: o.maxPerDepartment ?? Infinity,
    group: ctx.community,
    requiredGroups: required,
  };
  const t0 = performance.now();
  const sel = imm(g, { k: kSelect, epsilon: o.epsilon, ell: o.ell, rng, constraints });
  const millis = performance.now() - t0;
  if (sel.seeds.length < kSelect) warnings.push(`only ${sel.seeds.length} ambassadors fit the constraints`);
  if (sel.capped) warnings.push('IMM hit its RR-set cap: the approximation guarantee is weaker than asked');
  const split =
    o.holdout?.unit === 'ambassador'
      ? splitHeldOutAmbassadors([...sel.seeds], k, rng)
      : { briefed: [...sel.seeds], heldOut: [] };
  const holdout: Holdout | undefined = o.holdout && {
    unit: o.holdout.unit,
    share: o.holdout.share,
    seed: o.seed,
    heldOutAmbassadors: split.heldOut.map((v) => ctx.ids[v]),
    heldOutGroups: [...heldOutGroups].map((c) => ctx.communityIds[c]).sort((a, b) => a - b),
  };
  const strategies = [
    { strategy: 'plan', seeds: split.briefed },
    ...baselineStrategies(
      o,
      input,
      ctx,
      buildEligibility(ctx, o.exclude, new Diagnostics()),
      split.briefed.length,
      rng,
      warnings,
    ),
  ];
  return {
    k: split.briefed.length,
    requestedK: o.k,
    topic: o.topic,
    ambassadors: ambassadorsOf(ctx, sel, new Set(split.briefed)),
    comparison: compareStrategies(g, ctx, strategies, o.runs, rng),
    imm: {
      epsilon: o.epsilon,
      ell: o.ell,
      rrSets: sel.rrSets,
      lowerBound: sel.lowerBound,
      estimatedReach: sel.estimatedReach,
      millis,
    },
    holdout,
    warnings,
    diagnostics: diag.summary(),
  };
}

function emptyPlan(o: PlanOptions, warnings: string[], diag: Diagnostics): CampaignPlan {
  return {
    k: 0,
    requestedK: o.k,
    topic: o.topic,
    ambassadors: [],
    comparison: [],
    imm: { epsilon: o.epsilon, ell: o.ell, rrSets: 0, lowerBound: 0, estimatedReach: 0, millis: 0 },
    warnings,
    diagnostics: diag.summary(),
  };
}
