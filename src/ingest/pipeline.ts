/**
 * Ingest pipeline
 *
 * `ingestPaths` reads every source, parses (mail on worker threads), finalizes messages (opt-out,
 * features, text retention) and appends them to the store in batches, each committed atomically with
 * the source's checkpoint. A killed run resumes from the last commit and ends with the same content
 * as an uninterrupted one; a re-read source adds nothing twice.
 */
import { rmSync } from 'node:fs';
import { formatPosition, SourceFormatError } from '../shared/errors.js';
import type { Message } from '../shared/message.js';
import type {
  Checkpoint,
  IngestBatch,
  MessageFeatures,
  SkippedItem,
  SourceRecord,
  Store,
} from '../store/index.js';
import { discoverSources } from './discover.js';
import { BatchCommitter } from './batch-committer.js';
import { loadCsvInBulk } from './csv/csv-bulk.js';
import { causeText, type RowByRowCause } from './csv/row-by-row-cause.js';
import { finalizeMessage, isReported } from './finalize.js';
import { resolveLimits } from './limits.js';
import { createMailParser, type MailParser } from './parse-pool.js';
import type {
  AdapterItem,
  IngestLimits,
  IngestOptions,
  IngestSummary,
  ParsedItem,
  SourceSummary,
  SourceUnit,
} from './types.js';

const DEFAULT_BATCH = 2000;

interface RunState {
  readonly store: Store;
  readonly options: IngestOptions;
  readonly limits: IngestLimits;
  readonly parser: MailParser;
  readonly skippedByReason: Record<string, number>;
  /** Bytes of finished units, for the progress bar. */
  doneBytes: number;
  /** Time span of the messages read so far. */
  period?: { from: number; to: number };
}

interface BatchBuffer {
  messages: Message[];
  features: MessageFeatures[];
  skipped: SkippedItem[];
}

function emptyBuffer(): BatchBuffer {
  return { messages: [], features: [], skipped: [] };
}

/**
 * Reads `paths` into `store`.
 * @example
 * const summary = await ingestPaths(store, ['mail.mbox'], {
 *   format: 'auto', diagnostics: new Diagnostics(), progress: SILENT_PROGRESS, retainText: false,
 * });
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const limits = resolveLimits(options.limits);
  const discovery = await discoverSources(paths, options.format, limits, options.diagnostics);
  try {
    return await ingestUnits(store, discovery.units, options);
  } finally {
    for (const d of discovery.tempDirs) rmSync(d, { recursive: true, force: true });
  }
}

/**
 * Reads sources already found (files by `ingestPaths`, mailboxes by `ingestImap`) into `store`, one
 * after another, each with its own checkpoint.
 * @internal
 */
