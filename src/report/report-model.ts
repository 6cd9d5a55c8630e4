/**
 * Building the report model
 *
 * `buildReportModel` is pure: from what the workspace holds (status, the analysis, an earlier period,
 * the saved campaign, the privacy record) to the structured report content of `report-types.ts`.
 * Sizes under the minimum group size are kept as they are here; presentation withholds them.
 */
import { basename } from 'node:path';
import {
  matchGroups,
  normalizedMutualInformation,
  type AnalysisSummary,
  type CommunityResult,
  type EdgeResult,
  type PersonResult,
} from '../analysis/index.js';
import type { SavedCampaign } from '../campaign/index.js';
import type { PrivacyReport } from '../privacy/index.js';
import type { Person, StoreStatus } from '../store/index.js';
import type { ReportLang } from './locale.js';
import type {
  GroupEvent,
  GroupLink,
  LimitationFact,
  PersonRef,
  ReportCampaign,
  ReportChange,
  ReportGroup,
  ReportLeader,
  ReportModel,
  ReportNetwork,
  ReportNominal,
  ReportPrivacy,
  StanceEntry,
  TimeSpan,
  TopicShare,
} from './report-types.js';

/** An analysis as the report reads it (a stored run or one computed for a period). */
export interface ReportAnalysis {
  readonly summary: AnalysisSummary;
  readonly people: readonly PersonResult[];
  readonly communities: readonly CommunityResult[];
  readonly edges: readonly EdgeResult[];
}

export interface ReportInput {
  readonly lang: ReportLang;
  readonly generatedAt: number;
  readonly identified: boolean;
  readonly orgName: string;
  readonly status: StoreStatus;
  readonly directory: readonly Person[];
  readonly analysis: ReportAnalysis;
  /** Two consecutive periods to compare (the later one is usually the report's own period). */
  readonly change: {
    readonly basis: 'months' | 'period';
    readonly previous: { readonly span: TimeSpan; readonly analysis: ReportAnalysis };
    readonly current: { readonly span: TimeSpan; readonly analysis: ReportAnalysis };
  } | null;
  readonly markers: {
    readonly topics: readonly { id: string; name: { ru: string; en: string }; kind: string }[];
    readonly targets: readonly { id: string; name: { ru: string; en: string } }[];
  };
  readonly campaign: SavedCampaign;
  readonly privacy: PrivacyReport;
  readonly minGroupSize: number;
  /** How many leaders the report lists (default 20). */
  readonly topLeaders?: number;
}

const TOP_KEYWORDS = 8;
const TOP_TOPICS = 4;
const TOP_STANCE = 3;
const MIN_STANCE_MENTIONS = 3;
const GROUP_LEADERS = 3;
const REASONS = 3;
const SHORT_PERIOD_DAYS = 60;
const DAY_MS = 86_400_000;

function ref(p: PersonResult | undefined, id: string): PersonRef {
  return p ? { id: p.id, label: p.label, department: p.department, position: p.position } : { id, label: id };
}

function networkOf(a: ReportAnalysis): ReportNetwork {
  return {
    people: a.summary.people,
    ties: a.summary.edges,
    groups: a.summary.communities,
    modularity: a.summary.modularity,
  };
}

function topShares(record: Readonly<Record<string, number>> | undefined, n: number): TopicShare[] {
  return Object.entries(record ?? {})
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([topic, share]) => ({ topic, share }));
}

function stanceOf(c: CommunityResult): StanceEntry[] {
  return Object.entries(c.stance ?? {})
    .filter(([, s]) => s.mentions >= MIN_STANCE_MENTIONS)
    .sort((a, b) => b[1].mentions - a[1].mentions || a[0].localeCompare(b[0]))
    .slice(0, TOP_STANCE)
    .map(([target, s]) => ({ target, score: s.score, mentions: s.mentions }));
}

function groupOf(c: CommunityResult, byId: ReadonlyMap<string, PersonResult>, k: number): ReportGroup {
  const departments: { name: string; count: number }[] = [];
  let other = 0;
  for (const [name, count] of Object.entries(c.departments ?? {})) {
    if (count >= k) departments.push({ name, count });
    else other += count;
  }
  departments.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    id: c.id,
    size: c.size,
    keywords: (c.keywords ?? []).slice(0, TOP_KEYWORDS),
    topics: topShares(c.topics, TOP_TOPICS),
    stance: stanceOf(c),
    departments,
    otherDepartments: other,
    crossDepartment: c.crossDepartment ?? null,
    cohesion: c.cohesion ?? null,
    leaders: (c.leaders ?? []).slice(0, GROUP_LEADERS).map((id) => ref(byId.get(id), id)),
  };
}

