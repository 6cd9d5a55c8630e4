/**
 * Group matching across windows
 *
 * Matches the groups of one window with those of the next by member overlap and names what happened
 * to each: it continued, was born, died, split or merged. Works on any member sets: network
 * communities (disjoint) and conversation groups (overlapping: one person is in several chats).
 *
 * References: Greene, Doyle & Cunningham (2010), "Tracking the evolution of communities in dynamic
 * social networks", ASONAM, doi:10.1109/ASONAM.2010.17 (Jaccard matching with a threshold, events
 * from the match graph); Palla, Barabási & Vicsek (2007), Nature 446:664 (the event vocabulary).
 *
 * Notes:
 * - Two groups are linked when the Jaccard index of their members is at least `threshold` (0.3 by
 *   default, Greene et al.'s value). A new group linked to two or more old groups is a merge; an old
 *   group linked to two or more new groups is a split; a one-to-one link is a continuation; an old
 *   group without links died and a new one without links was born.
 * - Groups smaller than `minSize` take no part: tiny groups come and go with noise.
 * - With `persistentIds` (conversation groups: a chat keeps its id), a group with the same id in both
 *   windows is always linked, and an old group X is linked to a different group Y that existed before
 *   only when most of X (`moveShare`, 0.5, and at least `minSize` people) became active in Y and were
 *   not before: members moved.
 *   Jaccard alone would link overlapping chats — a union chat and its committee chat — every month.
 *   A group Y that is new is linked by Jaccard as usual.
 */

import { jaccard } from './jaccard.js';

export interface MemberGroup {
  readonly id: string;
  readonly members: readonly string[];
}

export type GroupEventKind = 'continue' | 'birth' | 'death' | 'split' | 'merge';

export interface GroupEvent {
  readonly kind: GroupEventKind;
  /** Group ids in the earlier window. */
  readonly before: readonly string[];
  /** Group ids in the later window. */
  readonly after: readonly string[];
  /** Jaccard index of each linked pair, `before>after` → value. */
  readonly jaccard: Readonly<Record<string, number>>;
}

export const MATCH_DEFAULTS = { threshold: 0.3, minSize: 5, moveShare: 0.5 } as const;

export interface MatchOptions {
  readonly threshold?: number;
  readonly minSize?: number;
  readonly persistentIds?: boolean;
  readonly moveShare?: number;
}

/** Members of `x` that are in `now` but were not in `was` (they moved into the group). */
function movedCount(x: readonly string[], now: readonly string[], was: readonly string[]): number {
  const inNow = new Set(now);
  const inWas = new Set(was);
  return x.filter((m) => inNow.has(m) && !inWas.has(m)).length;
}

function linksOf(
  before: readonly MemberGroup[],
  after: readonly MemberGroup[],
  o: Required<MatchOptions>,
): [string, string, number][] {
  const earlier = new Map(before.map((g) => [g.id, g]));
  const later = new Map(after.map((g) => [g.id, g]));
  const byMember = new Map<string, number[]>();
  after.forEach((g, j) => {
    for (const m of g.members) byMember.set(m, [...(byMember.get(m) ?? []), j]);
  });
  const links: [string, string, number][] = [];
  for (const a of before) {
    // Only groups sharing a member can be linked, so candidates come from the index.
    const candidates = new Set(a.members.flatMap((m) => byMember.get(m) ?? []));
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const b = after[j];
      const was = o.persistentIds && a.id !== b.id ? earlier.get(b.id) : undefined;
      if (was) {
        const moved = movedCount(a.members, b.members, was.members);
        const share = moved / a.members.length;
        if (share >= o.moveShare && moved >= o.minSize) links.push([a.id, b.id, share]);
        continue;
      }
      const value = jaccard(a.members, b.members);
      if (value >= o.threshold || (o.persistentIds && a.id === b.id)) links.push([a.id, b.id, value]);
    }
    // A persistent group whose members all left is still itself when it is present.
    const self = o.persistentIds ? later.get(a.id) : undefined;
    if (self && !links.some((l) => l[0] === a.id && l[1] === a.id)) {
      links.push([a.id, a.id, jaccard(a.members, self.members)]);
    }
  }
  return links;
}

function pairs(links: readonly [string, string, number][]): Record<string, number> {
  return Object.fromEntries(links.map(([a, b, v]) => [`${a}>${b}`, Math.round(v * 1000) / 1000]));
}

/** The events between two windows' groups, deaths and splits first, then merges, continuations and births. */
export function matchGroups(
  before: readonly MemberGroup[],
  after: readonly MemberGroup[],
  options: MatchOptions = {},
): GroupEvent[] {
  const o: Required<MatchOptions> = { ...MATCH_DEFAULTS, persistentIds: false, ...options };
  const old = before.filter((g) => g.members.length >= o.minSize);
  const now = after.filter((g) => g.members.length >= o.minSize);
  const links = linksOf(old, now, o);
  const from = (id: string) => links.filter((l) => l[0] === id);
  const to = (id: string) => links.filter((l) => l[1] === id);
  const events: GroupEvent[] = [];
  for (const g of old) {
    const out = from(g.id);
    if (out.length === 0) events.push({ kind: 'death', before: [g.id], after: [], jaccard: {} });
    if (out.length >= 2)
      events.push({ kind: 'split', before: [g.id], after: out.map((l) => l[1]), jaccard: pairs(out) });
  }
  for (const g of now) {
    const inc = to(g.id);
    if (inc.length >= 2)
      events.push({ kind: 'merge', before: inc.map((l) => l[0]), after: [g.id], jaccard: pairs(inc) });
  }
  for (const l of links) {
    if (from(l[0]).length === 1 && to(l[1]).length === 1) {
      events.push({ kind: 'continue', before: [l[0]], after: [l[1]], jaccard: pairs([l]) });
    }
  }
  for (const g of now) {
    if (to(g.id).length === 0) events.push({ kind: 'birth', before: [], after: [g.id], jaccard: {} });
  }
  return events;
}
