/**
 * Trends across windows
 *
 * From the per-window analyses (window-analysis.ts) to what changed between each pair of consecutive
 * windows: rising and fading leaders, new bridges, what happened to groups (network communities and
 * conversation groups, matched by member overlap), how much the partition into communities agrees
 * (NMI over the people active in both), and alerts on structural change. Pure: windows in, report out.
 *
 * Notes:
 * - Thin windows (see window-analysis.ts) are listed but skipped: each comparison is between two
 *   consecutive analysed windows.
 * - Rising: in the top K now, and outside the top `outsideFactor`·K (or absent) before. Fading: the
 *   reverse. New bridge: in the top K by betweenness now, below the `bridgeBeforePercentile`th
 *   betweenness percentile (or absent) before.
 */
import { createHash } from 'node:crypto';
import {
  ALERT_DEFAULTS,
  brokerStanding,
  communityRef,
  detectAlerts,
  type Alert,
  type AlertGroup,
  type AlertOptions,
} from './alerts.js';
import { MATCH_DEFAULTS, matchGroups, type GroupEventKind, type MemberGroup } from './group-matching.js';
import { normalizedMutualInformation } from './partition-agreement.js';
import type { WindowResult } from './window-analysis.js';
import type { PeriodKind } from './windows.js';

export const TREND_DEFAULTS = {
  ...ALERT_DEFAULTS,
  outsideFactor: 2,
  bridgeBeforePercentile: 75,
  matchThreshold: MATCH_DEFAULTS.threshold,
  minGroupSize: MATCH_DEFAULTS.minSize,
} as const;

export type TrendOptions = { readonly [K in keyof typeof TREND_DEFAULTS]?: number };

export interface PersonChange {
  readonly personId: string;
  readonly rankBefore: number | null;
  readonly rankNow: number | null;
  readonly scoreBefore: number | null;
  readonly scoreNow: number | null;
}

export interface BridgeChange {
  readonly personId: string;
  readonly betweennessPercentileBefore: number | null;
  readonly betweennessPercentileNow: number;
}

export interface TrendGroupEvent {
  readonly kind: GroupEventKind;
  /** `community`: a network community; `conversation`: the active members of one chat or channel. */
  readonly groupKind: 'community' | 'conversation';
  readonly before: readonly AlertGroup[];
  readonly after: readonly AlertGroup[];
  readonly jaccard: number;
}

export interface Transition {
  readonly from: string;
  readonly to: string;
  /** People with ties in both windows. */
  readonly commonPeople: number;
  /** NMI of the two community partitions over the common people; null when fewer than two. */
  readonly nmi: number | null;
  readonly rising: readonly PersonChange[];
  readonly fading: readonly PersonChange[];
  readonly newBridges: readonly BridgeChange[];
  readonly groupEvents: readonly TrendGroupEvent[];
  readonly alerts: readonly Alert[];
}

export interface TrendWindow {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly coverage: number;
  readonly thin: boolean;
  readonly runId: number | null;
  readonly reused: boolean;
  readonly messages: number;
  readonly people: number;
  readonly edges: number;
  readonly communities: number;
  readonly modularity: number;
  /** Top K leaders of the window, best first. */
  readonly top: readonly string[];
}

export interface TrendsReport {
  readonly period: PeriodKind;
  readonly options: Readonly<Record<keyof typeof TREND_DEFAULTS, number>>;
  readonly windows: readonly TrendWindow[];
  readonly transitions: readonly Transition[];
}

type Resolved = Readonly<Record<keyof typeof TREND_DEFAULTS, number>>;

