/**
 * Load a stored analysis
 *
 * Reads the latest analysis run back from the store in the shapes of `types.ts`.
 */
import { NotFoundError } from '../shared/errors.js';
import type { Store } from '../store/index.js';
import type { AnalysisSummary, CommunityResult, EdgeResult, PersonResult } from './types.js';

export interface LoadedAnalysis {
  readonly runId: number;
  readonly createdAt: number;
  readonly summary: AnalysisSummary;
  readonly people: PersonResult[];
  readonly communities: CommunityResult[];
  readonly edges: EdgeResult[];
}

/** The latest analysis run; NotFoundError when the workspace has never been analysed. */
export async function loadAnalysis(store: Store): Promise<LoadedAnalysis> {
  const run = await store.latestAnalysis();
  if (!run) throw new NotFoundError('analysis/load: no analysis run yet (run `sociogram analyze` first)');
  const [people, communities, edges] = await Promise.all([
    store.analysisRows(run.id, 'person'),
    store.analysisRows(run.id, 'community'),
    store.analysisRows(run.id, 'edge'),
  ]);
  return {
    runId: run.id,
    createdAt: run.createdAt,
    summary: run.summary as AnalysisSummary,
    people: people.map((r) => r.data as PersonResult).sort((a, b) => a.rank - b.rank),
    communities: communities.map((r) => r.data as CommunityResult).sort((a, b) => b.size - a.size),
    edges: edges.map((r) => r.data as EdgeResult),
  };
}
