/**
 * CSV records
 *
 * Streams RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes) with the byte
 * offset of each, decoding each record from UTF-8 or a detected Cyrillic code page. A quote that does
 * not start a field is a literal character. Lines without quotes take a fast split path. A record that never closes its quote is cut at the line limit.
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

const QUOTE = 0x22;

/**
 * Whether `line` leaves a quoted field open, given whether it starts inside one. A quote opens a field
 * only at the field's start, as `splitRecord` (and Python's csv) read it; anywhere else it is a
 * literal character. Counting every quote instead would let one stray quote inside an unquoted field
 * join every line after it into one record, up to the record limit (4 MiB of rows lost as one skip).
 * A UTF-8 byte-order mark at the start of a record is not part of its first field (`utf8`).
 */
export function endsInsideQuote(
  line: Buffer,
  delimiter: number,
  startsInside: boolean,
  utf8 = true,
): boolean {
  let i = line.indexOf(QUOTE);
  if (i < 0) return startsInside;
  const bom = utf8 && !startsInside && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf;
  const recordStart = bom ? 3 : 0;
  let inside = startsInside;
  // From quote to quote (native search): only the byte before a quote decides whether it opens a field.
  while (i >= 0) {
    if (inside) {
      if (line[i + 1] === QUOTE) {
        i = line.indexOf(QUOTE, i + 2);
        continue;
      }
      inside = false;
    } else if (i === recordStart || line[i - 1] === delimiter) inside = true;
    i = line.indexOf(QUOTE, i + 1);
  }
  return inside;
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
  let open = false;
  let recStart = start;
  const delimiterByte = delimiter.charCodeAt(0);
  let size = 0;
  const decode = (bytes: Buffer): string => (charset ? iconv.decode(bytes, charset) : bytes.toString('utf8'));
  const fieldsOf = (bytes: Buffer) => splitRecord(decode(bytes).replace(/^\uFEFF/, ''), delimiter);
  for await (const line of readLines(chunks, maxRecord, start)) {
    const inside = endsInsideQuote(line.bytes, delimiterByte, open, charset === null);
    if (parts.length === 0 && !inside) {
      // The common case, a record on one line: decoded straight from the reader's buffer, no copy.
      const r = fieldsOf(line.bytes);
      yield { fields: r.fields, offset: recStart, end: line.end, damaged: r.damaged || line.truncated };
      recStart = line.end;
      continue;
    }
    parts.push(parts.length ? Buffer.concat([Buffer.from('\n'), line.bytes]) : Buffer.from(line.bytes));
    size += line.bytes.length + 1;
    open = inside;
    if (open && size < maxRecord) continue;
    const r = fieldsOf(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    yield {
      fields: r.fields,
      offset: recStart,
      end: line.end,
      damaged: r.damaged || line.truncated || open,
    };
    parts = [];
    open = false;
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
