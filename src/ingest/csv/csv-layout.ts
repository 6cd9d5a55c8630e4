/**
 * CSV layout
 *
 * What a CSV log's first bytes say about the rest: its charset (UTF-8 or a Cyrillic code page), its
 * delimiter (the mapping's, else the one that splits the header line into the most columns), and
 * its header. The row-by-row adapter and the one-pass load read a file with the same layout.
 */
import { chooseHeadCharset } from '../mime/charset.js';
import type { ByteSource } from '../types.js';
import { detectDelimiter, readCsvRecords } from './csv-records.js';
import type { CsvMapping } from './mapping.js';

export interface CsvLayout {
  /** null for UTF-8, else the code page every record is decoded from. */
  readonly charset: string | null;
  readonly delimiter: string;
  /** Header column names, trimmed. */
  readonly columns: string[];
  /** Byte offset just after the header record. */
  readonly headerEnd: number;
}

/** Reads the layout of `file`; undefined for a file without even a header. */
export async function readCsvLayout(
  file: ByteSource,
  mapping: CsvMapping,
  maxRecord: number,
): Promise<CsvLayout | undefined> {
  const head = await file.head(64 * 1024);
  const cs = chooseHeadCharset(head);
  const charset = cs === 'utf-8' ? null : cs;
  const firstLine = head.toString('utf8').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = mapping.delimiter ?? detectDelimiter(firstLine);
  for await (const rec of readCsvRecords(file.stream(0), delimiter, charset, maxRecord, 0)) {
    return { charset, delimiter, columns: rec.fields.map((c) => c.trim()), headerEnd: rec.end };
  }
  return undefined;
}
