/**
 * Fairness view of a workspace
 *
 * Reads the latest analysis run and the directory and hands them to the pure `leaderFairness`.
 */
import type { Store } from '../store/index.js';
import { leaderFairness, type FairnessReport } from './fairness.js';
import { loadAnalysis } from './load.js';

export async function workspaceFairness(
  store: Store,
  options: { readonly k: number; readonly minGroupSize: number },
): Promise<FairnessReport & { readonly runId: number }> {
  const [analysis, people] = await Promise.all([loadAnalysis(store), store.listPeople()]);
  const report = leaderFairness(
    analysis.people.map((p) => p.id),
    people,
    options,
  );
  return { runId: analysis.runId, ...report };
}
