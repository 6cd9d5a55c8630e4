/**
 * Exact IC spread (test oracle)
 *
 * Enumerates every live-edge world of a tiny graph (2^arcs) to get the exact expected IC reach of a
 * seed set, and exhaustively searches all k-subsets for the optimum. Test-only; exponential.
 */
import type { InfluenceGraph } from './types.js';

/** Exact expected IC reach of `seeds` by enumerating all live-edge worlds. */
export function exactSpread(g: InfluenceGraph, seeds: readonly number[]): number {
  const { n, out } = g.csr;
  const m = out.targets.length;
  if (m > 20) throw new Error('exactSpread: too many arcs');
  let total = 0;
  for (let mask = 0; mask < 1 << m; mask++) {
    let prob = 1;
    for (let e = 0; e < m; e++) prob *= mask & (1 << e) ? g.outProb[e] : 1 - g.outProb[e];
    if (prob === 0) continue;
    const seen = new Uint8Array(n);
    const stack = [...seeds];
    for (const s of seeds) seen[s] = 1;
    let reached = seeds.length;
    while (stack.length) {
      const u = stack.pop()!;
      for (let e = out.offsets[u]; e < out.offsets[u + 1]; e++) {
        const v = out.targets[e];
        if (mask & (1 << e) && !seen[v]) {
          seen[v] = 1;
          reached++;
          stack.push(v);
        }
      }
    }
    total += prob * reached;
  }
  return total;
}

/** All k-subsets of 0..n-1. */
export function* subsets(n: number, k: number, start = 0, acc: number[] = []): Generator<number[]> {
  if (acc.length === k) {
    yield [...acc];
    return;
  }
  for (let v = start; v < n; v++) {
    acc.push(v);
    yield* subsets(n, k, v + 1, acc);
    acc.pop();
  }
}

/** The best k-subset by exact spread. */
export function exhaustiveOptimum(g: InfluenceGraph, k: number): { seeds: number[]; spread: number } {
  let best = { seeds: [] as number[], spread: -1 };
  for (const s of subsets(g.csr.n, k)) {
    const sp = exactSpread(g, s);
    if (sp > best.spread) best = { seeds: s, spread: sp };
  }
  return best;
}
