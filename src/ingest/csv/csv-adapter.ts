/**
 * CSV event-log adapter
 *
 * Reads DLP and gateway event logs in CSV with the workspace's column mapping (`ingest.csv`). The
 * header row names the columns; the delimiter and the charset (UTF-8 or a Cyrillic code page) are
 * detected. Seekable: a checkpoint is the byte offset of the next record. A row's position is its
 * record number after the header (`file#12`), which a bulk load (`csv-bulk.ts`) gives it too.
 */
import { InputError } from '../../shared/errors.js';
import type {
  AdapterContext,
  AdapterInput,
  AdapterItem,
  Probe,
  ResumePoint,
  SourceAdapter,
} from '../types.js';
import { detectDelimiter, readCsvRecords } from './csv-records.js';
import { checkColumns } from './mapping.js';
import { cellGetter, rowToMessage } from './row-message.js';
import { readCsvLayout } from './csv-layout.js';

async function* readCsv(
  input: AdapterInput,
  ctx: AdapterContext,
  resume: ResumePoint,
): AsyncGenerator<AdapterItem> {
  const file = input.files[0];
  if (!file) return;
  const mapping = ctx.csvMapping;
  if (!mapping) {
    throw new InputError(
      `ingest/csv: ${file.path}: a CSV log needs a column mapping (the ingest.csv section of sociogram.json)`,
    );
  }
  const layout = await readCsvLayout(file, mapping, ctx.limits.maxLineBytes);
  if (!layout) return;
  checkColumns(mapping, layout.columns, file.path);
  const index = new Map(layout.columns.map((c, i) => [c, i]));
  const start = Math.max(resume.position, layout.headerEnd);
  // Every record yields one item, so the items done so far number the records before `start`.
  let record = resume.items;
  for await (const rec of readCsvRecords(
    file.stream(start),
    layout.delimiter,
    layout.charset,
    ctx.limits.maxLineBytes,
    start,
  )) {
    yield rowItem(rec, layout.columns.length, index, mapping, file.path, ++record);
  }
}

function rowItem(
  rec: { fields: string[]; offset: number; end: number; damaged: boolean },
  width: number,
  index: ReadonlyMap<string, number>,
  mapping: NonNullable<AdapterContext['csvMapping']>,
  file: string,
  record: number,
): AdapterItem {
  const source = { file, record };
  if (rec.fields.length === 1 && rec.fields[0]?.trim() === '') {
    return { kind: 'skip', source, reason: 'empty-line', detail: 'blank line', resume: rec.end };
  }
  if (rec.fields.length !== width || rec.damaged) {
    const detail = rec.damaged
      ? 'unbalanced quotes or record too long'
      : `${rec.fields.length} fields, expected ${width}`;
    return { kind: 'skip', source, reason: 'wrong-column-count', detail, resume: rec.end };
  }
  const r = rowToMessage(cellGetter(index, rec.fields), mapping, source, rec.fields);
  return r.ok
    ? { kind: 'message', message: r.message, resume: rec.end }
    : { kind: 'skip', source, reason: r.reason, detail: r.detail, resume: rec.end };
}

function detectCsv(probe: Probe): number {
  const lines = probe.text
    .split(/\r?\n/)
    .slice(0, 5)
    .filter((l) => l.length > 0);
  if (lines.length < 1 || lines[0]?.startsWith('#') || lines[0]?.startsWith('{')) return 0;
  const d = detectDelimiter(lines[0] ?? '');
  const width = (lines[0] ?? '').split(d).length;
  if (width < 3) return 0;
  const consistent = lines.slice(1).every((l) => l.split(d).length >= width - 1);
  const ext = /\.(csv|tsv)(\.gz)?$/i.test(probe.path) ? 0.3 : 0;
  return (consistent ? 0.4 : 0.2) + ext;
}

export const csvAdapter: SourceAdapter = {
  name: 'csv',
  input: 'file',
  seekable: true,
  detect: detectCsv,
  read: readCsv,
};
