/**
 * Analysis data cache
 *
 * Loads the latest stored analysis run (people, communities, edges) and the people directory once,
 * and keeps presented (pseudonymous) views of them, so a request only slices a ready list. The cache
 * follows the store: it re-checks the latest run id at most once a second and is dropped when a job
 * finishes or privacy settings change.
 */
import type { CommunityResult, EdgeResult, PersonResult } from '../analysis/index.js';
import { loadDirectory, type Directory, type PrivacyPolicy } from '../privacy/index.js';
import { NotFoundError } from '../shared/errors.js';
import type { AnalysisRun, Store } from '../store/index.js';

export interface AnalysisView {
  readonly run: AnalysisRun;
  /** By rank, opted-out people removed. */
  readonly persons: readonly PersonResult[];
  readonly personById: ReadonlyMap<string, PersonResult>;
  readonly groups: readonly CommunityResult[];
  readonly edges: readonly EdgeResult[];
  readonly directory: Directory;
  /** Pseudonym → person id (for `/people/:id` lookups). */
  readonly byPseudonym: ReadonlyMap<string, string>;
  /** Memoizes a derived value for this run (presented lists, group maps). */
  memo<T>(key: string, build: () => T): T;
  /** Memoizes a serialized response body, up to a bounded number of distinct keys. */
  memoJson(key: string, build: () => unknown): string;
}

export interface AnalysisData {
  /** The latest run's view; NotFoundError when nothing was analysed yet. */
  view(): Promise<AnalysisView>;
  /** The view of one stored run (earlier runs are kept for a few requests); NotFoundError if absent. */
  viewOf(runId: number): Promise<AnalysisView>;
  invalidate(): void;
}

const RECHECK_MS = 1000;
const MAX_JSON_ENTRIES = 512;
/** Earlier runs' views kept at once (each holds a run's people, groups and edges). */
const MAX_EARLIER_VIEWS = 3;

async function loadView(store: Store, policy: PrivacyPolicy, run: AnalysisRun): Promise<AnalysisView> {
  const [personRows, groupRows, edgeRows, directory] = await Promise.all([
    store.analysisRows(run.id, 'person'),
    store.analysisRows(run.id, 'community'),
    store.analysisRows(run.id, 'edge'),
    loadDirectory(store),
  ]);
  policy.bindIdentities(await store.listIdentities());
  const persons = personRows
    .map((r) => r.data as PersonResult)
    .filter((p) => !policy.isOptedOut(p.id))
    .sort((a, b) => a.rank - b.rank);
  const byPseudonym = new Map(persons.map((p) => [policy.pseudonym(p.id), p.id]));
  const memo = new Map<string, unknown>();
  const json = new Map<string, string>();
  return {
    run,
    persons,
    personById: new Map(persons.map((p) => [p.id, p])),
    groups: groupRows.map((r) => r.data as CommunityResult),
    edges: edgeRows
      .map((r) => r.data as EdgeResult)
      .filter((e) => !policy.isOptedOut(e.source) && !policy.isOptedOut(e.target)),
    directory,
    byPseudonym,
    memo<T>(key: string, build: () => T): T {
      if (!memo.has(key)) memo.set(key, build());
      return memo.get(key) as T;
    },
    memoJson(key, build) {
      const hit = json.get(key);
      if (hit !== undefined) return hit;
      const body = JSON.stringify(build());
      // NOTE: bounded so that many distinct queries (offsets, limits) cannot grow memory without end.
      if (json.size < MAX_JSON_ENTRIES) json.set(key, body);
      return body;
    },
  };
}

/**
 * Creates the cache over a store; `policy` is read on every load so setting changes apply.
 *
 * Notes:
 * - Stale-while-revalidate: once a view exists, requests get it at once and the latest-run check runs
 *   in the background, so a slow store query never sits in a request's path.
 * - `invalidate` bumps a generation, so a load started before it cannot install an outdated view.
 */
export function createAnalysisData(
  store: Store,
  policy: () => PrivacyPolicy,
  now: () => number = Date.now,
): AnalysisData {
  let last: AnalysisView | null = null;
  let checkedAt = 0;
  let generation = 0;
  let loading: Promise<AnalysisView> | null = null;
  const earlier = new Map<number, Promise<AnalysisView>>();
  const loadEarlier = async (runId: number): Promise<AnalysisView> => {
    const run = (await store.listAnalysisRuns()).find((r) => r.id === runId);
    if (!run) throw new NotFoundError(`server/data: no analysis run ${runId}`);
    return loadView(store, policy(), run);
  };
  const refresh = async (gen: number): Promise<AnalysisView> => {
    const run = await store.latestAnalysis();
    if (!run)
      throw new NotFoundError('server/data: no analysis yet (run an analysis job or `sociogram analyze`)');
    if (last && last.run.id === run.id) return last;
    const view = await loadView(store, policy(), run);
    if (gen === generation) last = view;
    return view;
  };
  const load = (): Promise<AnalysisView> => {
    // Single flight: concurrent requests share one load (one DuckDB connection underneath).
    const gen = generation;
    loading ??= refresh(gen).finally(() => {
      if (gen === generation) loading = null;
    });
    return loading;
  };
  const view = (): Promise<AnalysisView> => {
    if (last) {
      if (now() - checkedAt >= RECHECK_MS) {
        checkedAt = now();
        load().catch(() => undefined);
      }
      return Promise.resolve(last);
    }
    checkedAt = now();
    return load();
  };
  return {
    view,
    async viewOf(runId) {
      const latest = await view();
      if (latest.run.id === runId) return latest;
      let hit = earlier.get(runId);
      if (!hit) {
        hit = loadEarlier(runId);
        hit.catch(() => earlier.delete(runId));
        // NOTE: oldest-inserted first out: a Map iterates in insertion order.
        if (earlier.size >= MAX_EARLIER_VIEWS) earlier.delete(earlier.keys().next().value as number);
        earlier.set(runId, hit);
      }
      return hit;
    },
    invalidate() {
      earlier.clear();
      generation++;
      last = null;
      loading = null;
      checkedAt = 0;
    },
  };
}
