/**
 * Aggregation of message features
 *
 * Loyalty and interest per person or group: stance towards each target, topic profile and mean
 * sentiment, always with the counts they rest on, so "loyalty +0.6" never hides that it comes from
 * two mentions.
 *
 * Notes:
 * - `score` is the mention-weighted mean of message stance scores; `shrunk` pulls it towards 0 by
 *   `priorMentions` pseudo-mentions (score·m/(m+k)), a simple guard against small samples.
 * - A message counts as positive/negative towards a target when its score is beyond ±`neutralBand`.
 */
import type { StanceHit, TextFeatures } from './types.js';

export interface StanceAggregate {
  readonly score: number;
  readonly shrunk: number;
  readonly mentions: number;
  readonly messages: number;
  readonly positive: number;
  readonly negative: number;
  readonly neutral: number;
}

export interface TopicAggregate {
  /** Messages with a hit on the topic. */
  readonly messages: number;
  /** Sum of the topic's hit scores. */
  readonly score: number;
  /** `messages` divided by all messages aggregated. */
  readonly share: number;
}

export interface FeatureSummary {
  readonly messages: number;
  readonly tokens: number;
  /** Mean message sentiment over messages with any sentiment word (`sentimentMessages`). */
  readonly sentiment: number;
  readonly sentimentMessages: number;
  readonly languages: Record<string, number>;
  readonly topics: Record<string, TopicAggregate>;
  readonly stance: Record<string, StanceAggregate>;
}

export interface AggregateOptions {
  readonly priorMentions?: number;
  readonly neutralBand?: number;
}

export const AGGREGATE_DEFAULTS = { priorMentions: 3, neutralBand: 0.05 } as const;

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Aggregates stance hits of many messages, per target.
 * @example
 * aggregateStance([{ stance: { head: { score: 0.5, mentions: 1 } } }, { stance: { head: { score: -0.1, mentions: 2 } } }]);
 * // { head: { score: 0.1, mentions: 3, messages: 2, positive: 1, negative: 1, … } }
 */
export function aggregateStance(
  features: readonly { readonly stance: Readonly<Record<string, StanceHit>> }[],
  options: AggregateOptions = {},
): Record<string, StanceAggregate> {
  const k = options.priorMentions ?? AGGREGATE_DEFAULTS.priorMentions;
  const band = options.neutralBand ?? AGGREGATE_DEFAULTS.neutralBand;
  const acc = new Map<
    string,
    { sum: number; mentions: number; messages: number; pos: number; neg: number }
  >();
  for (const f of features) {
    for (const [target, hit] of Object.entries(f.stance)) {
      if (!(hit.mentions > 0) || !Number.isFinite(hit.score)) continue;
      const a = acc.get(target) ?? { sum: 0, mentions: 0, messages: 0, pos: 0, neg: 0 };
      a.sum += hit.score * hit.mentions;
      a.mentions += hit.mentions;
      a.messages++;
      if (hit.score > band) a.pos++;
      else if (hit.score < -band) a.neg++;
      acc.set(target, a);
    }
  }
  const out: Record<string, StanceAggregate> = {};
  for (const [target, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) {
    const score = a.sum / a.mentions;
    out[target] = {
      score: round(score),
      shrunk: round((score * a.mentions) / (a.mentions + k)),
      mentions: a.mentions,
      messages: a.messages,
      positive: a.pos,
      negative: a.neg,
      neutral: a.messages - a.pos - a.neg,
    };
  }
  return out;
}

/** Topic profile of many messages: per topic, messages with a hit, total score and share. */
export function aggregateTopics(
  features: readonly { readonly topics: Readonly<Record<string, number>> }[],
): Record<string, TopicAggregate> {
  const acc = new Map<string, { messages: number; score: number }>();
  for (const f of features) {
    for (const [topic, score] of Object.entries(f.topics)) {
      if (!(score > 0)) continue;
      const a = acc.get(topic) ?? { messages: 0, score: 0 };
      a.messages++;
      a.score += score;
      acc.set(topic, a);
    }
  }
  const out: Record<string, TopicAggregate> = {};
  const n = Math.max(1, features.length);
  for (const [topic, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) {
    out[topic] = { messages: a.messages, score: round(a.score), share: round(a.messages / n) };
  }
  return out;
}

/** Summary of many messages' features: counts, languages, mean sentiment, topics and stance. */
export function summarizeFeatures(
  features: readonly TextFeatures[],
  options: AggregateOptions = {},
): FeatureSummary {
  const languages: Record<string, number> = {};
  let tokens = 0;
  let sentimentSum = 0;
  let sentimentMessages = 0;
  for (const f of features) {
    languages[f.lang] = (languages[f.lang] ?? 0) + 1;
    tokens += f.tokenCount;
    if (f.sentiment !== 0 && Number.isFinite(f.sentiment)) {
      sentimentSum += f.sentiment;
      sentimentMessages++;
    }
  }
  return {
    messages: features.length,
    tokens,
    sentiment: sentimentMessages === 0 ? 0 : round(sentimentSum / sentimentMessages),
    sentimentMessages,
    languages,
    topics: aggregateTopics(features),
    stance: aggregateStance(features, options),
  };
}

/**
 * Groups features by a key (a person, an interest group, a period) and summarises each group.
 * @example
 * summarizeBy(rows, (r) => r.personId); // Map { 'p1' => { messages: 12, stance: { head: … } }, … }
 */
export function summarizeBy<T extends TextFeatures>(
  features: readonly T[],
  keyOf: (f: T) => string,
  options: AggregateOptions = {},
): Map<string, FeatureSummary> {
  const groups = new Map<string, T[]>();
  for (const f of features) {
    const key = keyOf(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out = new Map<string, FeatureSummary>();
  for (const [key, list] of groups) out.set(key, summarizeFeatures(list, options));
  return out;
}
