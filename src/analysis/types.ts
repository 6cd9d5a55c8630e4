/**
 * Analysis result types
 *
 * The shapes an analysis run stores (as `analysis_results` rows) and that the CLI, the API, the web
 * dashboard and reports read. Person ids here are the store's person ids; privacy turns them into
 * pseudonyms at the output boundary.
 */

/** One factor of a leader score with the person's standing in it. */
export interface ScoreFactor {
  readonly factor: string;
  /** The raw value of the measure (e.g. PageRank 0.0031). */
  readonly value: number;
  /** Percentile of the person among all scored people, 0–100. */
  readonly percentile: number;
  /** Share of the person's score this factor contributed (weight × normalized value). */
  readonly contribution: number;
}

export interface PersonResult {
  readonly id: string;
  readonly label: string;
  readonly department?: string | undefined;
  readonly position?: string | undefined;
  readonly community: number;
  readonly score: number;
  /** 1 = strongest leader. */
  readonly rank: number;
  readonly metrics: Readonly<Record<string, number>>;
  /** Top contributing factors, largest first. */
  readonly explanation: readonly ScoreFactor[];
  /** Network role (Guimerà–Amaral class or broker/gatekeeper/isolate). */
  readonly role?: string | undefined;
  /** Rank by formal position (1 = head), when the directory gives a hierarchy. */
  readonly formalRank?: number | undefined;
  /** Topic id → summed hit score over the messages they sent. */
  readonly topics?: Readonly<Record<string, number>>;
  readonly stance?: Readonly<Record<string, StanceSummary>>;
}

/** Stance of a group or person towards one target, with the evidence it rests on. */
export interface StanceSummary {
  /** Mean sentiment of the sentences mentioning the target, in [-1, 1]. */
  readonly score: number;
  readonly mentions: number;
}

export interface CommunityResult {
  readonly id: number;
  readonly size: number;
  readonly members: readonly string[];
  /** Highest-scoring members, best first. */
  readonly leaders?: readonly string[];
  /** Members who tie the group to others (highest participation), best first. */
  readonly bridges?: readonly string[];
  readonly keywords?: readonly string[];
  /** Topic id → share of the group's topic hits (sums to 1 when any). */
  readonly topics?: Readonly<Record<string, number>>;
  readonly stance?: Readonly<Record<string, StanceSummary>>;
  /** Department → number of members. */
  readonly departments?: Readonly<Record<string, number>>;
  /** 1 − the largest department's share: 0 = one department, near 1 = cuts across many. */
  readonly crossDepartment?: number;
  /** Share of members' tie weight that stays inside the group. */
  readonly cohesion?: number;
}

export interface EdgeResult {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

export interface AnalysisSummary {
  readonly people: number;
  readonly edges: number;
  readonly communities: number;
  readonly modularity: number;
  readonly period: { readonly from: number; readonly to: number } | null;
  /** Formal versus informal standing (person ids). */
  readonly nominalVsActual?: {
    readonly k: number;
    readonly formalNotInformal: readonly string[];
    readonly informalNotFormal: readonly string[];
    readonly both: readonly string[];
    readonly rankCorrelation: number;
  };
}
