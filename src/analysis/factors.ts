/**
 * Leader factors
 *
 * Computes every raw factor the leader score combines, one Float64Array per factor aligned with the
 * graph's node order. Structure comes from graph kernels; behaviour and content from the store's
 * per-person activity. See docs/METHOD.md for what each factor means and why it is there.
 */
import {
  approxBetweennessKernel,
  betweennessKernel,
  kcoreKernel,
  pagerankKernel,
  twoStepReachKernel,
  type Csr,
} from '../graph/index.js';
import type { PersonActivity } from '../store/index.js';
import type { Rng } from '../shared/rng.js';

/** Above this many people, betweenness is estimated from sampled sources. */
const EXACT_BETWEENNESS_MAX_NODES = 5000;
const BETWEENNESS_SAMPLES = 1000;

export interface FactorInput {
  readonly ids: readonly string[];
  readonly directed: Csr;
  readonly undirected: Csr;
  /** Participation coefficient per node (from the community roles). */
  readonly participation: Float64Array;
  readonly activity: ReadonlyMap<string, PersonActivity>;
  /** Months covered by the data (for consistency). */
  readonly months: number;
  readonly rng: Rng;
}

/** Topic ids that count as civic engagement (everything but the off-topic classes). */
export function isCivicTopic(topic: string): boolean {
  return !topic.startsWith('offtopic');
}

function betweenness(csr: Csr, rng: Rng): Float64Array {
  if (csr.n <= EXACT_BETWEENNESS_MAX_NODES) return betweennessKernel(csr, { weight: 'strength' });
  return approxBetweennessKernel(csr, { weight: 'strength', samples: BETWEENNESS_SAMPLES, rng }).scores;
}

/** Raw factor values per node; missing activity counts as zero. */
export function computeFactors(input: FactorInput): Record<string, Float64Array> {
  const { ids, undirected, activity } = input;
  const n = ids.length;
  const per = (fn: (a: PersonActivity | undefined, i: number) => number): Float64Array =>
    Float64Array.from({ length: n }, (_, i) => fn(activity.get(ids[i]), i));
  const offsets = undirected.out.offsets;
  return {
    pagerank: pagerankKernel(input.directed, { damping: 0.85 }),
    kcore: Float64Array.from(kcoreKernel(undirected)),
    twoStepReach: Float64Array.from(twoStepReachKernel(undirected)),
    betweenness: betweenness(undirected, input.rng),
    bridging: input.participation,
    contacts: per((_, i) => offsets[i + 1] - offsets[i]),
    threadsStarted: per((a) => a?.threadsStarted ?? 0),
    repliesDrawn: per((a) => a?.repliesDrawn ?? 0),
    forwardsDrawn: per((a) => a?.forwardsDrawn ?? 0),
    // Faster answers rank higher; people who never answer rank lowest.
    responsiveness: per((a) => (a?.medianReplyMinutes == null ? -Infinity : -a.medianReplyMinutes)),
    consistency: per((a) => (input.months > 0 ? Math.min(1, (a?.activeMonths ?? 0) / input.months) : 0)),
    civicEngagement: per((a) =>
      Object.entries(a?.topics ?? {}).reduce((s, [t, v]) => (isCivicTopic(t) ? s + v : s), 0),
    ),
    broadcastShare: per((a) => (a && a.sent > 0 ? a.broadcasts / a.sent : 0)),
  };
}
