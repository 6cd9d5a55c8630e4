/**
 * Constrained greedy seed selection on RR sets
 *
 * Greedy maximum coverage: repeatedly take the node that covers the most not-yet-covered RR sets.
 * Constraints: only eligible nodes, at most `maxPerDepartment` per department, and every required
 * group gets at least one seed — when the remaining slots equal the number of required groups still
 * without a seed, the choice is restricted to nodes of those groups ("reserved slots").
 *
 * References:
 * - G. Nemhauser, L. Wolsey, M. Fisher, "An analysis of approximations for maximizing submodular set
 *   functions", Math. Programming 14, 1978 (greedy 1 − 1/e under a cardinality constraint; 1/2 under
 *   a matroid such as per-department caps).
 *
 * Notes:
 * - Without department caps and group requirements this is exactly IMM's NodeSelection.
 * - Ties break to the lower node index, so results are deterministic for a fixed RR collection.
 * - Complexity: O(k·n + total RR size) time, O(n + total RR size) memory (inverted index).
 */
import type { RrSets } from './rr-sets.js';

export interface SelectionConstraints {
  /** 1 when the node may be chosen. */
  readonly eligible: Uint8Array;
  /** Department index per node, −1 for none (no cap applies). */
  readonly department: Int32Array;
  readonly maxPerDepartment: number;
  /** Group index per node, −1 for none. */
  readonly group: Int32Array;
  /** 1 for groups that must get at least one seed. */
  readonly requiredGroups: Uint8Array;
}

export interface Selection {
  readonly seeds: Uint32Array;
  /** RR sets newly covered by each seed, in order. */
  readonly gains: Float64Array;
  /** 1 when the seed was taken to cover a required group. */
  readonly forced: Uint8Array;
  /** RR sets covered by all seeds. */
  readonly covered: number;
}

/** Everything allowed, no caps, no required groups. */
export function unconstrained(n: number): SelectionConstraints {
  return {
    eligible: new Uint8Array(n).fill(1),
    department: new Int32Array(n).fill(-1),
    maxPerDepartment: Infinity,
    group: new Int32Array(n).fill(-1),
    requiredGroups: new Uint8Array(0),
  };
}

/** Inverted index node → RR sets containing it, plus initial coverage counts. */
function invert(sets: RrSets, n: number): { off: Uint32Array; ids: Uint32Array; count: Int32Array } {
  const off = new Uint32Array(n + 1);
  for (let i = 0; i < sets.size; i++) off[sets.nodes[i] + 1]++;
  const count = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    count[v] = off[v + 1]!;
    off[v + 1] += off[v];
  }
  const cursor = off.slice(0, n);
  const ids = new Uint32Array(sets.size);
  for (let s = 0; s < sets.count; s++) {
    for (let i = sets.offsets[s]; i < sets.offsets[s + 1]; i++) ids[cursor[sets.nodes[i]]++] = s;
  }
  return { off, ids, count };
}

function pickBest(
  count: Int32Array,
  chosen: Uint8Array,
  c: SelectionConstraints,
  deptCount: Int32Array,
  onlyGroups: Uint8Array | null,
): number {
  let best = -1;
  let bestCount = -1;
  for (let v = 0; v < count.length; v++) {
    if (chosen[v] === 1 || c.eligible[v] !== 1) continue;
    const d = c.department[v];
    if (d >= 0 && deptCount[d] >= c.maxPerDepartment) continue;
    if (onlyGroups !== null) {
      const g = c.group[v];
      if (g < 0 || onlyGroups[g] !== 1) continue;
    }
    if (count[v] > bestCount) {
      bestCount = count[v]!;
      best = v;
    }
  }
  return best;
}

/** Greedy constrained maximum coverage of `sets` with up to `k` seeds. */
export function selectSeedsKernel(sets: RrSets, n: number, k: number, c: SelectionConstraints): Selection {
  const { off, ids, count } = invert(sets, n);
  const chosen = new Uint8Array(n);
  const setCovered = new Uint8Array(sets.count);
  let maxDept = 0;
  for (let v = 0; v < n; v++) maxDept = Math.max(maxDept, c.department[v] + 1);
  const deptCount = new Int32Array(maxDept);
  const open = Uint8Array.from(c.requiredGroups); // required groups still without a seed
  let openCount = open.reduce((a, b) => a + b, 0);
  const seeds: number[] = [];
  const gains: number[] = [];
  const forced: number[] = [];
  let covered = 0;
  while (seeds.length < k) {
    const mustCover = openCount > 0 && openCount >= k - seeds.length;
    let v = pickBest(count, chosen, c, deptCount, mustCover ? open : null);
    if (v < 0 && mustCover) v = pickBest(count, chosen, c, deptCount, null);
    if (v < 0) break;
    chosen[v] = 1;
    const d = c.department[v];
    if (d >= 0) deptCount[d]++;
    const g = c.group[v];
    const wasOpen = g >= 0 && open[g] === 1;
    if (wasOpen) {
      open[g] = 0;
      openCount--;
    }
    let gain = 0;
    for (let i = off[v]; i < off[v + 1]; i++) {
      const s = ids[i];
      if (setCovered[s] === 1) continue;
      setCovered[s] = 1;
      gain++;
      for (let j = sets.offsets[s]; j < sets.offsets[s + 1]; j++) count[sets.nodes[j]]--;
    }
    covered += gain;
    seeds.push(v);
    gains.push(gain);
    forced.push(mustCover && wasOpen ? 1 : 0);
  }
  return {
    seeds: Uint32Array.from(seeds),
    gains: Float64Array.from(gains),
    forced: Uint8Array.from(forced),
    covered,
  };
}
