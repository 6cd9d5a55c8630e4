/**
 * Nominated leaders
 *
 * Survey nominations ("whom do you ask for advice?") are the field method with the strongest
 * evidence for finding people who spread information. This module ranks people by how many
 * respondents named them (ties broken by PageRank on the nomination graph), compares that list with
 * the leaders computed from communication (Jaccard, precision, recall, Spearman rank correlation),
 * and blends both into one score.
 *
 * References:
 * - Banerjee, Chandrasekhar, Duflo & Jackson (2019), "Using gossips to spread information",
 *   Review of Economic Studies 86(6). doi:10.1093/restud/rdz008
 * - Kim, Hwong, Stafford et al. (2015), "Social network targeting to maximise population behaviour
 *   change", The Lancet 386(9989). doi:10.1016/S0140-6736(15)60095-2
 *
 * Notes:
 * - In-degree counts distinct respondents, over all questions unless one is chosen, so one person
 *   naming another under two questions or in two survey files counts once.
 * - The blend is (1 − w)·computed + w·nominated on percentile ranks among the analysed people, so
 *   neither scale dominates; w = 0 is the computed ranking, w = 1 the nominations alone.
 */
import { buildGraph, pagerankKernel } from '../graph/index.js';
import type { Nomination } from '../store/index.js';
import { InputError } from '../shared/errors.js';
import { percentileRanks } from './percentile.js';
import { jaccard } from './jaccard.js';

export interface NominationScores {
  readonly ids: readonly string[];
  /** Distinct respondents naming each person. */
  readonly inDegree: Float64Array;
  readonly pagerank: Float64Array;
  /** Ids ordered by in-degree, then PageRank, then id. */
  readonly ranked: readonly string[];
}

/** In-degree and PageRank of every id in the nomination graph restricted to `ids`. */
export function nominationScores(
  nominations: readonly Nomination[],
  ids: readonly string[],
  options: { readonly question?: string | undefined } = {},
): NominationScores {
  const known = new Set(ids);
  const pairs = new Map<string, { source: string; target: string; weight: number }>();
  for (const n of nominations) {
    if (options.question !== undefined && n.question !== options.question) continue;
    if (!known.has(n.respondent) || !known.has(n.nominee)) continue;
    pairs.set(`${n.respondent}\u0000${n.nominee}`, { source: n.respondent, target: n.nominee, weight: 1 });
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const inDegree = new Float64Array(ids.length);
  for (const e of pairs.values()) inDegree[index.get(e.target)!]++;
  const graph = buildGraph([...pairs.values()], { directed: true, nodes: [...ids] });
  const pagerank = pagerankKernel(graph.csr, { damping: 0.85 });
  const order = ids.map((_, i) => i);
  order.sort(
    (a, b) => inDegree[b] - inDegree[a] || pagerank[b] - pagerank[a] || ids[a].localeCompare(ids[b]),
  );
  return { ids, inDegree, pagerank, ranked: order.map((i) => ids[i]) };
}

function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] / n;
    mb += b[i] / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

export interface NominationOverlap {
  readonly k: number;
  /** Size of the nominated top list: min(k, people nominated at least once). */
  readonly nominatedK: number;
  readonly jaccard: number;
  /** Share of the computed top k that was nominated into the nominated top list. */
  readonly precision: number;
  /** Share of the nominated top list that the computed top k found. */
  readonly recall: number;
  /** Spearman correlation of computed scores and nomination counts over all analysed people. */
  readonly rankCorrelation: number;
  readonly both: readonly string[];
  readonly computedOnly: readonly string[];
  readonly nominatedOnly: readonly string[];
}

/** Compares the computed leader list (ids best first, with scores) with the nominated one. */
export function compareNominations(
  computed: readonly { readonly id: string; readonly score: number }[],
  scores: NominationScores,
  k: number,
): NominationOverlap {
  const computedTop = computed.slice(0, k).map((p) => p.id);
  const nominatedCount = scores.inDegree.filter((d) => d > 0).length;
  const nominatedTop = scores.ranked.slice(0, Math.min(k, nominatedCount));
  const inNominated = new Set(nominatedTop);
  const inComputed = new Set(computedTop);
  const both = computedTop.filter((id) => inNominated.has(id));
  const index = new Map(scores.ids.map((id, i) => [id, i]));
  const shared = computed.filter((p) => index.has(p.id));
  return {
    k,
    nominatedK: nominatedTop.length,
    jaccard: jaccard(computedTop, nominatedTop),
    precision: computedTop.length ? both.length / computedTop.length : 0,
    recall: nominatedTop.length ? both.length / nominatedTop.length : 0,
    rankCorrelation: pearson(
      percentileRanks(shared.map((p) => p.score)),
      percentileRanks(shared.map((p) => scores.inDegree[index.get(p.id)!])),
    ),
    both,
    computedOnly: computedTop.filter((id) => !inNominated.has(id)),
    nominatedOnly: nominatedTop.filter((id) => !inComputed.has(id)),
  };
}

export interface BlendedPerson {
  readonly id: string;
  readonly blended: number;
  readonly rank: number;
  readonly computedPercentile: number;
  readonly nominatedPercentile: number;
  readonly nominations: number;
}

/**
 * Blends computed scores with nominations: (1 − w)·pct(computed) + w·pct(nominations), 0–100.
 * Returned best first; ties broken by the computed score, then id.
 */
export function blendWithNominations(
  computed: readonly { readonly id: string; readonly score: number }[],
  scores: NominationScores,
  w: number,
): BlendedPerson[] {
  if (!(w >= 0 && w <= 1)) {
    throw new InputError(`analysis/nominations: invalid blend weight: ${w} (expected a number from 0 to 1)`);
  }
  const index = new Map(scores.ids.map((id, i) => [id, i]));
  const counts = computed.map((p) => {
    const i = index.get(p.id);
    return i === undefined ? 0 : scores.inDegree[i];
  });
  const cp = percentileRanks(computed.map((p) => p.score));
  const np = percentileRanks(counts);
  const rows = computed.map((p, i) => ({
    id: p.id,
    score: p.score,
    blended: (1 - w) * cp[i] + w * np[i],
    computedPercentile: cp[i],
    nominatedPercentile: np[i],
    nominations: counts[i],
  }));
  rows.sort((a, b) => b.blended - a.blended || b.score - a.score || a.id.localeCompare(b.id));
  return rows.map(({ score: _score, ...r }, i) => ({ ...r, rank: i + 1 }));
}
