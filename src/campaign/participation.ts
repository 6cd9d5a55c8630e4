/**
 * Participation cells
 *
 * Counts participants within sets of people (a group, a department, an exposure band) for the
 * campaign and, when given, the comparison campaign, with Wilson intervals and the Katz interval of
 * their ratio; sets smaller than the privacy minimum are marked suppressed and their numbers hidden.
 */
import { riskDifference, riskRatio, wilson } from './stats.js';
import type { ParticipationCell, Uplift } from './types.js';

/** 1 per node that took part. */
export type Participated = Uint8Array;

export function cellOf(
  key: string,
  members: ArrayLike<number>,
  took: Participated,
  comparison: Participated | null,
  minSize = 1,
): ParticipationCell {
  let x = 0;
  let c = 0;
  for (let i = 0; i < members.length; i++) {
    x += took[members[i]];
    if (comparison) c += comparison[members[i]];
  }
  const n = members.length;
  if (n < minSize) {
    return { key, people: n, participants: 0, rate: { mean: NaN, low: NaN, high: NaN }, suppressed: true };
  }
  return {
    key,
    people: n,
    participants: x,
    rate: wilson(x, n),
    ...(comparison && {
      comparisonParticipants: c,
      comparisonRate: wilson(c, n),
      ratio: riskRatio(x, n, c, n),
    }),
  };
}

/** Members per label value (label −1 dropped). */
export function membersByLabel(label: Int32Array, groups: number): number[][] {
  const out: number[][] = Array.from({ length: groups }, () => []);
  for (let v = 0; v < label.length; v++) if (label[v] >= 0) out[label[v]].push(v);
  return out;
}

function fmt(x: number): string {
  return x >= 10 ? x.toFixed(0) : x.toFixed(1);
}

/** Uplift of `treated` over `comparison` as a ratio and difference with a plain statement. */
export function upliftOf(against: string, treated: ParticipationCell, comparison: ParticipationCell): Uplift {
  const ratio = riskRatio(treated.participants, treated.people, comparison.participants, comparison.people);
  const difference = riskDifference(
    treated.participants,
    treated.people,
    comparison.participants,
    comparison.people,
  );
  const pct = (e: number): string => `${(100 * e).toFixed(1)}%`;
  const verb = ratio.mean >= 1 ? 'rose' : 'fell';
  const statement =
    `participation ${verb} ${fmt(ratio.mean)}× against ${against} ` +
    `(${pct(treated.rate.mean)} vs ${pct(comparison.rate.mean)}; 95% CI ${fmt(ratio.low)}–${fmt(ratio.high)}×)`;
  return { against, treated, comparison, ratio, difference, statement };
}
