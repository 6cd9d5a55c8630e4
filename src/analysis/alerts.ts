/**
 * Structural-change alerts
 *
 * Compares two consecutive windows and raises an alert where the structure an analyst relies on
 * changed: a top leader goes quiet, a top broker disappears, a group loses its ties to the rest of
 * the organization. Each alert names the people or groups involved (person ids; outputs pseudonymise
 * them) and the figures behind it, and `explainAlert` says it in plain Russian or English.
 *
 * Notes:
 * - Messages are compared as shares of each window's messages, so a short or quiet window (holidays,
 *   a partial month) does not make everyone look quiet.
 * - The thresholds are in `ALERT_DEFAULTS` and docs/METHOD.md ("Time").
 */
import { percentileRanks } from './percentile.js';
import type { CommunityResult, PersonResult } from './types.js';
import type { WindowResult } from './window-analysis.js';

export const ALERT_DEFAULTS = {
  /** How many top leaders (by rank) and top brokers (by betweenness) are watched (as `leaders --top`). */
  topK: 20,
  /** Leaders stay watched for this many windows after they were last in the top K. */
  memory: 3,
  /** A watched leader is quiet when their share of the window's messages falls to this fraction or less. */
  quietRatio: 0.3,
  /** …and they sent at least this many messages before (fewer is too little to judge). */
  minSentBefore: 5,
  /** A watched broker is gone when their betweenness percentile falls below this (or they are absent). */
  brokerLostPercentile: 50,
  /** A group is isolating when its external tie share falls to this fraction of before or less… */
  isolationRatio: 0.4,
  /** …from at least this external share (a group that was already closed cannot close further). */
  minExternalBefore: 0.1,
} as const;

export type AlertOptions = { readonly [K in keyof typeof ALERT_DEFAULTS]?: number };

export type AlertKind = 'leader-quiet' | 'broker-gone' | 'group-isolated';
export type Severity = 'high' | 'medium';

export interface AlertGroup {
  readonly window: string;
  readonly group: string;
  readonly size: number;
  readonly leaders: readonly string[];
}

export interface Alert {
  readonly kind: AlertKind;
  readonly severity: Severity;
  /** Label of the later window (where the change shows). */
  readonly window: string;
  readonly previous: string;
  /** Person ids involved. */
  readonly people: readonly string[];
  readonly groups: readonly AlertGroup[];
  /** The figures the alert rests on (ranks, messages, percentiles, shares). */
  readonly figures: Readonly<Record<string, number | null>>;
}

type Resolved = { readonly [K in keyof typeof ALERT_DEFAULTS]: number };

function share(w: WindowResult, id: string): number {
  return w.messages > 0 ? (w.activity.get(id)?.sent ?? 0) / w.messages : 0;
}

/** Top `k` people by betweenness (positive only), with the window's betweenness percentiles. */
export function brokerStanding(
  w: WindowResult,
  k: number,
): { top: string[]; percentile: Map<string, number> } {
  const values = w.people.map((p) => p.metrics.betweenness ?? 0);
  const pct = percentileRanks(values);
  const percentile = new Map(w.people.map((p, i) => [p.id, pct[i]]));
  const top = w.people
    .map((p, i) => ({ id: p.id, b: values[i] }))
    .filter((x) => x.b > 0)
    .sort((a, b) => b.b - a.b || a.id.localeCompare(b.id))
    .slice(0, k)
    .map((x) => x.id);
  return { top, percentile };
}

/**
 * Leaders watched for going quiet: the top K of the previous window and of the `memory` − 1 windows
 * before it, each with their best recent rank (a leader who slid out of the top K while leaving is
 * still watched until they are silent).
 */
function watchedLeaders(history: readonly WindowResult[], o: Resolved): Map<string, number> {
  const best = new Map<string, number>();
  for (const w of history.slice(-o.memory)) {
    for (const p of w.people.slice(0, o.topK)) best.set(p.id, Math.min(best.get(p.id) ?? Infinity, p.rank));
  }
  return best;
}

function leaderQuiet(history: readonly WindowResult[], after: WindowResult, o: Resolved): Alert[] {
  const before = history[history.length - 1];
  const now = new Map(after.people.map((p) => [p.id, p]));
  const out: Alert[] = [];
  for (const [id, bestRank] of watchedLeaders(history, o)) {
    const sentBefore = before.activity.get(id)?.sent ?? 0;
    const sentNow = after.activity.get(id)?.sent ?? 0;
    if (sentBefore < o.minSentBefore) continue;
    const ratio = share(before, id) > 0 ? share(after, id) / share(before, id) : 1;
    if (sentNow > 0 && ratio > o.quietRatio) continue;
    out.push({
      kind: 'leader-quiet',
      severity: sentNow === 0 ? 'high' : 'medium',
      window: after.window.label,
      previous: before.window.label,
      people: [id],
      groups: [],
      figures: {
        rankBefore: bestRank,
        rankNow: now.get(id)?.rank ?? null,
        sentBefore,
        sentNow,
        shareRatio: Math.round(ratio * 100) / 100,
      },
    });
  }
  return out.sort((a, b) => (a.figures.rankBefore ?? 0) - (b.figures.rankBefore ?? 0));
}

