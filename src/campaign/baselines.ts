/**
 * Baseline seed strategies
 *
 * What a campaign would do without Sociogram's plan, to compare the plan against: the k most
 * connected people (degree), the k highest by PageRank, the formal heads (lowest hierarchy level,
 * then most connected) and k people at random. All baselines respect the same eligibility
 * (opt-outs and manual exclusions) as the plan, but not its group or department constraints.
 */
import type { Rng } from '../shared/rng.js';
import { shuffle } from '../shared/rng.js';
import type { CampaignContext } from './context.js';
import type { Csr } from '../graph/types.js';
import type { PersonResult } from '../analysis/types.js';

export const BASELINES = ['top-degree', 'top-pagerank', 'formal-heads', 'random'] as const;
export type Baseline = (typeof BASELINES)[number];

/** Number of distinct arcs in and out per node (unweighted degree). */
export function totalDegree(csr: Csr): Float64Array {
  const d = new Float64Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    d[v] = csr.out.offsets[v + 1] - csr.out.offsets[v];
    if (csr.out !== csr.in) d[v] += csr.in.offsets[v + 1] - csr.in.offsets[v];
  }
  return d;
}

/** The k eligible nodes with the highest `score` (ties: higher degree, then lower index). */
export function topBy(
  score: ArrayLike<number>,
  eligible: Uint8Array,
  k: number,
  tie?: ArrayLike<number>,
): number[] {
  const nodes: number[] = [];
  for (let v = 0; v < eligible.length; v++) if (eligible[v] === 1) nodes.push(v);
  nodes.sort((a, b) => score[b] - score[a] || (tie ? tie[b] - tie[a] : 0) || a - b);
  return nodes.slice(0, k);
}

function metricScores(
  ctx: CampaignContext,
  results: readonly PersonResult[],
  metric: string,
): Float64Array | null {
  const s = new Float64Array(ctx.n).fill(-Infinity);
  let found = 0;
  for (const r of results) {
    const v = ctx.indexOf.get(r.id);
    const x = r.metrics[metric];
    if (v !== undefined && typeof x === 'number' && Number.isFinite(x)) {
      s[v] = x;
      found++;
    }
  }
  return found > 0 ? s : null;
}

/**
 * Seeds for a baseline, or null when the inputs cannot support it (no PageRank in the results,
 * no hierarchy levels in the directory).
 */
export function baselineSeeds(
  baseline: Baseline,
  ctx: CampaignContext,
  csr: Csr,
  eligible: Uint8Array,
  k: number,
  rng: Rng,
  results: readonly PersonResult[] = [],
): number[] | null {
  const degree = totalDegree(csr);
  switch (baseline) {
    case 'top-degree':
      return topBy(metricScores(ctx, results, 'degree') ?? degree, eligible, k, degree);
    case 'top-pagerank': {
      const pr = metricScores(ctx, results, 'pagerank');
      return pr ? topBy(pr, eligible, k, degree) : null;
    }
    case 'formal-heads': {
      const level = new Float64Array(ctx.n);
      let known = 0;
      ctx.person.forEach((p, v) => {
        const l = p?.level;
        if (typeof l === 'number') known++;
        level[v] = typeof l === 'number' ? -l : -Infinity;
      });
      return known > 0 ? topBy(level, eligible, k, degree) : null;
    }
    case 'random': {
      const pool: number[] = [];
      for (let v = 0; v < ctx.n; v++) if (eligible[v] === 1) pool.push(v);
      return shuffle(rng, pool).slice(0, k);
    }
  }
}
