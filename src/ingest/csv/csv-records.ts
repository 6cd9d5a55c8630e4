/**
 * CSV records
 *
 * Streams RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes) with the byte
 * offset of each, decoding each record from UTF-8 or a detected Cyrillic code page. A quote that does
 * not start a field is a literal character. Lines without quotes take a fast split path. A quoted field
 * that does not close within the record limit damages only the line that opened it.
 */
import iconv from 'iconv-lite';
import { type Line, readLines } from '../input/lines.js';

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

/** A line read past the current record, kept while looking for the line that closes a quoted field. */
interface AheadLine {
  readonly bytes: Buffer;
  readonly end: number;
  readonly truncated: boolean;
  /** Starting outside a quoted field, the line ends inside one. */
  readonly opens: boolean;
  /** Starting inside a quoted field, the line ends outside it. */
  readonly closes: boolean;
}

/**
 * Lines read ahead, in order, with where the next closing line is. Whether a line closes a quoted field
 * depends on the line alone, so each line is examined once however many opening lines look past it,
 * and reading stays linear wherever the quotes fall.
 */
class LinesAhead {
  private lines: AheadLine[] = [];
  /** Bytes (with one terminator each) of lines[0..i), for the size of any run of lines. */
  private before: number[] = [0];
  private head = 0;
  /** Index of the first closing line at or after `head`, or -1 when none is held. */
  private closer = -1;
  /** Lines before this index, from `head` on, are known not to close. */
  private examined = 0;

  get size(): number {
    return this.lines.length - this.head;
  }

  push(line: AheadLine): void {
    this.lines.push(line);
    this.before.push(this.before[this.before.length - 1] + line.bytes.length + 1);
  }

  shift(): AheadLine {
    const line = this.lines[this.head++];
    if (this.closer >= 0 && this.closer < this.head) this.closer = -1;
    if (this.examined < this.head) this.examined = this.head;
    if (this.head >= 1024 && this.head * 2 >= this.lines.length) this.compact();
    return line;
  }

  /** Index (from the front) of the first held line that closes a quoted field, or -1. */
  firstCloser(): number {
    if (this.closer < 0) {
      for (let i = this.examined; i < this.lines.length; i++) {
        if (this.lines[i].closes) {
          this.closer = i;
          break;
        }
      }
      if (this.closer < 0) this.examined = this.lines.length;
    }
    return this.closer < 0 ? -1 : this.closer - this.head;
  }

  /** Bytes of the first `count` held lines, each with one terminator. */
  bytesOf(count: number): number {
    return this.before[this.head + count] - this.before[this.head];
  }

  private compact(): void {
    const h = this.head;
    this.lines = this.lines.slice(h);
    this.before = this.before.slice(h);
    if (this.closer >= 0) this.closer -= h;
    this.examined -= h;
    this.head = 0;
  }
}

/**
 * Streams records from `chunks` starting at byte `start`; `charset` null means UTF-8. A quoted field
 * that does not close within `maxRecord` bytes (or before the end) damages only the line that opened
 * it: that line is yielded alone as a damaged record and the lines after it are read again as records,
 * so the rows after one broken quote are not lost with it. The decision for a line depends only on the
 * bytes after it, so a read resumed at any record's end yields what an uninterrupted read does.
 */
export async function* readCsvRecords(
  chunks: AsyncIterable<Buffer>,
  delimiter: string,
  charset: string | null,
  maxRecord: number,
  start: number,
): AsyncGenerator<CsvRecord> {
  const delimiterByte = delimiter.charCodeAt(0);
  const utf8 = charset === null;
  const decode = (bytes: Buffer): string => (utf8 ? bytes.toString('utf8') : iconv.decode(bytes, charset));
  const fieldsOf = (bytes: Buffer) => splitRecord(decode(bytes).replace(/^\uFEFF/, ''), delimiter);
  const source = readLines(chunks, maxRecord, start)[Symbol.asyncIterator]();
  const ahead = new LinesAhead();
  let ended = false;
  const keep = (line: Line, opens: boolean): AheadLine => ({
    bytes: Buffer.from(line.bytes),
    end: line.end,
    truncated: line.truncated,
    opens,
    closes: !endsInsideQuote(line.bytes, delimiterByte, true, utf8),
  });
  const pull = async (): Promise<boolean> => {
    if (ended) return false;
    const r = await source.next();
    if (r.done) {
      ended = true;
      return false;
    }
    ahead.push(keep(r.value, endsInsideQuote(r.value.bytes, delimiterByte, false, utf8)));
    return true;
  };
  let recStart = start;
  for (;;) {
    let line: AheadLine;
    if (ahead.size > 0) line = ahead.shift();
    else {
      if (ended) break;
      const r = await source.next();
      if (r.done) break;
      const opens = endsInsideQuote(r.value.bytes, delimiterByte, false, utf8);
      if (!opens) {
        // The common case, a record on one line: decoded straight from the reader's buffer, no copy.
        const f = fieldsOf(r.value.bytes);
        yield {
          fields: f.fields,
          offset: recStart,
          end: r.value.end,
          damaged: f.damaged || r.value.truncated,
        };
        recStart = r.value.end;
        continue;
      }
      line = keep(r.value, opens);
    }
    if (!line.opens) {
      const f = fieldsOf(line.bytes);
      yield { fields: f.fields, offset: recStart, end: line.end, damaged: f.damaged || line.truncated };
      recStart = line.end;
      continue;
    }
    // --- a quoted field opens: the record runs to the first line that closes it, unless the lines
    // before that one reach the record limit first, or the file ends
    const own = line.bytes.length + 1;
    let closer = ahead.firstCloser();
    while (closer < 0 && own + ahead.bytesOf(ahead.size) < maxRecord && (await pull()))
      closer = ahead.firstCloser();
    if (closer < 0 || own + ahead.bytesOf(closer) >= maxRecord) {
      const f = fieldsOf(line.bytes);
      yield { fields: f.fields, offset: recStart, end: line.end, damaged: true };
      recStart = line.end;
      continue;
    }
    const parts = [line.bytes];
    let truncated = line.truncated;
    let last = line;
    for (let i = 0; i <= closer; i++) {
      last = ahead.shift();
      parts.push(Buffer.from('\n'), last.bytes);
      truncated ||= last.truncated;
    }
    const f = fieldsOf(Buffer.concat(parts));
    yield { fields: f.fields, offset: recStart, end: last.end, damaged: f.damaged || truncated };
    recStart = last.end;
  }
}
