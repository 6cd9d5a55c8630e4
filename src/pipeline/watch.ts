/**
 * Continuous operation
 *
 * `watchWorkspace` polls drop folders (and IMAP accounts) and, whenever something new is read,
 * re-runs the whole-period analysis and the per-window analyses: a calendar window whose data did not
 * change keeps its stored run (its fingerprint is unchanged), so only the affected windows are
 * recomputed, and the event names them.
 * Each pass opens the workspace only when it has work, so other commands can use it in between.
 * A stop signal lets the batch in hand be committed and ends the loop; re-reading is idempotent,
 * so a restarted watcher picks up where this one stopped.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { analyzeWindows, type PeriodKind } from '../analysis/index.js';
import type { ImapAccount, IngestSummary } from '../ingest/index.js';
import { AppError } from '../shared/errors.js';
import type { Diagnostics } from '../shared/diagnostics.js';
import { openWorkspace, type Workspace } from '../store/index.js';
import { DropTracker, scanDropFolders } from './drop-folder.js';
import { runAnalysis } from './run-analysis.js';
import { runIngest } from './run-ingest.js';

export interface WatchOptions {
  readonly folders: readonly string[];
  /** Poll interval; a drop must stay unchanged this long before it is read. */
  readonly intervalMs: number;
  readonly imap?: readonly ImapAccount[];
  /** Calendar windows re-analysed when their data changes (default month). */
  readonly period?: PeriodKind;
  /** One pass: scan, wait one interval, read what is stable, analyse, return. */
  readonly once?: boolean;
  readonly signal?: AbortSignal;
  readonly directory?: string;
  readonly diagnostics?: Diagnostics;
  readonly onEvent?: (event: WatchEvent) => void;
}

export type WatchEvent =
  | { readonly kind: 'settling'; readonly paths: readonly string[] }
  | { readonly kind: 'ingested'; readonly paths: readonly string[]; readonly summary: IngestSummary }
  | {
      readonly kind: 'analysed';
      readonly runId: number;
      readonly window: { readonly from: number; readonly to: number } | null;
      /** Windows recomputed because their data changed, and how many stored ones were reused. */
      readonly windows: { readonly analysed: readonly string[]; readonly reused: number };
      readonly people: number;
      readonly edges: number;
      readonly communities: number;
    }
  | { readonly kind: 'retrying'; readonly error: AppError }
  | { readonly kind: 'stopped-before-analysis' };

export interface WatchResult {
  readonly passes: number;
  readonly added: number;
  readonly analyses: number;
}

/** Errors that are worth another try next interval (the server may be back by then). */
const TRANSIENT = new Set(['IMAP_CONNECT', 'IMAP_SESSION']);

interface Totals {
  passes: number;
  added: number;
  analyses: number;
}

/**
 * Watches until the signal fires (or for one pass with `once`).
 * @example
 * const stop = new AbortController();
 * await watchWorkspace('ws', { folders: ['incoming'], intervalMs: 30_000, signal: stop.signal });
 */
export async function watchWorkspace(dir: string, options: WatchOptions): Promise<WatchResult> {
  const tracker = new DropTracker();
  const totals: Totals = { passes: 0, added: 0, analyses: 0 };
  tracker.observe(scanDropFolders(options.folders));
  while (!options.signal?.aborted) {
    if (!(await pause(options.intervalMs, options.signal))) break;
    try {
      await pass(dir, tracker, options, totals);
    } catch (err) {
      if (options.once || !(err instanceof AppError) || !TRANSIENT.has(String(err.code))) throw err;
      options.onEvent?.({ kind: 'retrying', error: err });
    }
    if (options.once) break;
  }
  return { ...totals };
}

/** Sleeps; false when the signal fired first. */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

async function pass(dir: string, tracker: DropTracker, options: WatchOptions, totals: Totals): Promise<void> {
  totals.passes++;
  const { ready, settling } = tracker.observe(scanDropFolders(options.folders));
  if (settling.length) options.onEvent?.({ kind: 'settling', paths: settling });
  if (!ready.length && !options.imap?.length) return;
  const ws = await openWorkspace(dir, { create: true });
  try {
    const result = await runIngest(ws, ready, {
      directory: options.directory,
      diagnostics: options.diagnostics,
      imap: options.imap,
      signal: options.signal,
    });
    // Taken even when stopped midway: each source's checkpoint says where a later read resumes.
    tracker.take(ready);
    const summary = result.summary;
    totals.added += summary.added;
    if (ready.length || summary.read || summary.skipped) {
      options.onEvent?.({ kind: 'ingested', paths: ready, summary });
    }
    if (summary.added > 0) await analyse(ws, summary, options, totals);
  } finally {
    await ws.close();
  }
}

async function analyse(
  ws: Workspace,
  summary: IngestSummary,
  options: WatchOptions,
  totals: Totals,
): Promise<void> {
  if (options.signal?.aborted) {
    options.onEvent?.({ kind: 'stopped-before-analysis' });
    return;
  }
  const { runId, output } = await runAnalysis(ws);
  const analysed: string[] = [];
  let reused = 0;
  await analyzeWindows(ws.store, {
    period: options.period ?? 'month',
    onWindow: (w, status) => (status === 'analysed' ? analysed.push(w.label) : reused++),
  });
  totals.analyses++;
  const s = output.summary;
  options.onEvent?.({
    kind: 'analysed',
    runId,
    window: summary.period ?? null,
    windows: { analysed, reused },
    people: s.people,
    edges: s.edges,
    communities: s.communities,
  });
}