export async function ingestUnits(
  store: Store,
  units: readonly SourceUnit[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const limits = resolveLimits(options.limits);
  const parser = createMailParser(limits, options.workers);
  const state: RunState = { store, options, limits, parser, skippedByReason: {}, doneBytes: 0 };
  const sources: SourceSummary[] = [];
  const total = units.reduce((s, u) => s + u.bytes, 0);
  options.progress.start('ingest', total, 'B');
  try {
    for (const unit of units) {
      if (options.signal?.aborted) break;
      sources.push(await ingestUnit(state, unit));
      state.doneBytes += unit.bytes;
      options.progress.update(state.doneBytes);
    }
  } finally {
    options.progress.stop();
    await parser.close();
  }
  const sum = (k: 'read' | 'added' | 'duplicates' | 'skipped'): number =>
    sources.reduce((s, x) => s + x[k], 0);
  return {
    read: sum('read'),
    added: sum('added'),
    duplicates: sum('duplicates'),
    skipped: sum('skipped'),
    skippedByReason: state.skippedByReason,
    sources,
    ...(state.period ? { period: { ...state.period } } : {}),
  };
}

async function ingestUnit(state: RunState, unit: SourceUnit): Promise<SourceSummary> {
  const { store, options } = state;
  const info = {
    fingerprint: unit.fingerprint,
    path: unit.input.path,
    format: unit.adapter.name,
    bytes: unit.bytes,
  };
  const rec = await store.openSource(info);
  const base = { path: unit.input.path, format: unit.adapter.name };
  if (rec.status === 'done') {
    // The same content was ingested before (perhaps under another name): nothing to add.
    return { ...base, read: 0, added: 0, duplicates: 0, skipped: 0, alreadyIngested: true };
  }
  // What this run stored: one-pass parts and row-by-row reads, added up.
  const done = { read: 0, added: 0, duplicates: 0, skipped: 0 };
  const add = (c: typeof done): void => {
    done.read += c.read;
    done.added += c.added;
    done.duplicates += c.duplicates;
    done.skipped += c.skipped;
  };
  const summary = (extra: Partial<SourceSummary> = {}): SourceSummary => ({ ...base, ...done, ...extra });
  let why: Partial<SourceSummary> = {};
  if (unit.adapter.name === 'csv' && options.bulkCsv !== false) {
    // A part read row by row; a failed or stopped read leaves the source open where it ended.
    let stopped = false;
    const rowsTo = async (ends: readonly number[]) => {
      const r = await readRows(state, unit, await store.openSource(info), ends);
      add(r);
      stopped = r.open;
      if (r.open) return 'stopped';
      return ends.includes(r.checkpoint.position) ? r.checkpoint : 'unaligned';
    };
    const bulk = await loadCsvInBulk(
      store,
      rec,
      unit,
      options,
      state.limits,
      (bytes) => options.progress.update(state.doneBytes + Math.min(unit.bytes, bytes)),
      rowsTo,
    );
    if ('loaded' in bulk) {
      const r = bulk.loaded;
      for (const [reason, n] of Object.entries(r.skippedByReason)) {
        state.skippedByReason[reason] = (state.skippedByReason[reason] ?? 0) + n;
      }
      if (r.period) widenPeriod(state, r.period.from, r.period.to);
      add(r);
      const parts = r.rowByRow;
      const only = parts?.of === 1 ? parts.causes[0]?.cause : undefined;
      if (only) why = wholeFile(only);
      else if (parts) why = { rowByRowParts: parts };
      if (r.complete) {
        if (unit.growing !== true) await store.finishSource(rec.id);
        return summary(why);
      }
      // Stopped between parts or inside one: the source stays open at its last checkpoint.
      if (stopped || options.signal?.aborted) return summary(why);
    } else if (store.loadEventLog) why = wholeFile(bulk.declined);
  }
  const r = await readRows(state, unit, await store.openSource(info));
  add(r);
  // A failed or stopped source stays open, so a later run (perhaps with higher limits) tries it again.
  if (!r.open && unit.growing !== true) await store.finishSource(rec.id);
  return summary(why);
}

/** A whole CSV log read row by row, and why. */
function wholeFile(cause: RowByRowCause): Pick<SourceSummary, 'rowByRow' | 'rowByRowCause'> {
  return { rowByRow: causeText(cause), rowByRowCause: cause };
}

/** What one row-by-row read stored, where it stopped, and whether the source must stay open. */
interface RowsRead {
  readonly read: number;
  readonly added: number;
  readonly duplicates: number;
  readonly skipped: number;
  /** The checkpoint committed last. */
  readonly checkpoint: Checkpoint;
  /** The read failed or was stopped. */
  readonly open: boolean;
}

/**
 * Reads `unit` item by item from the checkpoint of `rec` and commits it in batches; with `ends`
 * (ascending byte positions; seekable adapters only), stops after the first item that ends exactly
 * at one of them.
 */
async function readRows(
  state: RunState,
  unit: SourceUnit,
  rec: SourceRecord,
  ends?: readonly number[],
): Promise<RowsRead> {
  const { store, options } = state;
  const counts = {
    read: rec.checkpoint.read,
    skipped: rec.checkpoint.skipped,
    added: rec.added,
    duplicates: rec.duplicates,
  };
  const resume = { position: rec.checkpoint.position, items: rec.checkpoint.read + rec.checkpoint.skipped };
  // Seekable adapters start at the checkpoint's byte position; others are re-read and the items
  // already committed (counted by position) are passed over.
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let buf = emptyBuffer();
  let position = resume.position;
  let seen = 0;
  const committer = new BatchCommitter<IngestBatch>(async (batch) => {
    const r = await store.commitBatch(rec.id, batch);
    counts.added += r.added;
    counts.duplicates += r.duplicates;
    options.progress.update(state.doneBytes + Math.min(unit.bytes, batch.checkpoint.position));
  });
  const checkpointNow = (): Checkpoint => ({ position, read: counts.read, skipped: counts.skipped });
  const commit = async (): Promise<void> => {
    const batch: IngestBatch = {
      ...buf,
      checkpoint: checkpointNow(),
    };
    buf = emptyBuffer();
    await committer.submit(batch);
  };
  const items = unit.adapter.read(
    unit.input,
    { csvMapping: options.csvMapping, limits: state.limits },
    resume,
  );
  let open = false;
  let next = 0;
  try {
    for await (const item of state.parser.parseAll(items)) {
      seen++;
      if (!unit.adapter.seekable && seen <= resume.position) continue;
      position = unit.adapter.seekable ? item.resume : seen;
      accept(state, item, buf, counts);
      if (buf.messages.length + buf.skipped.length >= batchSize) await commit();
      if (options.signal?.aborted) {
        open = true;
        break;
      }
      if (ends !== undefined) {
        while (next < ends.length && ends[next] < position) next++;
        if (ends[next] === position) break;
      }
    }
  } catch (err) {
    if (!(err instanceof SourceFormatError)) {
      // Let the commit in flight finish (it is whole and checkpointed) before the store is closed.
      await committer.drain().catch(() => undefined);
      throw err;
    }
    // The rest of this source is unreadable: record why, keep what was read, go on with the next.
    open = true;
    const reason = String(err.code).toLowerCase().replace(/_/g, '-');
    counts.skipped++;
    options.diagnostics.report(reason, err.position, err.message);
    recordSkip(state, buf, formatPosition(err.position), reason, err.message);
  }
  await commit();
  await committer.drain();
  return {
    read: counts.read - rec.checkpoint.read,
    added: counts.added - rec.added,
    duplicates: counts.duplicates - rec.duplicates,
    skipped: counts.skipped - rec.checkpoint.skipped,
    checkpoint: checkpointNow(),
    open,
  };
}

function widenPeriod(state: RunState, from: number, to: number): void {
  const p = state.period;
  if (!p) state.period = { from, to };
  else {
    p.from = Math.min(p.from, from);
    p.to = Math.max(p.to, to);
  }
}

function recordSkip(state: RunState, buf: BatchBuffer, pos: string, reason: string, detail: string): void {
  buf.skipped.push({ position: pos, reason, detail });
  state.skippedByReason[reason] = (state.skippedByReason[reason] ?? 0) + 1;
}

/** Adds one parsed item (message or skip) to the batch buffer. */
function accept(
  state: RunState,
  item: ParsedItem | Extract<AdapterItem, { kind: 'skip' }>,
  buf: BatchBuffer,
  counts: { read: number; skipped: number },
): void {
  const { options } = state;
  if (item.kind === 'skip') {
    counts.skipped++;
    options.diagnostics.report(item.reason, item.source, item.detail);
    recordSkip(state, buf, formatPosition(item.source), item.reason, item.detail);
    return;
  }
  for (const w of item.warnings ?? []) options.diagnostics.report(w.reason, item.message.source, w.detail);
  const fin = finalizeMessage(item.message, options.optOut);
  if (!fin.ok) {
    counts.skipped++;
    if (isReported(fin.reason)) options.diagnostics.report(fin.reason, item.message.source, fin.detail);
    recordSkip(state, buf, formatPosition(item.message.source), fin.reason, fin.detail);
    return;
  }
  counts.read++;
  let message = fin.message;
  widenPeriod(state, message.timestamp, message.timestamp);
  const f = options.extractFeatures?.(message);
  if (f) buf.features.push({ ...f, messageKey: message.key });
  if (!options.retainText && message.text !== undefined) message = { ...message, text: undefined };
  buf.messages.push(message);
}
