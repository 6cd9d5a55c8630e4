/**
 * Topic focus
 *
 * A campaign about one topic should flow along the ties where that topic is discussed. This blends
 * the general tie weights with the topic-weighted ties from `Store.aggregateTies({ topic })`:
 * w = (1 − f)·w_all / mean(w_all) + f·w_topic / mean(w_topic), so both parts are on the same scale
 * and `f` (0–1) says how much the topic counts. Ties that exist only in the general graph keep
 * their general part, so people who never discussed the topic can still be reached.
 */
import { InputError } from '../shared/errors.js';

export interface WeightedTie {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

function mean(ties: readonly WeightedTie[]): number {
  const s = ties.reduce((a, t) => a + t.weight, 0);
  return ties.length && s > 0 ? s / ties.length : 1;
}

/** Blends general and topic ties with focus `f` in [0, 1]. */
export function focusTies(
  all: readonly WeightedTie[],
  topic: readonly WeightedTie[],
  f: number,
): WeightedTie[] {
  if (!(f >= 0 && f <= 1)) throw new InputError(`campaign/topic-focus: invalid focus: ${f} (expected 0–1)`);
  const ma = mean(all);
  const mt = mean(topic);
  const out = new Map<string, { source: string; target: string; weight: number }>();
  const key = (t: WeightedTie): string => `${t.source}\u0000${t.target}`;
  for (const t of all)
    out.set(key(t), { source: t.source, target: t.target, weight: ((1 - f) * t.weight) / ma });
  for (const t of topic) {
    const e = out.get(key(t)) ?? { source: t.source, target: t.target, weight: 0 };
    e.weight += (f * t.weight) / mt;
    out.set(key(t), e);
  }
  return [...out.values()].filter((t) => t.weight > 0);
}
