/**
 * Export model
 *
 * The privacy-filtered view of an analysis that every export format serializes: people (already
 * presented as pseudonyms or identified), communities with member ids, and weighted edges.
 */

export interface ExportPerson {
  readonly id: string;
  readonly label: string;
  readonly community: number;
  readonly score: number;
  readonly rank: number;
  readonly department?: string | undefined;
  readonly metrics: Readonly<Record<string, number>>;
  readonly addresses?: readonly string[] | undefined;
}

export interface ExportModel {
  readonly generatedAt: string;
  readonly identified: boolean;
  readonly people: readonly ExportPerson[];
  readonly communities: readonly { id: number; size: number; members: readonly string[] }[];
  readonly edges: readonly { source: string; target: string; weight: number }[];
}

/** One window of a dynamic export: the people and ties analysed in it. */
export interface DynamicExportWindow {
  readonly label: string;
  /** First and last day of the window, `YYYY-MM-DD` (inclusive). */
  readonly start: string;
  readonly end: string;
  readonly people: readonly {
    readonly id: string;
    readonly label: string;
    readonly department?: string | undefined;
    readonly community: number;
    readonly score: number;
    readonly rank: number;
  }[];
  readonly edges: readonly { source: string; target: string; weight: number }[];
}

/** The privacy-filtered view of a windowed analysis for a dynamic (timeline) export. */
export interface DynamicExportModel {
  readonly generatedAt: string;
  readonly identified: boolean;
  readonly period: string;
  readonly windows: readonly DynamicExportWindow[];
}
