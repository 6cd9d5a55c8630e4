/**
 * Report model
 *
 * The structured content of the printable analysis report. It holds facts only — person references
 * as `{ id, label }`, groups with their `size` — so the privacy policy's `presentOutput` can walk it
 * (pseudonyms, opted-out people dropped, groups under the minimum size withheld) before any sentence
 * is written. The HTML renderer turns the presented model into words in the chosen language.
 */
import type { ReportLang } from './locale.js';

export interface TimeSpan {
  readonly from: number;
  readonly to: number;
}

/** A person as the report names them: presentation turns `label` into a pseudonym. */
export interface PersonRef {
  readonly id: string;
  readonly label: string;
  readonly department?: string | undefined;
  readonly position?: string | undefined;
}

export interface ReportScope {
  readonly orgName: string;
  readonly period: TimeSpan | null;
  readonly sources: readonly { source: string; format: string; channel: string; messages: number }[];
  readonly channels: readonly { channel: string; messages: number }[];
  readonly messages: number;
  readonly people: number;
  readonly staff: number;
  readonly identities: number;
  readonly unresolvedIdentifiers: number;
}

export interface ReportNetwork {
  readonly people: number;
  readonly ties: number;
  readonly groups: number;
  readonly modularity: number;
}

export interface TopicShare {
  readonly topic: string;
  readonly share: number;
}

export interface StanceEntry {
  readonly target: string;
  readonly score: number;
  readonly mentions: number;
}

export interface ReportGroup {
  readonly id: number;
  /** Members (a group under the minimum group size is withheld by presentation). */
  readonly size: number;
  readonly keywords: readonly string[];
  readonly topics: readonly TopicShare[];
  readonly stance: readonly StanceEntry[];
  /** Departments with at least the minimum group size of members in the group. */
  readonly departments: readonly { name: string; count: number }[];
  /** Members in departments too small to name here. */
  readonly otherDepartments: number;
  readonly crossDepartment: number | null;
  readonly cohesion: number | null;
  readonly leaders: readonly PersonRef[];
}

/** Tie weight between two groups (for the map). */
export interface GroupLink {
  readonly a: number;
  readonly b: number;
  readonly weight: number;
}

export interface ReportLeader extends PersonRef {
  readonly rank: number;
  readonly score: number;
  readonly group: number;
  readonly role: string | null;
  readonly formalRank: number | null;
  readonly reasons: readonly { factor: string; percentile: number; contribution: number }[];
}

export interface ReportNominal {
  readonly k: number;
  readonly both: number;
  readonly rankCorrelation: number;
  /** Formal heads who are not among the actual leaders. */
  readonly formalOnly: readonly PersonRef[];
  /** Actual leaders without a leading formal position. */
  readonly actualOnly: readonly PersonRef[];
}

export interface ReportChange {
  /** `months`: the last full month against the one before; `period`: the requested period against the one before it. */
  readonly basis: 'months' | 'period';
  readonly previous: TimeSpan;
  readonly current: TimeSpan;
  readonly before: ReportNetwork;
  readonly after: ReportNetwork;
  readonly k: number;
  /** Agreement of the two periods' groups over people present in both (0–1), null when too few. */
  readonly nmi: number | null;
  readonly entered: readonly PersonRef[];
  readonly left: readonly PersonRef[];
  readonly stayed: number;
  readonly groupEvents: readonly GroupEvent[];
}

/**
 * What happened to groups between two periods (matched by shared members). Groups are given by their
 * member counts: each period's group numbers are its own, so sizes are what a reader can follow.
 */
export interface GroupEvent {
  readonly kind: 'merge' | 'split' | 'birth' | 'death';
  /** Members of each group in the earlier period. */
  readonly from: readonly number[];
  /** Members of each group in the later period. */
  readonly to: readonly number[];
}

export interface ReportCampaign {
  readonly plan: {
    readonly k: number;
    readonly topic: string | null;
    readonly comparison: readonly { strategy: string; mean: number; low: number; high: number }[];
    readonly ambassadors: readonly (PersonRef & { order: number; group: number | null })[];
    readonly holdoutShare: number | null;
    readonly warnings: readonly string[];
  } | null;
  readonly evaluation: {
    readonly population: number;
    readonly participants: number;
    readonly rate: { mean: number; low: number; high: number };
    readonly uplift: readonly {
      against: string;
      ratio: { mean: number; low: number; high: number };
      difference: { mean: number; low: number; high: number };
      treatedRate: number;
      comparisonRate: number;
    }[];
    readonly exposure: readonly { key: string; people: number; participants: number; rate: number }[];
    readonly hasHoldout: boolean;
    readonly hasEarlier: boolean;
    readonly matching: { rows: number; matchedRows: number; unmatchedRows: number; duplicates: number };
  } | null;
}

export interface ReportPrivacy {
  readonly purpose: string;
  readonly legalBasis: string;
  readonly pseudonymize: boolean;
  readonly minGroupSize: number;
  readonly retainText: boolean;
  readonly retentionDays: number | null;
  readonly optOutEntries: number;
  readonly auditChainOk: boolean;
  readonly auditEntries: number;
  readonly access: readonly { actor: string; action: string; count: number; last: string }[];
  readonly users: number;
}

export interface ReportModel {
  readonly lang: ReportLang;
  readonly generatedAt: number;
  readonly identified: boolean;
  readonly scope: ReportScope;
  readonly network: ReportNetwork;
  /** Topic and target id → display name in the report's language. */
  readonly names: {
    readonly topics: Readonly<Record<string, string>>;
    readonly targets: Readonly<Record<string, string>>;
  };
  readonly civicTopics: readonly string[];
  readonly groups: readonly ReportGroup[];
  /** Groups the map and tables leave out because they are under the minimum size. */
  readonly smallGroups: number;
  readonly links: readonly GroupLink[];
  readonly leaders: readonly ReportLeader[];
  readonly nominal: ReportNominal | null;
  readonly change: ReportChange | null;
  readonly campaign: ReportCampaign;
  /** Organisation-wide topic mix (share of topic hits). */
  readonly topics: readonly TopicShare[];
  readonly privacy: ReportPrivacy;
  readonly limitations: readonly LimitationFact[];
}

/** A fact about the data the method section turns into a limitation sentence. */
export type LimitationFact =
  | { readonly kind: 'channels'; readonly present: readonly string[] }
  | { readonly kind: 'unresolved'; readonly identifiers: number }
  | { readonly kind: 'short-period'; readonly days: number }
  | { readonly kind: 'no-text' }
  | { readonly kind: 'no-directory-hierarchy' }
  | {
      readonly kind: 'campaign';
      readonly hasHoldout: boolean;
      readonly hasEarlier: boolean;
      readonly unmatched: number;
      readonly rows: number;
    };