function brokerGone(before: WindowResult, after: WindowResult, o: Resolved): Alert[] {
  const was = brokerStanding(before, o.topK);
  const is = brokerStanding(after, o.topK);
  const out: Alert[] = [];
  for (const id of was.top) {
    const pctNow = is.percentile.get(id);
    if (pctNow !== undefined && pctNow >= o.brokerLostPercentile) continue;
    const sentNow = after.activity.get(id)?.sent ?? 0;
    out.push({
      kind: 'broker-gone',
      severity: pctNow === undefined || sentNow === 0 ? 'high' : 'medium',
      window: after.window.label,
      previous: before.window.label,
      people: [id],
      groups: [],
      figures: {
        betweennessPercentileBefore: Math.round(was.percentile.get(id) ?? 0),
        betweennessPercentileNow: pctNow === undefined ? null : Math.round(pctNow),
        sentNow,
      },
    });
  }
  return out;
}

/** A community as an alert or event reference. */
export function communityRef(window: string, c: CommunityResult): AlertGroup {
  return { window, group: String(c.id), size: c.size, leaders: [...(c.leaders ?? [])] };
}

/** Alerts for continuing communities (pairs `[before id, after id]`) whose external ties collapsed. */
function groupIsolated(
  before: WindowResult,
  after: WindowResult,
  continuing: readonly (readonly [string, string])[],
  o: Resolved,
): Alert[] {
  const find = (w: WindowResult, id: string) => w.communities.find((c) => String(c.id) === id);
  const out: Alert[] = [];
  for (const [a, b] of continuing) {
    const old = find(before, a);
    const now = find(after, b);
    if (!old || !now) continue;
    const externalBefore = 1 - (old.cohesion ?? 0);
    const externalNow = 1 - (now.cohesion ?? 0);
    if (externalBefore < o.minExternalBefore || externalNow > o.isolationRatio * externalBefore) continue;
    out.push({
      kind: 'group-isolated',
      severity: externalNow < 0.05 ? 'high' : 'medium',
      window: after.window.label,
      previous: before.window.label,
      people: [],
      groups: [communityRef(before.window.label, old), communityRef(after.window.label, now)],
      figures: {
        externalShareBefore: Math.round(externalBefore * 1000) / 1000,
        externalShareNow: Math.round(externalNow * 1000) / 1000,
      },
    });
  }
  return out;
}

/**
 * All alerts between the last of `history` (earlier analysed windows, oldest first) and `after`, high
 * severity first.
 */
export function detectAlerts(
  history: readonly WindowResult[],
  after: WindowResult,
  continuingCommunities: readonly (readonly [string, string])[],
  options: AlertOptions = {},
): Alert[] {
  const o: Resolved = { ...ALERT_DEFAULTS, ...options };
  const before = history[history.length - 1];
  const alerts = [
    ...leaderQuiet(history, after, o),
    ...brokerGone(before, after, o),
    ...groupIsolated(before, after, continuingCommunities, o),
  ];
  return alerts.sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'high' ? -1 : 1));
}

const TEXT = {
  en: {
    'leader-quiet': (a: Alert, who: string) =>
      a.figures.sentNow === 0
        ? `${who}, a leader (rank ${a.figures.rankBefore} recently), sent no messages in ${a.window}: the people who followed them may have lost their source.`
        : `${who}, a leader (rank ${a.figures.rankBefore} recently), went quiet in ${a.window}: ${a.figures.sentNow} messages sent against ${a.figures.sentBefore} in ${a.previous} (rank now ${a.figures.rankNow ?? '—'}).`,
    'broker-gone': (a: Alert, who: string) =>
      `${who} linked groups in ${a.previous} (betweenness percentile ${a.figures.betweennessPercentileBefore}) but no longer does in ${a.window} (${a.figures.betweennessPercentileNow ?? 'absent'}): information that passed through them needs another way.`,
    'group-isolated': (a: Alert) =>
      `Group ${a.groups[1]?.group ?? '?'} (${a.groups[1]?.size ?? 0} people) in ${a.window} keeps to itself: the share of its ties going outside fell from ${pct(a.figures.externalShareBefore)} to ${pct(a.figures.externalShareNow)}.`,
  },
  ru: {
    'leader-quiet': (a: Alert, who: string) =>
      a.figures.sentNow === 0
        ? `${who}, лидер (недавно № ${a.figures.rankBefore}), в ${a.window} не отправил(а) ни одного сообщения: те, кто на него ориентировался, могли потерять источник.`
        : `${who}, лидер (недавно № ${a.figures.rankBefore}), в ${a.window} почти замолчал(а): ${a.figures.sentNow} сообщений против ${a.figures.sentBefore} в ${a.previous} (место сейчас ${a.figures.rankNow ?? '—'}).`,
    'broker-gone': (a: Alert, who: string) =>
      `${who} связывал(а) группы в ${a.previous} (перцентиль посредничества ${a.figures.betweennessPercentileBefore}), а в ${a.window} уже нет (${a.figures.betweennessPercentileNow ?? 'нет в данных'}): информации, шедшей через него, нужен другой путь.`,
    'group-isolated': (a: Alert) =>
      `Группа ${a.groups[1]?.group ?? '?'} (${a.groups[1]?.size ?? 0} чел.) в ${a.window} замкнулась: доля её связей вовне упала с ${pct(a.figures.externalShareBefore)} до ${pct(a.figures.externalShareNow)}.`,
  },
} as const;

function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`;
}

/**
 * The alert in plain language. `name` turns the alert's person references into what the reader
 * sees (a pseudonym or, when identified, a name); by default the references are shown as they are.
 */
export function explainAlert(
  alert: Alert,
  lang: 'en' | 'ru',
  name: (ref: string) => string = (r) => r,
): string {
  const who = alert.people.map(name).join(', ');
  return TEXT[lang][alert.kind](alert, who);
}

/** People ranked by leader score in a window (rank 1 first). */
export function topLeaders(people: readonly PersonResult[], k: number): string[] {
  return people.slice(0, k).map((p) => p.id);
}