/** Undirected tie weight between distinct groups. */
export function groupLinks(people: readonly PersonResult[], edges: readonly EdgeResult[]): GroupLink[] {
  const group = new Map(people.map((p) => [p.id, p.community]));
  const weights = new Map<string, GroupLink>();
  for (const e of edges) {
    const a = group.get(e.source);
    const b = group.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${lo}:${hi}`;
    const prev = weights.get(key);
    weights.set(key, { a: lo, b: hi, weight: (prev?.weight ?? 0) + e.weight });
  }
  return [...weights.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

function leaderOf(p: PersonResult): ReportLeader {
  return {
    ...ref(p, p.id),
    rank: p.rank,
    score: p.score,
    group: p.community,
    role: p.role ?? null,
    formalRank: p.formalRank ?? null,
    reasons: p.explanation
      .filter((e) => e.contribution > 0)
      .slice(0, REASONS)
      .map((e) => ({ factor: e.factor, percentile: e.percentile, contribution: e.contribution })),
  };
}

function nominalOf(a: ReportAnalysis, byId: ReadonlyMap<string, PersonResult>): ReportNominal | null {
  const n = a.summary.nominalVsActual;
  if (!n) return null;
  return {
    k: n.k,
    both: n.both.length,
    rankCorrelation: n.rankCorrelation,
    formalOnly: n.formalNotInformal.map((id) => ref(byId.get(id), id)),
    actualOnly: n.informalNotFormal.map((id) => ref(byId.get(id), id)),
  };
}

/** Organisation-wide topic mix: each person's topic hits summed, as shares. */
function topicMix(people: readonly PersonResult[]): TopicShare[] {
  const sums: Record<string, number> = {};
  let total = 0;
  for (const p of people)
    for (const [t, v] of Object.entries(p.topics ?? {})) {
      sums[t] = (sums[t] ?? 0) + v;
      total += v;
    }
  if (total <= 0) return [];
  return topShares(
    Object.fromEntries(Object.entries(sums).map(([t, v]) => [t, v / total])),
    Number.POSITIVE_INFINITY,
  );
}

/** Partition agreement over the people present in both periods. */
function periodNmi(before: ReportAnalysis, after: ReportAnalysis): number | null {
  const later = new Map(after.people.map((p) => [p.id, p.community]));
  const a: number[] = [];
  const b: number[] = [];
  for (const p of before.people) {
    const c = later.get(p.id);
    if (c === undefined) continue;
    a.push(p.community);
    b.push(c);
  }
  return a.length >= 2 ? normalizedMutualInformation(a, b) : null;
}

/** Merges, splits, births and deaths of groups between the periods (matched by shared members). */
function groupEventsOf(before: ReportAnalysis, after: ReportAnalysis, minSize: number): GroupEvent[] {
  const asMembers = (a: ReportAnalysis) =>
    a.communities.map((c) => ({ id: String(c.id), members: c.members }));
  const sizeOf = (a: ReportAnalysis) => new Map(a.communities.map((c) => [String(c.id), c.members.length]));
  const sizesBefore = sizeOf(before);
  const sizesAfter = sizeOf(after);
  return matchGroups(asMembers(before), asMembers(after), { minSize })
    .filter((e) => e.kind !== 'continue')
    .map((e) => ({
      kind: e.kind as GroupEvent['kind'],
      from: e.before.map((id) => sizesBefore.get(id) ?? 0),
      to: e.after.map((id) => sizesAfter.get(id) ?? 0),
    }));
}

function changeOf(input: NonNullable<ReportInput['change']>, k: number, minSize: number): ReportChange {
  const before = input.previous.analysis;
  const after = input.current.analysis;
  const topBefore = new Set(before.people.slice(0, k).map((p) => p.id));
  const topAfter = after.people.slice(0, k);
  const afterIds = new Set(topAfter.map((p) => p.id));
  const beforeById = new Map(before.people.map((p) => [p.id, p]));
  return {
    basis: input.basis,
    previous: input.previous.span,
    current: input.current.span,
    before: networkOf(before),
    after: networkOf(after),
    k,
    nmi: periodNmi(before, after),
    entered: topAfter.filter((p) => !topBefore.has(p.id)).map((p) => ref(p, p.id)),
    left: [...topBefore].filter((id) => !afterIds.has(id)).map((id) => ref(beforeById.get(id), id)),
    stayed: topAfter.filter((p) => topBefore.has(p.id)).length,
    groupEvents: groupEventsOf(before, after, minSize),
  };
}

function campaignOf(saved: SavedCampaign, byId: ReadonlyMap<string, PersonResult>): ReportCampaign {
  const p = saved.plan;
  const e = saved.evaluation;
  return {
    plan: p && {
      k: p.k,
      topic: p.topic ?? null,
      comparison: p.comparison.map((c) => ({ strategy: c.strategy, ...c.reach })),
      ambassadors: p.ambassadors.map((a) => ({
        ...ref(byId.get(a.id), a.id),
        order: a.order,
        group: a.group ?? null,
      })),
      holdoutShare: p.holdout?.share ?? null,
      warnings: p.warnings,
    },
    evaluation: e && {
      population: e.population,
      participants: e.overall.participants,
      rate: e.overall.rate,
      uplift: e.uplift.map((u) => ({
        against: u.against,
        ratio: u.ratio,
        difference: u.difference,
        treatedRate: u.treated.rate.mean,
        comparisonRate: u.comparison.rate.mean,
      })),
      exposure: e.exposure
        .filter((c) => !c.suppressed)
        .map((c) => ({ key: c.key, people: c.people, participants: c.participants, rate: c.rate.mean })),
      hasHoldout: e.uplift.some((u) => /hold-out/.test(u.against)),
      hasEarlier: e.uplift.some((u) => /earlier|formal-channel/.test(u.against)),
      matching: e.matching[0] ?? { rows: 0, matchedRows: 0, unmatchedRows: 0, duplicates: 0 },
    },
  };
}

function privacyOf(r: PrivacyReport): ReportPrivacy {
  return {
    purpose: r.purpose,
    legalBasis: r.legalBasis,
    pseudonymize: r.protections.pseudonymize,
    minGroupSize: r.protections.minGroupSize,
    retainText: r.retention.retainText,
    retentionDays: r.retention.retentionDays,
    optOutEntries: r.dataSubjects.optOutEntries,
    auditChainOk: r.protections.auditChain.ok,
    auditEntries: r.protections.auditChain.entries,
    access: r.access,
    users: r.recipients.filter((u) => !u.disabled).length,
  };
}

function limitationsOf(input: ReportInput, campaign: ReportCampaign): LimitationFact[] {
  const out: LimitationFact[] = [
    { kind: 'channels', present: input.status.messagesByChannel.map((c) => c.channel) },
  ];
  if (input.status.unresolvedIdentifiers > 0)
    out.push({ kind: 'unresolved', identifiers: input.status.unresolvedIdentifiers });
  const period = input.analysis.summary.period;
  if (period && period.to - period.from < SHORT_PERIOD_DAYS * DAY_MS)
    out.push({ kind: 'short-period', days: Math.max(1, Math.round((period.to - period.from) / DAY_MS)) });
  if (!input.privacy.retention.retainText) out.push({ kind: 'no-text' });
  if (!input.directory.some((p) => p.managerId !== undefined || p.level !== undefined))
    out.push({ kind: 'no-directory-hierarchy' });
  const e = campaign.evaluation;
  if (e)
    out.push({
      kind: 'campaign',
      hasHoldout: e.hasHoldout,
      hasEarlier: e.hasEarlier,
      unmatched: e.matching.unmatchedRows,
      rows: e.matching.rows,
    });
  return out;
}

/** The report's structured content (see `report-types.ts`). */
export function buildReportModel(input: ReportInput): ReportModel {
  const a = input.analysis;
  const byId = new Map(a.people.map((p) => [p.id, p]));
  const k = input.minGroupSize;
  const topLeaders = input.topLeaders ?? 20;
  const lang = input.lang;
  const groups = a.communities.map((c) => groupOf(c, byId, k)).sort((x, y) => y.size - x.size || x.id - y.id);
  const campaign = campaignOf(input.campaign, byId);
  return {
    lang,
    generatedAt: input.generatedAt,
    identified: input.identified,
    scope: {
      orgName: input.orgName,
      period: a.summary.period,
      sources: input.status.messagesBySource.map((s) => ({ ...s, source: basename(s.source) })),
      channels: input.status.messagesByChannel,
      messages: input.status.messagesByChannel.reduce((s, c) => s + c.messages, 0),
      people: a.summary.people,
      staff: input.directory.filter((p) => p.kind === 'staff').length,
      identities: input.status.identities,
      unresolvedIdentifiers: input.status.unresolvedIdentifiers,
    },
    network: networkOf(a),
    names: {
      topics: Object.fromEntries(input.markers.topics.map((t) => [t.id, t.name[lang]])),
      targets: Object.fromEntries(input.markers.targets.map((t) => [t.id, t.name[lang]])),
    },
    civicTopics: input.markers.topics.filter((t) => t.kind === 'civic').map((t) => t.id),
    groups,
    smallGroups: groups.filter((g) => g.size < k).length,
    links: groupLinks(a.people, a.edges),
    leaders: a.people.slice(0, topLeaders).map(leaderOf),
    nominal: nominalOf(a, byId),
    change: input.change ? changeOf(input.change, topLeaders, k) : null,
    campaign,
    topics: topicMix(a.people),
    privacy: privacyOf(input.privacy),
    limitations: limitationsOf(input, campaign),
  };
}
