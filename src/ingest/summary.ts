/**
 * Ingest summaries
 *
 * Adds up the summaries of several ingest runs (files, then each IMAP account) into one, as the CLI
 * and `watch` report them.
 */
import type { IngestSummary } from './types.js';

export const EMPTY_SUMMARY: IngestSummary = {
  read: 0,
  added: 0,
  duplicates: 0,
  skipped: 0,
  skippedByReason: {},
  sources: [],
};

/** The sum of two summaries: counts added, reasons merged, sources listed in order, periods joined. */
export function mergeSummaries(a: IngestSummary, b: IngestSummary): IngestSummary {
  const skippedByReason: Record<string, number> = { ...a.skippedByReason };
  for (const [k, v] of Object.entries(b.skippedByReason)) skippedByReason[k] = (skippedByReason[k] ?? 0) + v;
  const period =
    a.period && b.period
      ? { from: Math.min(a.period.from, b.period.from), to: Math.max(a.period.to, b.period.to) }
      : (a.period ?? b.period);
  return {
    read: a.read + b.read,
    added: a.added + b.added,
    duplicates: a.duplicates + b.duplicates,
    skipped: a.skipped + b.skipped,
    skippedByReason,
    sources: [...a.sources, ...b.sources],
    ...(period ? { period } : {}),
  };
}
