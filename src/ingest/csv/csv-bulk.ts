/**
 * CSV bulk load
 *
 * A CSV event log read for the first time goes to the store in one pass (`Store.loadEventLog`)
 * when the store can do that and the file has a shape whose records another reader cuts exactly as
 * ours (see `record-scan.ts`): UTF-8, on disk, no blank lines, consistent line ends. The ingest's
 * rules travel with the load as callbacks (identifiers, channels, actions, whole rows), so the
 * stored content is what a row-by-row read makes of the same file. Anything else, or a store that
 * declines, returns undefined and the file is read row by row.
 */
import type { SourcePosition } from '../../shared/errors.js';
import { SourceFormatError } from '../../shared/errors.js';
import type { EventLogFields, EventLogLoad, EventLogLoadResult, Store } from '../../store/index.js';
import { chooseCharset } from '../mime/charset.js';
import { finalizeMessage, usableIdentifier } from '../finalize.js';
import type { IngestLimits, IngestOptions, SourceUnit } from '../types.js';
import { detectDelimiter, readCsvRecords } from './csv-records.js';
import { checkColumns, type CsvMapping } from './mapping.js';
import { irregularity, scanCsvRecords } from './record-scan.js';
import { channelOf, notAMessage, rowToMessage, toIdentifier } from './row-message.js';

/** Why a bulk load did not happen (for tests and the benchmark), or the load's counts. */
export type BulkOutcome = { loaded: EventLogLoadResult } | { declined: string };

async function header(unit: SourceUnit, delimiter: string, maxLine: number): Promise<string[] | undefined> {
  const file = unit.input.files[0];
  if (!file) return undefined;
  for await (const rec of readCsvRecords(file.stream(0), delimiter, null, maxLine, 0)) {
    return rec.fields.map((c) => c.trim());
  }
  return undefined;
}

function fieldIndexes(mapping: CsvMapping, columns: readonly string[]): EventLogFields {
  const at = (c: string | undefined): number | undefined => {
    if (c === undefined) return undefined;
    const i = columns.indexOf(c);
    return i < 0 ? undefined : i;
  };
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
 * Loads `unit` (a CSV log whose source `sourceId` has no checkpoint yet) through the store's bulk
 * path; `onProgress` gets the share done.
 */
export async function loadCsvInBulk(
  store: Store,
  sourceId: number,
  unit: SourceUnit,
  options: IngestOptions,
  limits: IngestLimits,
  onProgress: (done: number) => void,
): Promise<BulkOutcome> {
  const mapping = options.csvMapping;
  const file = unit.input.files[0];
  if (!store.loadEventLog) return { declined: 'the store has no bulk load' };
  if (!mapping || !file?.diskPath) return { declined: 'not a plain CSV file on disk with a mapping' };
  const head = await file.head(64 * 1024);
  if (chooseCharset(head, undefined) !== 'utf-8') return { declined: 'not UTF-8' };
  const firstLine = head.toString('utf8').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = mapping.delimiter ?? detectDelimiter(firstLine);
  const columns = await header(unit, delimiter, limits.maxLineBytes);
  if (!columns || columns.length < 2) return { declined: 'fewer than two columns' };
  try {
    checkColumns(mapping, columns, file.path);
  } catch (err) {
    // The row-by-row read reports the mismatch as that source's error.
    if (err instanceof SourceFormatError) return { declined: 'the mapping names missing columns' };
    throw err;
  }
  const scan = await scanCsvRecords(file.stream(0), limits.maxLineBytes);
  const odd = irregularity(scan);
  if (odd) return { declined: odd };
  const load = eventLogLoad(file.path, file.diskPath, delimiter, columns, mapping, options, limits);
  const result = await store.loadEventLog(sourceId, {
    ...load,
    records: scan.records,
    lineEnd: scan.crlf ? '\r\n' : '\n',
    bytes: file.size,
    progress: onProgress,
  });
  return 'declined' in result ? result : { loaded: result };
}

function eventLogLoad(
  path: string,
  diskPath: string,
  delimiter: string,
  columns: readonly string[],
  mapping: CsvMapping,
  options: IngestOptions,
  limits: IngestLimits,
): Omit<EventLogLoad, 'records' | 'lineEnd' | 'bytes'> {
  const { optOut, diagnostics, extractFeatures } = options;
  const index = new Map(columns.map((c, i) => [c, i]));
  const at = (record: number): SourcePosition => ({ file: path, record });
  return {
    file: diskPath,
    positionPrefix: `${path}#`,
    delimiter,
    columns,
    maxRecordBytes: limits.maxLineBytes,
    fields: fieldIndexes(mapping, columns),
    recipientSeparator: mapping.recipientSeparator,
    retainText: options.retainText,
    participant(raw) {
      const id = toIdentifier(raw, mapping.identifierKind);
      return id !== undefined && usableIdentifier(id, optOut) ? id : undefined;
    },
    channel: (raw) => channelOf(raw, mapping),
    action: mapping.action && mapping.actions ? (raw) => notAMessage(raw, mapping) : undefined,
    row(fields, record) {
      const get = (c: string | undefined): string | undefined => {
        const i = c === undefined ? undefined : index.get(c);
        return i === undefined ? undefined : fields[i];
      };
      const r = rowToMessage(get, mapping, at(record), fields);
      if (!r.ok) {
        diagnostics.report(r.reason, at(record), r.detail);
        return { kind: 'skip', reason: r.reason, detail: r.detail };
      }
      const fin = finalizeMessage(r.message, optOut);
      if (!fin.ok) {
        if (fin.reason !== 'opted-out') diagnostics.report(fin.reason, at(record), fin.detail);
        return { kind: 'skip', reason: fin.reason, detail: fin.detail };
      }
      return { kind: 'message', message: fin.message, features: extractFeatures?.(fin.message) };
    },
    features: extractFeatures ? (subject, text) => extractFeatures({ subject, text }) : undefined,
    skipped: (record, reason, detail) => diagnostics.report(reason, at(record), detail),
  };
}
