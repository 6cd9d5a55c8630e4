/**
 * Poisson bootstrap of aggregated ties
 *
 * Resampling messages with replacement gives each message a Poisson(1) count in the limit (the
 * Poisson bootstrap). A tie aggregated over n messages then gets the sum of n independent Poisson(1)
 * counts, which is exactly Poisson(n): so a tie can be resampled from its aggregate alone, without
 * reading the messages again. Its weight becomes weight × Poisson(n)/n, a tie drawn 0 times
 * disappears, and per-person counts (sent, replies, forwards…) are redrawn the same way.
 *
 * References:
 * - Hanley & MacGibbon (2006), "Creating non-parametric bootstrap samples using Poisson frequencies",
 *   Computer Methods and Programs in Biomedicine 83(1). doi:10.1016/j.cmpb.2006.04.006
 * - Hörmann (1993), "The transformed rejection method for generating Poisson random variables",
 *   Insurance: Mathematics and Economics 12(1) (the PTRS sampler below).
 *
 * Notes:
 * - Exact per tie; ties are drawn independently, although one message to several people feeds
 *   several ties. The correlation this ignores makes the spread slightly too small for broadcasts,
 *   which weigh 1/n each and matter little. Stated in docs/METHOD.md.
 * - weight × Poisson(n)/n assumes the messages of a tie weigh alike; the mean weight is preserved.
 */
import type { PersonActivity, Tie } from '../store/index.js';
import type { Rng } from '../shared/rng.js';

/** Below this mean, multiply uniforms (Knuth); above, transformed rejection (PTRS). */
const KNUTH_MAX_MEAN = 10;

function logFactorial(k: number): number {
  // Stirling series; exact enough for k ≥ 10, the only range PTRS asks about with large values.
  if (k < 10) {
    let s = 0;
    for (let i = 2; i <= k; i++) s += Math.log(i);
    return s;
  }
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}

function knuth(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

function ptrs(rng: Rng, mean: number): number {
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b);
    if (lhs <= -mean + k * loglam - logFactorial(k)) return k;
  }
}

/** A Poisson(mean) draw; 0 for a mean ≤ 0. */
export function poissonDraw(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  return mean < KNUTH_MAX_MEAN ? knuth(rng, mean) : ptrs(rng, mean);
}

/** One Poisson-bootstrap resample of aggregated ties; ties drawn zero times are dropped. */
export function resampleTies(ties: readonly Tie[], rng: Rng): Tie[] {
  const out: Tie[] = [];
  for (const t of ties) {
    const n = Math.max(1, t.messages);
    const drawn = poissonDraw(rng, n);
    if (drawn > 0)
      out.push({ source: t.source, target: t.target, weight: (t.weight * drawn) / n, messages: drawn });
  }
  return out;
}

/**
 * One resample of per-person counts. Broadcasts and other sent messages are drawn apart (so the
 * broadcast share stays a share), topic hits scale with the sent messages drawn; reply latency and
 * active months are kept (they are medians and spans, not sums).
 */
export function resampleActivity(activity: readonly PersonActivity[], rng: Rng): PersonActivity[] {
  return activity.map((a) => {
    const broadcasts = poissonDraw(rng, a.broadcasts);
    const sent = broadcasts + poissonDraw(rng, Math.max(0, a.sent - a.broadcasts));
    const scale = a.sent > 0 ? sent / a.sent : 0;
    const topics: Record<string, number> = {};
    for (const [k, v] of Object.entries(a.topics)) topics[k] = v * scale;
    return {
      ...a,
      sent,
      broadcasts,
      received: poissonDraw(rng, a.received),
      threadsStarted: poissonDraw(rng, a.threadsStarted),
      repliesDrawn: poissonDraw(rng, a.repliesDrawn),
      forwardsDrawn: poissonDraw(rng, a.forwardsDrawn),
      topics,
    };
  });
}
