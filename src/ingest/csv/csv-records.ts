/**
 * CSV records
 *
 * Streams RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes) with the byte
 * offset of each, decoding each record from UTF-8 or a detected Cyrillic code page. Lines without
 * quotes take a fast split path. A record that never closes its quote is cut at the line limit.
 */
import iconv from 'iconv-lite';
import { readLines } from '../input/lines.js';

export interface CsvRecord {
  readonly fields: string[];
  readonly offset: number;
  readonly end: number;
  /** True when the record's quotes were unbalanced or it was cut at the size limit. */
  readonly damaged: boolean;
}

/** Splits one record's text into fields. */
export function splitRecord(text: string, delimiter: string): { fields: string[]; damaged: boolean } {
  if (!text.includes('"')) return { fields: text.split(delimiter), damaged: false };
  const fields: string[] = [];
  let i = 0;
  let damaged = false;
  const n = text.length;
  for (;;) {
    if (text[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          v += text.slice(i);
          i = n;
          damaged = true;
          break;
        }
        v += text.slice(i, q);
        if (text[q + 1] === '"') {
          v += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const d = text.indexOf(delimiter, i);
      if (d < 0) {
        if (i < n) v += text.slice(i);
        fields.push(v);
        break;
      }
      v += text.slice(i, d);
      fields.push(v);
      i = d + delimiter.length;
    } else {
      const d = text.indexOf(delimiter, i);
      if (d < 0) {
        fields.push(text.slice(i));
        break;
      }
      fields.push(text.slice(i, d));
      i = d + delimiter.length;
    }
  }
  return { fields, damaged };
}

function countQuotes(b: Buffer): number {
  let n = 0;
  let i = b.indexOf(0x22);
  while (i >= 0) {
    n++;
    i = b.indexOf(0x22, i + 1);
  }
  return n;
}

/** Picks the delimiter that splits the header line into the most columns. */
export function detectDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t', '|']) {
    const c = splitRecord(headerLine, d).fields.length;
    if (c > bestCount) {
      bestCount = c;
      best = d;
    }
  }
  return best;
}

/** Streams records from `chunks` starting at byte `start`; `charset` null means UTF-8. */
export async function* readCsvRecords(
  chunks: AsyncIterable<Buffer>,
  delimiter: string,
  charset: string | null,
  maxRecord: number,
  start: number,
): AsyncGenerator<CsvRecord> {
  let parts: Buffer[] = [];
  let quotes = 0;
  let recStart = start;
  let size = 0;
  const decode = (bytes: Buffer): string => (charset ? iconv.decode(bytes, charset) : bytes.toString('utf8'));
  const fieldsOf = (bytes: Buffer) => splitRecord(decode(bytes).replace(/^\uFEFF/, ''), delimiter);
  for await (const line of readLines(chunks, maxRecord, start)) {
    const q = countQuotes(line.bytes);
    if (parts.length === 0 && q % 2 === 0) {
      // The common case, a record on one line: decoded straight from the reader's buffer, no copy.
      const r = fieldsOf(line.bytes);
      yield { fields: r.fields, offset: recStart, end: line.end, damaged: r.damaged || line.truncated };
      recStart = line.end;
      continue;
    }
    parts.push(parts.length ? Buffer.concat([Buffer.from('\n'), line.bytes]) : Buffer.from(line.bytes));
    size += line.bytes.length + 1;
    quotes += q;
    if (quotes % 2 === 1 && size < maxRecord) continue;
    const r = fieldsOf(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    yield {
      fields: r.fields,
      offset: recStart,
      end: line.end,
      damaged: r.damaged || line.truncated || quotes % 2 === 1,
    };
    parts = [];
    quotes = 0;
    size = 0;
    recStart = line.end;
  }
  if (parts.length) {
    yield {
      fields: splitRecord(decode(Buffer.concat(parts)), delimiter).fields,
      offset: recStart,
      end: recStart + size,
      damaged: true,
    };
  }
}
