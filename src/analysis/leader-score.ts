/**
 * Leader score
 *
 * Combines structural, behavioural and content factors into one score per person, with an
 * explanation: each factor's raw value, the person's percentile in it and its share of the score.
 * The reasoning and references are in docs/METHOD.md.
 *
 * Notes:
 * - Factors are compared as percentile ranks, so no single heavy-tailed measure (e.g. messages
 *   received by a department head) can dominate.
 * - Negative weights are allowed: they penalise (e.g. the share of messages that are broadcasts).
 */
import { percentileRanks } from './percentile.js';
import type { ScoreFactor } from './types.js';

/** Default factor weights; a workspace may override any of them. */
export const DEFAULT_LEADER_WEIGHTS: Readonly<Record<string, number>> = {
  // structure
  pagerank: 1.0,
  kcore: 0.5,
  twoStepReach: 0.5,
  betweenness: 0.5,
  bridging: 1.0,
  contacts: 0.5,
  // behaviour
  threadsStarted: 0.75,
  repliesDrawn: 1.25,
  forwardsDrawn: 1.25,
  responsiveness: 0.25,
  consistency: 0.25,
  broadcastShare: -1.0,
  // content
  civicEngagement: 1.0,
};

export interface LeaderScoreInput {
  /** Factor name → raw value per person (all arrays aligned with `ids`). */
  readonly factors: Readonly<Record<string, ArrayLike<number>>>;
  readonly ids: readonly string[];
  readonly weights?: Readonly<Record<string, number>>;
  /** How many factors to keep in each explanation. */
  readonly explainTop?: number;
}

export interface LeaderScore {
  readonly score: Float64Array;
  readonly rank: Int32Array;
  readonly explanations: ScoreFactor[][];
}

/** Scores every person; rank 1 is the strongest leader. Deterministic: ties broken by id. */
export function scoreLeaders(input: LeaderScoreInput): LeaderScore {
  const n = input.ids.length;
  const weights = { ...DEFAULT_LEADER_WEIGHTS, ...(input.weights ?? {}) };
  const names = Object.keys(input.factors).filter((f) => (weights[f] ?? 0) !== 0);
  const pct = new Map(names.map((f) => [f, percentileRanks(input.factors[f])]));
  const positive = names.reduce((s, f) => s + Math.max(0, weights[f]), 0) || 1;
  const score = new Float64Array(n);
  const explanations: ScoreFactor[][] = [];
  for (let i = 0; i < n; i++) {
    const parts: ScoreFactor[] = names.map((f) => {
      const p = pct.get(f)![i];
      return {
        factor: f,
        value: input.factors[f][i],
        percentile: p,
        contribution: (weights[f] * p) / 100 / positive,
      };
    });
    score[i] = Math.max(
      0,
      parts.reduce((s, p) => s + p.contribution, 0),
    );
    parts.sort(
      (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.factor.localeCompare(b.factor),
    );
    explanations.push(parts.slice(0, input.explainTop ?? 4));
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => score[b] - score[a] || input.ids[a].localeCompare(input.ids[b]),
  );
  const rank = new Int32Array(n);
  order.forEach((idx, r) => (rank[idx] = r + 1));
  return { score, rank, explanations };
}
