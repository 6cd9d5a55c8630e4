/**
 * CSV record scan
 *
 * Counts the records of a CSV file the way `readCsvRecords` cuts them (lines joined while their
 * quotes are unbalanced), without decoding or splitting fields: a pass at memchr speed that tells
 * the bulk loader whether another reader's rows line up one to one with ours. Blank lines between
 * records, records longer than the limit, an unclosed quote at the end, and mixed or stray CR line
 * ends are the shapes where two readers may disagree; the scan reports them. Blank lines at the end
 * are left outside the segments.
 */

/** A run of whole records: bytes `start`..`end` of the file. */
export interface RecordSegment {
  readonly start: number;
  readonly end: number;
  readonly records: number;
}

export interface RecordScan {
  /** Records after the header. */
  readonly records: number;
  /** Byte offset just after the header record. */
  readonly headerEnd: number;
  /** The records after the header in runs of about the segment size, cut between records. */
  readonly segments: readonly RecordSegment[];
  /** Records that are an empty line (ours skip them as `empty-line`; other readers drop them). */
  readonly blank: number;
  /** Of those, the ones after the last record that is not blank (outside every segment). */
  readonly trailingBlank: number;
  /** Records spanning several lines (a quoted line break). */
  readonly multiLine: number;
  /** Some line ends with CR LF. */
  readonly crlf: boolean;
  /** Some line ends with a bare LF. */
  readonly lf: boolean;
  /** A CR that does not end a line. */
  readonly loneCr: boolean;
  /** Some line is longer than the record limit. */
  readonly overlong: boolean;
  /** The last record's quote never closes. */
  readonly unclosed: boolean;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** Scans `chunks` (the whole file from byte 0, header first), cutting segments of `segmentBytes`. */
export async function scanCsvRecords(
  chunks: AsyncIterable<Buffer>,
  maxRecord: number,
  segmentBytes = Number.POSITIVE_INFINITY,
): Promise<RecordScan> {
  let records = 0;
  let headerEnd = 0;
  const segments: RecordSegment[] = [];
  let segStart = 0;
  let segRecords = 0;
  let pendingBlank = 0;
  let lastEnd = 0;
  const recordDone = (end: number, isBlank = false): void => {
    records++;
    if (isBlank && records > 1) {
      pendingBlank++;
      return;
    }
    pendingBlank = 0;
    lastEnd = end;
    if (records === 1) {
      headerEnd = end;
      segStart = end;
      return;
    }
    segRecords++;
    if (end - segStart >= segmentBytes) {
      segments.push({ start: segStart, end, records: segRecords });
      segStart = end;
      segRecords = 0;
    }
  };
  let blank = 0;
  let multiLine = 0;
  let crlf = false;
  let lf = false;
  let loneCr = false;
  let pendingCr = false;
  let overlong = false;
  // State of the line being read (it may span chunks) and of the record it belongs to.
  let lineLen = 0;
  let lineQuotes = 0;
  let lastByte = -1;
  let recordLines = 0;
  let recordQuotes = 0;
  const endLine = (end: number): void => {
    const len = lastByte === CR ? lineLen - 1 : lineLen;
    if (lastByte === CR) crlf = true;
    else lf = true;
    if (lineLen > maxRecord) overlong = true;
    if (recordLines === 0 && len === 0 && lineQuotes === 0) {
      blank++;
      recordDone(end, true);
    } else {
      recordLines++;
      recordQuotes += lineQuotes;
      if (recordQuotes % 2 === 0) {
        if (recordLines > 1) multiLine++;
        recordDone(end);
        recordLines = 0;
        recordQuotes = 0;
      }
    }
    lineLen = 0;
    lineQuotes = 0;
    lastByte = -1;
  };
  let base = 0;
  for await (const chunk of chunks) {
    if (pendingCr && chunk[0] !== LF) loneCr = true;
    for (let cr = chunk.indexOf(CR); cr >= 0; cr = chunk.indexOf(CR, cr + 1)) {
      if (cr + 1 < chunk.length && chunk[cr + 1] !== LF) loneCr = true;
    }
    pendingCr = chunk.length > 0 && chunk[chunk.length - 1] === CR;
    let from = 0;
    let quote = chunk.indexOf(QUOTE, 0);
    for (;;) {
      const nl = chunk.indexOf(LF, from);
      const end = nl < 0 ? chunk.length : nl;
      while (quote >= 0 && quote < end) {
        lineQuotes++;
        quote = chunk.indexOf(QUOTE, quote + 1);
      }
      if (end > from) {
        lineLen += end - from;
        lastByte = chunk[end - 1] ?? -1;
      }
      if (nl < 0) break;
      endLine(base + nl + 1);
      from = nl + 1;
    }
    base += chunk.length;
  }
  if (pendingCr) loneCr = true;
  if (lineLen > 0 || lineQuotes > 0) {
    const ownEnd = lf;
    endLine(base);
    lf = ownEnd; // the last line has no terminator of its own
  }
  const unclosed = recordLines > 0;
  if (unclosed) recordDone(base);
  if (segRecords > 0) segments.push({ start: segStart, end: lastEnd, records: segRecords });
  // The first record is the header.
  return {
    records: Math.max(0, records - 1),
    headerEnd,
    segments,
    blank,
    trailingBlank: pendingBlank,
    multiLine,
    crlf,
    lf,
    loneCr,
    overlong,
    unclosed,
  };
}

/** Why another reader's rows may not line up with ours, or undefined when they will. */
export function irregularity(scan: RecordScan): string | undefined {
  // Blank lines at the end stay outside the segments: the row-by-row read takes them after the last.
  if (scan.blank > scan.trailingBlank)
    return `${scan.blank - scan.trailingBlank} blank line(s) between records`;
  if (scan.overlong) return 'a line longer than the record limit';
  if (scan.unclosed) return 'an unclosed quote at the end';
  if (scan.crlf && scan.lf) return 'both CRLF and LF line ends';
  if (scan.loneCr) return 'a CR that does not end a line';
  return undefined;
}
