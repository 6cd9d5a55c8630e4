/**
 * Dynamic export model
 *
 * Turns per-window analyses into the model a dynamic export serializes: one entry per analysed
 * window (thin windows left out) with its people and ties, dated by the window's first and last day.
 * The caller passes the result through the privacy policy before writing it.
 */
import type { WindowResult } from '../analysis/index.js';
import type { DynamicExportModel } from './export-model.js';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function createDynamicExportModel(
  windows: readonly WindowResult[],
  options: { readonly period: string; readonly generatedAt: string; readonly identified: boolean },
): DynamicExportModel {
  return {
    generatedAt: options.generatedAt,
    identified: options.identified,
    period: options.period,
    windows: windows
      .filter((w) => !w.thin)
      .map((w) => ({
        label: w.window.label,
        start: day(w.window.from),
        end: day(w.window.to),
        people: w.people
          .filter((p) => (p.metrics.contacts ?? 0) > 0)
          .map((p) => ({
            id: p.id,
            label: p.label,
            department: p.department,
            community: p.community,
            score: p.score,
            rank: p.rank,
          })),
        edges: w.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight })),
      })),
  };
}
