/**
 * CSV bulk load
 *
 * A CSV event log goes to the store in one pass (`Store.loadEventLog`), in parts, when the store
 * can do that and the file is on disk (UTF-8, or a Cyrillic code page transcoded part by part). The
 * ingest's rules travel with the load as callbacks (identifiers, channels, actions, whole rows), so
 * the stored content is what a row-by-row read makes of the same file. A part whose records another
 * reader may cut differently from ours (a blank line between records, an unclosed quote, mixed line
 * ends: see `record-scan.ts`), or that the store declines, is read row by row, and the parts after
 * it go on in one pass; a file that does not qualify at all is read row by row.
 */
import type { SourcePosition } from '../../shared/errors.js';
import { SourceFormatError } from '../../shared/errors.js';
import iconv from 'iconv-lite';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  Checkpoint,
  EventLogFields,
  EventLogLoad,
  EventLogLoadResult,
  SourceRecord,
  Store,
} from '../../store/index.js';
import { finalizeMessage, isReported, usableIdentifier } from '../finalize.js';
import type { IngestLimits, IngestOptions, RowByRowParts, SourceUnit } from '../types.js';
import { readCsvLayout } from './csv-layout.js';
import { checkColumns, type CsvMapping } from './mapping.js';
import { irregularity, type RecordSegment, scanCsvRecords } from './record-scan.js';
import { type PartCause, partCausesText, type RowByRowCause } from './row-by-row-cause.js';
import { cellGetter, channelOf, notAMessage, rowToMessage, toIdentifier } from './row-message.js';

/**
 * Counts of the parts loaded in one pass (not of those read row by row in between); `complete`
 * false when the rest of the file is left to the row-by-row read; `rowByRow` says which parts were
 * read row by row and why.
 */
export interface BulkLoaded extends EventLogLoadResult {
  readonly complete: boolean;
  readonly rowByRow?: RowByRowParts;
}

/**
 * Reads the source row by row from its checkpoint, and commits it, until a record ends exactly at
 * one of `ends` (ascending part ends); returns the new checkpoint, 'stopped' when the read stopped
 * early (the source stays open), or 'unaligned' when it read on to the end of the file without a
 * record ending at any of them.
 */
export type RowRangeReader = (ends: readonly number[]) => Promise<Checkpoint | 'stopped' | 'unaligned'>;

/** The load's counts, or why it did not happen (the source's summary reports it). */
export type BulkOutcome = { loaded: BulkLoaded } | { declined: RowByRowCause };

/**
 * A long log is loaded in parts of about this many bytes, each in its own transaction with the
 * checkpoint after it: the store's working memory stays bounded and a killed load resumes at the
 * last part committed, as a row-by-row read resumes at its last batch.
 */
export const PART_BYTES = 32 * 1024 * 1024;

function fieldIndexes(mapping: CsvMapping, index: ReadonlyMap<string, number>): EventLogFields {
  const at = (c: string | undefined): number | undefined => (c === undefined ? undefined : index.get(c));
  return {
    timestamp: at(mapping.timestamp) ?? -1,
    sender: at(mapping.sender) ?? -1,
    id: at(mapping.id),
    recipients: at(mapping.recipients),
    cc: at(mapping.cc),
    subject: at(mapping.subject),
    text: at(mapping.text),
    channel: at(mapping.channel),
    conversation: at(mapping.conversation),
    inReplyTo: at(mapping.inReplyTo),
    senderName: at(mapping.senderName),
    attachments: at(mapping.attachments),
    size: at(mapping.size),
    action: at(mapping.action),
  };
}

/**
 * Writes the header and the bytes of `part` from `source` to `target`: one part as a CSV file, in
 * UTF-8 (the store's reader reads nothing else). A Cyrillic code page is transcoded chunk by chunk:
 * its characters are one byte each, so a chunk never ends inside one and every quote, delimiter and
 * line end keeps its place in the records. The header ends with the part's line end, so each part
 * file has one kind even when the file's parts end their lines differently.
 */
