/**
 * Campaign inputs from a workspace
 *
 * Loads what plan, simulate and evaluate need from a workspace's store and its latest analysis:
 * the directed tie graph over the analysed people (optionally focused on the campaign's topic),
 * the directory, the interest groups, the per-person results and the identity links for matching
 * outcome files. This keeps CLI commands, the server and the demo thin.
 */
import { loadAnalysis } from '../analysis/index.js';
import { buildGraph } from '../graph/index.js';
import type { Store, TieOptions } from '../store/index.js';
import type { CampaignInput } from './context.js';
import type { IdentityLinkLike } from './match-outcome.js';
import { focusTies } from './topic-focus.js';

export interface WorkspaceInputOptions {
  /** Topic id to focus the ties on (see `focusTies`). */
  readonly topic?: string | undefined;
  /** How much the topic counts, 0–1 (default 0.7). */
  readonly focus?: number | undefined;
  readonly ties?: TieOptions | undefined;
}

export interface WorkspaceCampaignInput extends CampaignInput {
  readonly identities: readonly IdentityLinkLike[];
  readonly runId: number;
  /** Ties carrying the topic (0 when no topic was asked or nobody discussed it). */
  readonly topicTies: number;
}

/** Reads the campaign inputs from a store with at least one analysis run. */
export async function loadCampaignInputs(
  store: Store,
  o: WorkspaceInputOptions = {},
): Promise<WorkspaceCampaignInput> {
  const analysis = await loadAnalysis(store);
  const [people, identities, all] = await Promise.all([
    store.listPeople(),
    store.listIdentities(),
    store.aggregateTies(o.ties),
  ]);
  const topic = o.topic ? await store.aggregateTies({ ...o.ties, topic: o.topic }) : [];
  const ties = o.topic ? focusTies(all, topic, o.focus ?? 0.7) : all;
  const nodes = analysis.people.map((p) => p.id);
  const known = new Set(nodes);
  const { csr, index } = buildGraph(
    ties.filter((t) => known.has(t.source) && known.has(t.target)),
    { directed: true, nodes },
  );
  return {
    csr,
    index,
    people: people.filter((p) => p.kind === 'staff'),
    communities: analysis.communities.map((c) => ({ id: c.id, members: c.members })),
    results: analysis.people,
    identities,
    runId: analysis.runId,
    topicTies: topic.length,
  };
}
