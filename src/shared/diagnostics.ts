/**
 * Diagnostics
 *
 * Bad records are diagnostics, not exceptions: a broken MIME part or an unparseable line is recorded
 * here (deduplicated by reason, counted, a few examples kept) and the run goes on.
 */
import { formatPosition, type SourcePosition } from './errors.js';

export interface Diagnostic {
  readonly reason: string;
  readonly position: SourcePosition;
  readonly detail: string;
}

export interface DiagnosticSummary {
  readonly reason: string;
  readonly count: number;
  readonly examples: readonly string[];
}

const MAX_EXAMPLES = 5;

/** Collects diagnostics during a run; `onReport` lets a CLI print each as one line as it happens. */
export class Diagnostics {
  private readonly byReason = new Map<string, { count: number; examples: string[] }>();
  private readonly onReport: ((line: string, d: Diagnostic) => void) | undefined;
  total = 0;

  constructor(onReport?: (line: string, d: Diagnostic) => void) {
    this.onReport = onReport;
  }

  /** Records one skipped or damaged item. */
  report(reason: string, position: SourcePosition, detail: string): void {
    const line = `${formatPosition(position)}: ${reason}: ${detail}`;
    const entry = this.byReason.get(reason) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(line);
    this.byReason.set(reason, entry);
    this.total++;
    this.onReport?.(line, { reason, position, detail });
  }

  /** Counts per reason, most frequent first. */
  summary(): DiagnosticSummary[] {
    return [...this.byReason.entries()]
      .map(([reason, e]) => ({ reason, count: e.count, examples: e.examples }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  }

  countOf(reason: string): number {
    return this.byReason.get(reason)?.count ?? 0;
  }
}