async function writePart(
  source: string,
  charset: string | null,
  headerEnd: number,
  part: RecordSegment,
  target: string,
) {
  const out = createWriteStream(target);
  const put = async (chunk: Buffer): Promise<void> => {
    const bytes = charset === null ? chunk : Buffer.from(iconv.decode(chunk, charset));
    if (!out.write(bytes)) await once(out, 'drain');
  };
  const header = await readBytes(source, headerEnd);
  let text = header.length;
  if (header[text - 1] === 0x0a) text--;
  if (header[text - 1] === 0x0d) text--;
  await put(header.subarray(0, text));
  await put(Buffer.from(part.crlf ? '\r\n' : '\n'));
  for await (const chunk of createReadStream(source, {
    start: part.start,
    end: part.end - 1,
    highWaterMark: 1 << 20,
  }))
    await put(chunk as Buffer);
  out.end();
  await once(out, 'finish');
}

/** The first `length` bytes of `file`. */
async function readBytes(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Loads `unit` (a CSV log) through the store's bulk path in parts, from the source's checkpoint
 * when it is a part boundary; `onProgress` gets the bytes done in this source.
 */
export async function loadCsvInBulk(
  store: Store,
  source: SourceRecord,
  unit: SourceUnit,
  options: IngestOptions,
  limits: IngestLimits,
  onProgress: (bytes: number) => void,
  readRows: RowRangeReader,
): Promise<BulkOutcome> {
  const mapping = options.csvMapping;
  const file = unit.input.files[0];
  if (!store.loadEventLog) return { declined: { code: 'no-bulk-load' } };
  const loadEventLog = store.loadEventLog.bind(store);
  const diskPath = file?.diskPath;
  if (!mapping || !file || !diskPath) return { declined: { code: 'not-a-plain-file' } };
  const layout = await readCsvLayout(file, mapping, limits.maxLineBytes);
  if (!layout) return { declined: { code: 'no-header' } };
  const { columns, delimiter } = layout;
  if (columns.length < 2) return { declined: { code: 'one-column' } };
  try {
    checkColumns(mapping, columns, file.path);
  } catch (err) {
    // The row-by-row read reports the mismatch as that source's error.
    if (err instanceof SourceFormatError) return { declined: { code: 'missing-columns' } };
    throw err;
  }
  const scan = await scanCsvRecords(
    file.stream(0),
    limits.maxLineBytes,
    options.bulkCsvPartBytes ?? PART_BYTES,
    {
      delimiter,
      utf8: layout.charset === null,
    },
  );
  const odd = irregularity(scan);
  if (odd) return { declined: odd };
  const ck = source.checkpoint;
  const fresh = ck.position === 0 && ck.read === 0 && ck.skipped === 0;
  // An earlier run's checkpoint: a part boundary after a one-pass part, or inside a part it was
  // reading row by row when it stopped (that part is finished row by row first).
  const from = fresh ? 0 : scan.segments.findIndex((g) => g.start <= ck.position && ck.position < g.end);
  if (from < 0) return { declined: { code: 'read-before' } };
  const inside = !fresh && scan.segments[from].start !== ck.position;
  const base = eventLogLoad(file.path, delimiter, columns, mapping, options, limits);
  const dir = mkdtempSync(join(tmpdir(), 'sociogram-csv-'));
  const total = { read: 0, added: 0, duplicates: 0, skipped: 0 };
  const byReason: Record<string, number> = {};
  let period: { from: number; to: number } | undefined;
  let checkpoint = ck;
  let complete = true;
  const aside: PartCause[] = [];
  const loadPart = async (part: RecordSegment) => {
    const partFile = join(dir, 'part.csv');
    await writePart(diskPath, layout.charset, scan.headerEnd, part, partFile);
    const r = await loadEventLog(source.id, {
      ...base,
      file: partFile,
      records: part.records,
      firstRecord: checkpoint.read + checkpoint.skipped,
      checkpoint,
      endPosition: part.end,
      lineEnd: part.crlf ? '\r\n' : '\n',
      progress: (done) => onProgress(part.start + done * (part.end - part.start)),
    });
    rmSync(partFile, { force: true });
    return 'declined' in r ? { declined: { code: 'store-declined' as const, detail: r.declined } } : r;
  };
  // A part read row by row, through the part where our records meet a part's end again (a record may
  // run past its part's end where the scan and the row reader cut records differently, as after a
  // quoted field ours cut at the record limit); returns the index of that part, or -1 when the read
  // stopped or went on to the end.
  const byRows = async (index: number, cause: RowByRowCause): Promise<number> => {
    aside.push({ part: index + 1, cause });
    const next = await readRows(scan.segments.slice(index).map((g) => g.end));
    if (next === 'stopped') return -1;
    const segments = scan.segments;
    const last =
      next === 'unaligned'
        ? segments.length - 1
        : segments.findIndex((g, j) => j >= index && g.end === next.position);
    for (let j = index + 1; j <= last; j++)
      aside.push({ part: j + 1, cause: { code: 'overrun', part: index + 1 } });
    if (next === 'unaligned') return -1;
    checkpoint = next;
    return last;
  };
  try {
    for (let i = from; i < scan.segments.length; i++) {
      const part = scan.segments[i];
      if (options.signal?.aborted) {
        complete = false;
        break;
      }
      const cause = inside && i === from ? { code: 'resumed' as const } : part.odd;
      const r = cause === undefined ? await loadPart(part) : { declined: cause };
      if ('declined' in r) {
        const at = await byRows(i, r.declined);
        if (at < 0) {
          complete = false;
          break;
        }
        i = at;
        continue;
      }
      total.read += r.read;
      total.added += r.added;
      total.duplicates += r.duplicates;
      total.skipped += r.skipped;
      for (const [k, n] of Object.entries(r.skippedByReason)) byReason[k] = (byReason[k] ?? 0) + n;
      if (r.period) {
        period = period
          ? { from: Math.min(period.from, r.period.from), to: Math.max(period.to, r.period.to) }
          : { ...r.period };
      }
      checkpoint = {
        position: part.end,
        read: checkpoint.read + r.read,
        skipped: checkpoint.skipped + r.skipped,
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Blank lines after the last record are left to the row-by-row read, which records them as skips.
  if (scan.trailingBlank > 0) complete = false;
  const rowByRow = aside.length === 0 ? {} : { rowByRow: partsAside(aside, scan.segments.length) };
  return { loaded: { ...total, skippedByReason: byReason, period, complete, ...rowByRow } };
}

/** Which parts were read row by row and why: the first few named, the rest counted. */
function partsAside(aside: readonly PartCause[], parts: number): RowByRowParts {
  const causes = aside.slice(0, 3);
  return { parts: aside.length, of: parts, why: partCausesText(causes, aside.length), causes };
}

function eventLogLoad(
  path: string,
  delimiter: string,
  columns: readonly string[],
  mapping: CsvMapping,
  options: IngestOptions,
  limits: IngestLimits,
): Omit<EventLogLoad, 'file' | 'records' | 'lineEnd' | 'firstRecord' | 'checkpoint' | 'endPosition'> {
  const { optOut, diagnostics, extractFeatures } = options;
  const index = new Map(columns.map((c, i) => [c, i]));
  const at = (record: number): SourcePosition => ({ file: path, record });
  return {
    positionPrefix: `${path}#`,
    delimiter,
    columns,
    maxRecordBytes: limits.maxLineBytes,
    fields: fieldIndexes(mapping, index),
    recipientSeparator: mapping.recipientSeparator,
    retainText: options.retainText,
    participant(raw) {
      const id = toIdentifier(raw, mapping.identifierKind);
      return id !== undefined && usableIdentifier(id, optOut) ? id : undefined;
    },
    channel: (raw) => channelOf(raw, mapping),
    action: mapping.action && mapping.actions ? (raw) => notAMessage(raw, mapping) : undefined,
    row(cells, record) {
      // The row reader drops a byte-order mark at the start of any record, not only the first.
      const fields = cells[0]?.startsWith('\uFEFF') ? [cells[0].slice(1), ...cells.slice(1)] : cells;
      const r = rowToMessage(cellGetter(index, fields), mapping, at(record), fields);
      if (!r.ok) {
        diagnostics.report(r.reason, at(record), r.detail);
        return { kind: 'skip', reason: r.reason, detail: r.detail };
      }
      const fin = finalizeMessage(r.message, optOut);
      if (!fin.ok) {
        if (isReported(fin.reason)) diagnostics.report(fin.reason, at(record), fin.detail);
        return { kind: 'skip', reason: fin.reason, detail: fin.detail };
      }
      return { kind: 'message', message: fin.message, features: extractFeatures?.(fin.message) };
    },
    features: extractFeatures ? (subject, text) => extractFeatures({ subject, text }) : undefined,
    skipped: (record, reason, detail) => diagnostics.report(reason, at(record), detail),
  };
}
