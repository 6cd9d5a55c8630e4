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
}

export interface CommunityResult {
  readonly id: number;
  readonly size: number;
  readonly members: readonly string[];
  readonly leaders?: readonly string[];
  readonly keywords?: readonly string[];
  readonly topics?: Readonly<Record<string, number>>;
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
}