function change(id: string, before: WindowResult, after: WindowResult): PersonChange {
  const b = before.people.find((p) => p.id === id);
  const a = after.people.find((p) => p.id === id);
  return {
    personId: id,
    rankBefore: b?.rank ?? null,
    rankNow: a?.rank ?? null,
    scoreBefore: b ? round(b.score) : null,
    scoreNow: a ? round(a.score) : null,
  };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** People in the top K of `into` who were outside the top `outsideFactor`·K (or absent) in `from`. */
function entered(from: WindowResult, into: WindowResult, o: Resolved): string[] {
  const rank = new Map(from.people.map((p) => [p.id, p.rank]));
  return into.people
    .slice(0, o.topK)
    .filter((p) => (rank.get(p.id) ?? Infinity) > o.outsideFactor * o.topK)
    .map((p) => p.id);
}

function newBridges(before: WindowResult, after: WindowResult, o: Resolved): BridgeChange[] {
  const was = brokerStanding(before, o.topK);
  const is = brokerStanding(after, o.topK);
  return is.top
    .filter((id) => (was.percentile.get(id) ?? -1) < o.bridgeBeforePercentile)
    .map((id) => ({
      personId: id,
      betweennessPercentileBefore: was.percentile.has(id) ? Math.round(was.percentile.get(id)!) : null,
      betweennessPercentileNow: Math.round(is.percentile.get(id) ?? 0),
    }));
}

/** People with at least one tie in the window. */
function tied(w: WindowResult): Map<string, number> {
  return new Map(w.people.filter((p) => (p.metrics.contacts ?? 0) > 0).map((p) => [p.id, p.community]));
}

function partitionAgreement(
  before: WindowResult,
  after: WindowResult,
): { common: number; nmi: number | null } {
  const a = tied(before);
  const b = tied(after);
  const common = [...a.keys()].filter((id) => b.has(id)).sort();
  if (common.length < 2) return { common: common.length, nmi: null };
  const la = common.map((id) => a.get(id)!);
  const lb = common.map((id) => b.get(id)!);
  return { common: common.length, nmi: round(normalizedMutualInformation(la, lb)) };
}

/** A short stable id for a conversation, so outputs never show the source's chat id. */
export function conversationGroupId(conversation: string): string {
  return `c-${createHash('sha256').update(conversation).digest('hex').slice(0, 8)}`;
}

function communityEvents(before: WindowResult, after: WindowResult, o: Resolved): TrendGroupEvent[] {
  const groups = (w: WindowResult): MemberGroup[] =>
    w.communities.map((c) => ({ id: String(c.id), members: c.members }));
  const ref = (w: WindowResult, id: string) =>
    communityRef(
      w.window.label,
      w.communities.find((c) => String(c.id) === id)!,
    );
  return matchGroups(groups(before), groups(after), {
    threshold: o.matchThreshold,
    minSize: o.minGroupSize,
  }).map((e) => ({
    kind: e.kind,
    groupKind: 'community',
    before: e.before.map((id) => ref(before, id)),
    after: e.after.map((id) => ref(after, id)),
    jaccard: Math.max(0, ...Object.values(e.jaccard)),
  }));
}

function conversationEvents(before: WindowResult, after: WindowResult, o: Resolved): TrendGroupEvent[] {
  const groups = (w: WindowResult): MemberGroup[] =>
    w.conversations.map((c) => ({ id: conversationGroupId(c.conversation), members: c.members }));
  const ref = (w: WindowResult, id: string): AlertGroup => {
    const c = w.conversations.find((x) => conversationGroupId(x.conversation) === id)!;
    return { window: w.window.label, group: id, size: c.members.length, leaders: c.members.slice(0, 3) };
  };
  const events = matchGroups(groups(before), groups(after), {
    threshold: o.matchThreshold,
    minSize: o.minGroupSize,
    persistentIds: true,
  })
    .filter((e) => e.kind !== 'continue')
    .map((e): TrendGroupEvent => ({
      kind: e.kind,
      groupKind: 'conversation',
      before: e.before.map((id) => ref(before, id)),
      after: e.after.map((id) => ref(after, id)),
      jaccard: Math.max(0, ...Object.values(e.jaccard)),
    }));
  return withoutMirroredSplits(events);
}

/**
 * A persistent group that lost members to a merge shows up as a split too (it links to itself and to
 * the merged group); the merge already says it, so such a split is left out.
 */
function withoutMirroredSplits(events: readonly TrendGroupEvent[]): TrendGroupEvent[] {
  const merged = events.filter((e) => e.kind === 'merge');
  return events.filter((e) => {
    if (e.kind !== 'split') return true;
    const self = e.before[0].group;
    return !e.after.every(
      (g) =>
        g.group === self ||
        merged.some((m) => m.after[0].group === g.group && m.before.some((b) => b.group === self)),
    );
  });
}

function compare(history: readonly WindowResult[], after: WindowResult, o: Resolved): Transition {
  const before = history[history.length - 1];
  const communities = communityEvents(before, after, o);
  const continuing = communities
    .filter((e) => e.kind === 'continue')
    .map((e) => [e.before[0].group, e.after[0].group] as const);
  const agreement = partitionAgreement(before, after);
  return {
    from: before.window.label,
    to: after.window.label,
    commonPeople: agreement.common,
    nmi: agreement.nmi,
    rising: entered(before, after, o).map((id) => change(id, before, after)),
    fading: entered(after, before, o).map((id) => change(id, before, after)),
    newBridges: newBridges(before, after, o),
    groupEvents: [
      ...communities.filter((e) => e.kind !== 'continue'),
      ...conversationEvents(before, after, o),
    ],
    alerts: detectAlerts(history, after, continuing, o satisfies AlertOptions),
  };
}

/**
 * What changed across the windows.
 * @example computeTrends(await analyzeWindows(store, { period: 'month' }), { topK: 10 })
 */
export function computeTrends(
  windows: readonly WindowResult[],
  period: PeriodKind,
  options: TrendOptions = {},
): TrendsReport {
  const o: Resolved = { ...TREND_DEFAULTS, ...options };
  const analysed = windows.filter((w) => !w.thin);
  const transitions: Transition[] = [];
  for (let i = 1; i < analysed.length; i++) transitions.push(compare(analysed.slice(0, i), analysed[i], o));
  return {
    period,
    options: o,
    windows: windows.map((w) => ({
      label: w.window.label,
      from: w.window.from,
      to: w.window.to,
      coverage: round(w.window.coverage),
      thin: w.thin,
      runId: w.runId,
      reused: w.reused,
      messages: w.messages,
      people: w.summary.people,
      edges: w.summary.edges,
      communities: w.summary.communities,
      modularity: round(w.summary.modularity),
      top: w.people.slice(0, o.topK).map((p) => p.id),
    })),
    transitions,
  };
}
