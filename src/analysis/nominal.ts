/**
 * Nominal versus actual
 *
 * Compares the informal ranking with the formal hierarchy of the staff directory: formal hubs (heads
 * and people with many subordinates) who are not informal leaders, and informal leaders who hold no
 * formal position.
 */
import type { Person } from '../store/index.js';

/** Number of direct and indirect subordinates per person id. */
export function subordinateCounts(people: readonly Person[]): Map<string, number> {
  const children = new Map<string, string[]>();
  for (const p of people) {
    if (p.managerId) children.set(p.managerId, [...(children.get(p.managerId) ?? []), p.id]);
  }
  const memo = new Map<string, number>();
  const count = (id: string, seen: Set<string>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0; // a cycle in a hand-made directory: stop rather than loop
    seen.add(id);
    const total = (children.get(id) ?? []).reduce((s, c) => s + 1 + count(c, seen), 0);
    memo.set(id, total);
    return total;
  };
  for (const p of people) count(p.id, new Set());
  return memo;
}

/**
 * Formal rank per person (1 = head): by hierarchy level, then by subordinates. People without a
 * place in the hierarchy get no formal rank.
 */
export function formalRanks(people: readonly Person[]): Map<string, number> {
  const subs = subordinateCounts(people);
  const placed = people.filter(
    (p) => p.kind === 'staff' && (p.level !== undefined || (subs.get(p.id) ?? 0) > 0),
  );
  placed.sort(
    (a, b) =>
      (a.level ?? 99) - (b.level ?? 99) ||
      (subs.get(b.id) ?? 0) - (subs.get(a.id) ?? 0) ||
      a.id.localeCompare(b.id),
  );
  return new Map(placed.map((p, i) => [p.id, i + 1]));
}

export interface NominalVsActual {
  /** Formal hubs (managers) not among the top-k informal leaders. */
  readonly formalNotInformal: readonly string[];
  /** Top-k informal leaders who manage nobody. */
  readonly informalNotFormal: readonly string[];
  /** Top-k informal leaders who are also managers. */
  readonly both: readonly string[];
  /** Spearman correlation between informal rank and formal rank (managers and leaders only). */
  readonly rankCorrelation: number;
}

function spearman(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  if (n < 3) return 0;
  const rank = (xs: readonly number[]): number[] => {
    const order = xs.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
    const r = new Array<number>(n);
    order.forEach(([, i], k) => (r[i] = k));
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  const d2 = ra.reduce((s, v, i) => s + (v - rb[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/** Splits people by formal and informal standing; `ranked` is ordered best first. */
export function nominalVsActual(
  ranked: readonly string[],
  people: readonly Person[],
  k: number,
): NominalVsActual {
  const subs = subordinateCounts(people);
  const formal = formalRanks(people);
  const isManager = (id: string): boolean => (subs.get(id) ?? 0) > 0;
  const top = ranked.slice(0, k);
  const topSet = new Set(top);
  const managers = people.filter((p) => p.kind === 'staff' && isManager(p.id)).map((p) => p.id);
  const informalRank = new Map(ranked.map((id, i) => [id, i + 1]));
  const paired = managers.filter((id) => informalRank.has(id));
  return {
    formalNotInformal: managers.filter((id) => !topSet.has(id)),
    informalNotFormal: top.filter((id) => !isManager(id)),
    both: top.filter((id) => isManager(id)),
    rankCorrelation: spearman(
      paired.map((id) => formal.get(id) ?? 0),
      paired.map((id) => informalRank.get(id)!),
    ),
  };
}
