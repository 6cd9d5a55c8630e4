/**
 * Analyse a workspace
 *
 * The analysis run: aggregate ties in the store, build the graph, compute structural measures and
 * communities, combine them with behaviour and content into explained leader scores, describe the
 * interest groups, compare with the formal hierarchy, and save the run. I/O is at the edges (store in,
 * store out); `analyzeGraph` in the middle is pure.
 */
import type {
  AnalysisResultRow,
  Person,
  PersonActivity,
  StanceRow,
  Store,
  Tie,
  TieOptions,
} from '../store/index.js';
import { SILENT_PROGRESS, type Progress } from '../shared/progress.js';
import { describeGroups, summarizeStance } from './groups.js';
import { rankLeaders } from './leader-ranking.js';
import { groupKeywords, nameWords } from './keywords.js';
import { formalRanks, nominalVsActual } from './nominal.js';
import { assignRoles } from './roles.js';
import type { AnalysisSummary, CommunityResult, EdgeResult, PersonResult } from './types.js';

export interface AnalyzeOptions {
  readonly ties?: TieOptions;
  readonly weights?: Readonly<Record<string, number>>;
  readonly resolution?: number;
  readonly seed?: number;
  readonly progress?: Progress;
  /** How many top leaders the nominal-vs-actual comparison looks at (default 5% of people, at least 5). */
  readonly topK?: number;
}

export interface AnalysisInput {
  readonly people: readonly Person[];
  readonly ties: readonly Tie[];
  readonly activity: readonly PersonActivity[];
  readonly stance: readonly StanceRow[];
  readonly period: { readonly from: number; readonly to: number } | null;
  readonly keywords?: (
    groups: ReadonlyMap<number, readonly string[]>,
  ) => ReadonlyMap<number, readonly string[]>;
}

