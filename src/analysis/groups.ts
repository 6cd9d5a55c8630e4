/**
 * Interest groups
 *
 * Describes each community: leaders and bridges, department composition (how far it cuts across the
 * formal structure), cohesion, topic mix (preferences), stance towards targets (loyalties) and
 * distinctive keywords.
 */
import type { Person, StanceRow, Tie } from '../store/index.js';
import type { CommunityResult, PersonResult, StanceSummary } from './types.js';

export interface GroupInput {
  readonly people: readonly PersonResult[];
  readonly directory: ReadonlyMap<string, Person>;
  readonly ties: readonly Tie[];
  readonly participation: ReadonlyMap<string, number>;
  readonly stance: readonly StanceRow[];
  /** Keywords per community id, when term counts are available. */
  readonly keywords?: ReadonlyMap<number, readonly string[]>;
}

/** Adds `value` to `map[key]`. */
function add(map: Record<string, number>, key: string, value: number): void {
  map[key] = (map[key] ?? 0) + value;
}

/** Mean stance per target from per-person sums. */
export function summarizeStance(rows: readonly StanceRow[]): Record<string, StanceSummary> {
  const sum: Record<string, number> = {};
  const mentions: Record<string, number> = {};
  for (const r of rows) {
    add(sum, r.target, r.scoreSum);
    add(mentions, r.target, r.mentions);
  }
  return Object.fromEntries(
    Object.keys(sum).map((t) => [
      t,
      { score: mentions[t] > 0 ? sum[t] / mentions[t] : 0, mentions: mentions[t] },
    ]),
  );
}

function cohesion(members: ReadonlySet<string>, ties: readonly Tie[]): number {
  let inside = 0;
  let total = 0;
  for (const t of ties) {
    const s = members.has(t.source);
    const d = members.has(t.target);
    if (s || d) total += t.weight;
    if (s && d) inside += t.weight;
  }
  return total > 0 ? inside / total : 0;
}

function describe(id: number, members: readonly PersonResult[], input: GroupInput): CommunityResult {
  const ids = new Set(members.map((m) => m.id));
  const departments: Record<string, number> = {};
  const topics: Record<string, number> = {};
  for (const m of members) {
    add(departments, input.directory.get(m.id)?.department ?? '—', 1);
    for (const [t, v] of Object.entries(m.topics ?? {})) add(topics, t, v);
  }
  const topicTotal = Object.values(topics).reduce((s, v) => s + v, 0);
  const largest = Math.max(...Object.values(departments));
  const bridges = members
    .filter((m) => (input.participation.get(m.id) ?? 0) > 0.3)
    .sort((a, b) => (input.participation.get(b.id) ?? 0) - (input.participation.get(a.id) ?? 0))
    .slice(0, 3)
    .map((m) => m.id);
  return {
    id,
    size: members.length,
    members: members.map((m) => m.id),
    leaders: members.slice(0, 3).map((m) => m.id),
    bridges,
    keywords: input.keywords?.get(id) ?? [],
    topics: Object.fromEntries(
      Object.entries(topics).map(([t, v]) => [t, topicTotal > 0 ? v / topicTotal : 0]),
    ),
    stance: summarizeStance(input.stance.filter((r) => ids.has(r.personId))),
    departments,
    crossDepartment: members.length ? 1 - largest / members.length : 0,
    cohesion: cohesion(ids, input.ties),
  };
}

/** One description per community, largest first; members and leaders ordered by leader rank. */
export function describeGroups(input: GroupInput): CommunityResult[] {
  const byId = new Map<number, PersonResult[]>();
  for (const p of [...input.people].sort((a, b) => a.rank - b.rank)) {
    byId.set(p.community, [...(byId.get(p.community) ?? []), p]);
  }
  return [...byId.entries()]
    .map(([id, members]) => describe(id, members, input))
    .sort((a, b) => b.size - a.size || a.id - b.id);
}
