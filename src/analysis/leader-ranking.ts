/**
 * Leader ranking
 *
 * The scoring core of an analysis run: from people, ties and activity to the graph, the communities,
 * the leader factors and the ranked scores. `analyzeGraph` adds groups, roles and the formal
 * comparison on top; the stability analysis calls this alone, many times, on varied ties.
 *
 * Notes:
 * - A fixed `membership` (person id → community) skips community detection: bootstrap resamples
 *   keep the baseline partition, so their spread measures tie noise, not Louvain's (see METHOD.md).
 * - The one rng is drawn from in a fixed order (Louvain, then sampled betweenness on large graphs),
 *   so a seed gives the same run as before this was split out of analyze.ts.
 */
import { buildGraph, louvainKernel, rolesKernel, type BuiltGraph } from '../graph/index.js';
import type { Person, PersonActivity, Tie } from '../store/index.js';
import { createRng } from '../shared/rng.js';
import { computeFactors } from './factors.js';
import { scoreLeaders, type LeaderScore } from './leader-score.js';

const MONTH_MS = 2_629_746_000;

export interface RankingInput {
  readonly people: readonly Person[];
  readonly ties: readonly Tie[];
  readonly activity: readonly PersonActivity[];
  readonly period: { readonly from: number; readonly to: number } | null;
}

export interface RankingOptions {
  readonly weights?: Readonly<Record<string, number>> | undefined;
  readonly resolution?: number | undefined;
  readonly seed?: number | undefined;
  /** Keep this partition instead of detecting communities (ids not in it get their own group). */
  readonly membership?: ReadonlyMap<string, number> | undefined;
}

export interface LeaderRanking {
  readonly nodes: Person[];
  readonly ids: string[];
  readonly directed: BuiltGraph;
  readonly undirected: BuiltGraph;
  readonly membership: Int32Array;
  readonly modularity: number;
  readonly roles: ReturnType<typeof rolesKernel>;
  readonly factors: Record<string, Float64Array>;
  readonly scored: LeaderScore;
  readonly activity: ReadonlyMap<string, PersonActivity>;
}

/** People in the graph: all staff, plus external contacts with at least one tie. */
export function graphNodes(people: readonly Person[], ties: readonly Tie[]): Person[] {
  const touched = new Set<string>();
  for (const t of ties) {
    touched.add(t.source);
    touched.add(t.target);
  }
  return people.filter((p) => p.kind === 'staff' || (p.kind === 'external' && touched.has(p.id)));
}

function fixedMembership(ids: readonly string[], given: ReadonlyMap<string, number>): Int32Array {
  // A loop, not Math.max(...values): spreading a large map overflows the call stack.
  let next = 0;
  for (const c of given.values()) if (c >= next) next = c + 1;
  return Int32Array.from(ids, (id) => given.get(id) ?? next++);
}

/** Builds the graph and scores every node; rank 1 is the strongest leader. */
export function rankLeaders(input: RankingInput, options: RankingOptions = {}): LeaderRanking {
  const nodes = graphNodes(input.people, input.ties);
  const ids = nodes.map((p) => p.id);
  const rng = createRng(options.seed ?? 1);
  const directed = buildGraph(input.ties, { directed: true, nodes: ids });
  const undirected = buildGraph(input.ties, { directed: false, nodes: ids });
  const { membership, modularity } = options.membership
    ? { membership: fixedMembership(ids, options.membership), modularity: Number.NaN }
    : louvainKernel(undirected.csr, { resolution: options.resolution ?? 1, rng });
  const roles = rolesKernel(undirected.csr, membership, { weighted: true });
  const activity = new Map(input.activity.map((a) => [a.personId, a]));
  const months = input.period ? Math.max(1, Math.round((input.period.to - input.period.from) / MONTH_MS)) : 0;
  const factors = computeFactors({
    ids,
    directed: directed.csr,
    undirected: undirected.csr,
    participation: roles.participation,
    activity,
    months,
    rng,
  });
  const scored = scoreLeaders({ factors, ids, ...(options.weights ? { weights: options.weights } : {}) });
  return { nodes, ids, directed, undirected, membership, modularity, roles, factors, scored, activity };
}

/** Person ids ordered by rank (best first). */
export function rankedIds(ranking: Pick<LeaderRanking, 'ids' | 'scored'>): string[] {
  const out = new Array<string>(ranking.ids.length);
  ranking.ids.forEach((id, i) => (out[ranking.scored.rank[i] - 1] = id));
  return out;
}