export interface AnalysisOutput {
  readonly summary: AnalysisSummary;
  readonly people: PersonResult[];
  readonly communities: CommunityResult[];
  readonly edges: EdgeResult[];
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

/** Pure part of the analysis: from people, ties and activity to scored, explained results. */
export function analyzeGraph(input: AnalysisInput, options: AnalyzeOptions = {}): AnalysisOutput {
  const { nodes, ids, membership, modularity, roles, factors, scored, activity } = rankLeaders(
    input,
    options,
  );
  const roleNames = assignRoles({
    gaRole: roles.role,
    participation: roles.participation,
    betweenness: factors.betweenness,
    contacts: factors.contacts,
  });
  const formal = formalRanks(input.people);
  const stanceByPerson = groupBy(input.stance, (r) => r.personId);
  const people: PersonResult[] = nodes.map((p, i) => ({
    id: p.id,
    label: p.name,
    department: p.department,
    position: p.position,
    community: membership[i],
    score: scored.score[i],
    rank: scored.rank[i],
    metrics: Object.fromEntries(
      Object.entries(factors).map(([k, v]) => [k, Number.isFinite(v[i]) ? v[i] : 0]),
    ),
    explanation: scored.explanations[i],
    role: roleNames[i],
    formalRank: formal.get(p.id),
    topics: activity.get(p.id)?.topics ?? {},
    stance: summarizeStance(stanceByPerson.get(p.id) ?? []),
  }));
  people.sort((a, b) => a.rank - b.rank);
  const participation = new Map(ids.map((id, i) => [id, roles.participation[i]]));
  const directory = new Map(input.people.map((p) => [p.id, p]));
  const draft = describeGroups({ people, directory, ties: input.ties, participation, stance: input.stance });
  const keywords = input.keywords?.(new Map(draft.map((c) => [c.id, c.members])));
  const communities = keywords
    ? describeGroups({ people, directory, ties: input.ties, participation, stance: input.stance, keywords })
    : draft;
  const k = options.topK ?? Math.max(5, Math.round(ids.length * 0.05));
  return {
    summary: {
      people: ids.length,
      edges: input.ties.length,
      communities: communities.length,
      modularity,
      period: input.period,
      nominalVsActual: {
        k,
        ...nominalVsActual(
          people.map((p) => p.id),
          input.people,
          k,
        ),
      },
    },
    people,
    communities,
    edges: input.ties.map((t) => ({ source: t.source, target: t.target, weight: t.weight })),
  };
}

/**
 * Reads what `analyzeGraph` needs from the store for the time range in `options.ties` (the whole
 * data when open). `period` is the span the analysis describes (for the consistency factor).
 * @internal
 */
export async function loadAnalysisInput(
  store: Store,
  options: AnalyzeOptions,
  period?: { readonly from: number; readonly to: number } | null,
): Promise<AnalysisInput & { readonly activity: readonly PersonActivity[] }> {
  const range = { from: options.ties?.from, to: options.ties?.to };
  const [people, ties, activity, stance, terms, status] = await Promise.all([
    store.listPeople(),
    store.aggregateTies(options.ties),
    store.personActivity(range),
    store.stanceByPerson(range),
    store.termsByPerson(range),
    period === undefined ? store.status() : Promise.resolve(null),
  ]);
  return {
    people,
    ties,
    activity,
    stance,
    period: period === undefined ? (status?.period ?? null) : period,
    keywords: (groups) => groupKeywords(terms, groups, nameWords(people.map((p) => p.name))),
  };
}

/**
 * Computes the analysis of a workspace's store (within `options.ties.from/to` when given) without
 * saving it: for reports and comparisons of periods that must not become the latest run.
 */
export async function computeWorkspaceAnalysis(
  store: Store,
  options: AnalyzeOptions = {},
): Promise<AnalysisOutput> {
  const range = { from: options.ties?.from, to: options.ties?.to };
  const status = await store.status();
  return analyzeGraph(await loadAnalysisInput(store, options, clampPeriod(status.period, range)), options);
}

/** The data's period cut to the requested range (a window shows its own bounds, not the data's). */
function clampPeriod(
  period: { from: number; to: number } | null,
  range: { from?: number | undefined; to?: number | undefined },
): { from: number; to: number } | null {
  if (!period) return null;
  const from = range.from !== undefined ? Math.max(period.from, range.from) : period.from;
  const to = range.to !== undefined ? Math.min(period.to, range.to) : period.to;
  return from <= to ? { from, to } : null;
}

/** The stored rows of an analysis: one per person, community and edge. @internal */
export function analysisResultRows(output: AnalysisOutput): AnalysisResultRow[] {
  return [
    ...output.people.map((p) => ({ kind: 'person', key: p.id, data: p })),
    ...output.communities.map((c) => ({ kind: 'community', key: String(c.id), data: c })),
    ...output.edges.map((e) => ({ kind: 'edge', key: `${e.source}>${e.target}`, data: e })),
  ];
}

/** The params a run is stored with (what the analysis depended on besides the data). @internal */
export function analysisRunParams(options: AnalyzeOptions): Record<string, unknown> {
  return {
    ties: options.ties ?? {},
    weights: options.weights ?? {},
    resolution: options.resolution ?? 1,
    seed: options.seed ?? 1,
  };
}

/** Runs the analysis on a workspace's store and saves it as a new analysis run. */
export async function analyzeWorkspace(
  store: Store,
  options: AnalyzeOptions = {},
): Promise<{ runId: number; output: AnalysisOutput }> {
  const progress = options.progress ?? SILENT_PROGRESS;
  progress.start('analyse', 3, 'steps');
  const input = await loadAnalysisInput(store, options);
  progress.update(1);
  const output = analyzeGraph(input, options);
  progress.update(2);
  const runId = await store.saveAnalysis(
    analysisRunParams(options),
    output.summary,
    analysisResultRows(output),
  );
  progress.update(3);
  progress.stop();
  return { runId, output };
}
