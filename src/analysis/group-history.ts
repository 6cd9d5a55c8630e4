/**
 * Group history across analysis runs
 *
 * Matches the interest groups of each run to those of the run before by shared members and names
 * what happened: a group continued, split, merged with others, was born or died. Pure: the caller
 * loads the runs' groups.
 *
 * Notes:
 * - Overlap is measured on the people present in both runs, so people who joined or left the
 *   organization do not make a stable group look like a split.
 * - Groups a and b are linked when their shared members make up at least `minShare` of either group
 *   (and at least `minOverlap` people). The linked groups form connected components; each component
 *   is one change: 0 → n birth, n → 0 death, 1 → 1 continue, 1 → n split, n → 1 merge. A tangle
 *   (n → m, both above 1) is a split when it ends with more groups than it started with, else a merge.
 * - Group ids are those of each run; they are not stable across runs, which is why matching is needed.
 */

export type GroupChangeKind = 'split' | 'merge' | 'continue' | 'birth' | 'death';

export interface GroupChange {
  /** The later of the two runs compared. */
  readonly run: number;
  readonly kind: GroupChangeKind;
  /** Group ids in the earlier run. */
  readonly from: readonly number[];
  /** Group ids in the later run. */
  readonly to: readonly number[];
}

export interface RunGroups {
  readonly run: number;
  readonly groups: readonly { readonly id: number; readonly members: readonly string[] }[];
}

export interface GroupHistoryOptions {
  /** Share of either group that the shared members must reach (default 0.3). */
  readonly minShare?: number;
  /** Fewest shared members for a link (default 2). */
  readonly minOverlap?: number;
}

export const GROUP_HISTORY_DEFAULTS = { minShare: 0.3, minOverlap: 2 } as const;

interface Side {
  readonly ids: number[];
  /** Member → group index. */
  readonly groupOf: Map<string, number>;
  /** Members present in the other run, per group. */
  readonly common: number[];
}

function side(run: RunGroups, present: (person: string) => boolean): Side {
  const groupOf = new Map<string, number>();
  const common = run.groups.map((g, i) => {
    let n = 0;
    for (const m of g.members) {
      groupOf.set(m, i);
      if (present(m)) n++;
    }
    return n;
  });
  return { ids: run.groups.map((g) => g.id), groupOf, common };
}

function overlaps(a: Side, b: Side): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [member, i] of a.groupOf) {
    const j = b.groupOf.get(member);
    if (j === undefined) continue;
    const key = `${i}:${j}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function find(parent: number[], x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

function kindOf(from: number, to: number): GroupChangeKind {
  if (from === 0) return 'birth';
  if (to === 0) return 'death';
  if (from === 1 && to === 1) return 'continue';
  return to > from ? 'split' : 'merge';
}

/** The changes between two consecutive runs. */
export function compareRuns(
  before: RunGroups,
  after: RunGroups,
  options: GroupHistoryOptions = {},
): GroupChange[] {
  const { minShare, minOverlap } = { ...GROUP_HISTORY_DEFAULTS, ...options };
  const inAfter = new Set(after.groups.flatMap((g) => g.members));
  const inBefore = new Set(before.groups.flatMap((g) => g.members));
  const a = side(before, (m) => inAfter.has(m));
  const b = side(after, (m) => inBefore.has(m));
  // Union-find over the groups of both runs: before's groups first, then after's.
  const parent = Array.from({ length: a.ids.length + b.ids.length }, (_, i) => i);
  for (const [key, n] of overlaps(a, b)) {
    const [i, j] = key.split(':').map(Number);
    const linked = n >= minOverlap && (n >= minShare * a.common[i] || n >= minShare * b.common[j]);
    if (linked) parent[find(parent, i)] = find(parent, a.ids.length + j);
  }
  const parts = new Map<number, { from: number[]; to: number[] }>();
  parent.forEach((_, x) => {
    const root = find(parent, x);
    const part = parts.get(root) ?? { from: [], to: [] };
    if (x < a.ids.length) part.from.push(a.ids[x]);
    else part.to.push(b.ids[x - a.ids.length]);
    parts.set(root, part);
  });
  return [...parts.values()].map((p) => ({
    run: after.run,
    kind: kindOf(p.from.length, p.to.length),
    from: p.from.sort((x, y) => x - y),
    to: p.to.sort((x, y) => x - y),
  }));
}

const first = (c: GroupChange): number => Math.min(c.from[0] ?? Infinity, c.to[0] ?? Infinity);

/**
 * What happened to the groups from each run to the next; `runs` in any order (sorted by run id).
 * @example
 * groupHistory([{ run: 1, groups: [{ id: 0, members: ['a', 'b', 'c', 'd'] }] },
 *               { run: 2, groups: [{ id: 0, members: ['a', 'b'] }, { id: 1, members: ['c', 'd'] }] }]);
 * // [{ run: 2, kind: 'split', from: [0], to: [0, 1] }]
 */
export function groupHistory(runs: readonly RunGroups[], options: GroupHistoryOptions = {}): GroupChange[] {
  const sorted = [...runs].sort((x, y) => x.run - y.run);
  const out: GroupChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const changes = compareRuns(sorted[i - 1], sorted[i], options);
    out.push(...changes.sort((x, y) => first(x) - first(y) || x.to.length - y.to.length));
  }
  return out;
}
