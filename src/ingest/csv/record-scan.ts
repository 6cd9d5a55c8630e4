/**
 * CSV record scan
 *
 * Counts the records of a CSV file the way `readCsvRecords` cuts them (lines joined while a quoted
 * field is open; a quote opens one only at a field's start), without decoding or splitting fields: a
 * pass at memchr speed (only the byte before each quote is looked at) that tells the bulk loader
 * whether another reader's rows line up one to one with ours. Blank lines between records, records
 * longer than the limit (where ours cuts an open quoted field), an unclosed quote at the end, and
 * mixed or stray CR line ends are the shapes where two readers may disagree; the scan reports them,
 * each in the segment where it occurs, so only that segment needs our own reader. Each segment has one
 * kind of line end or is marked. Blank lines at the end are left outside the segments.
 */

import type { RowByRowCause } from './row-by-row-cause.js';

/** A run of whole records: bytes `start`..`end` of the file. */
export interface RecordSegment {
  readonly start: number;
  readonly end: number;
  readonly records: number;
  /** Why another reader may cut this segment's records differently from ours; absent when it won't. */
  readonly odd?: RowByRowCause;
  /** Its lines end with CR LF (absent: with LF). */
  readonly crlf?: true;
}

/** Irregular shapes counted in one segment (lone CRs are placed after the scan). */
interface SegmentShape {
  blank: number;
  overlong: boolean;
  unclosed: boolean;
  crlf: boolean;
  lf: boolean;
}

const regular = (): SegmentShape => ({ blank: 0, overlong: false, unclosed: false, crlf: false, lf: false });

function oddness(shape: SegmentShape): RowByRowCause | undefined {
  if (shape.blank > 0) return { code: 'blank-lines', count: shape.blank };
  if (shape.crlf && shape.lf) return { code: 'mixed-line-ends' };
  if (shape.overlong) return { code: 'long-line' };
  if (shape.unclosed) return { code: 'unclosed-quote' };
  return undefined;
}

/** Lone CRs whose positions are kept; past this many the whole file counts as irregular. */
const MAX_LONE_CR = 10_000;

export interface RecordScan {
  /** Records after the header. */
  readonly records: number;
  /** Byte offset just after the header record. */
  readonly headerEnd: number;
  /** The records after the header in runs of about the segment size, cut between records. */
  readonly segments: readonly RecordSegment[];
  /**
   * Empty lines after the last record that is not one, outside every segment (ours skip them as
   * `empty-line`; other readers drop them).
   */
  readonly trailingBlank: number;
  /** A CR that does not end a line outside every segment (in the header), or too many to place. */
  readonly loneCrUnplaced: boolean;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** How the scanned file writes its fields. */
export interface ScanDialect {
  /** The field delimiter (one byte). */
  readonly delimiter: string;
  /** UTF-8 (a byte-order mark may start any record), or a single-byte code page. */
  readonly utf8: boolean;
}

const COMMA_UTF8: ScanDialect = { delimiter: ',', utf8: true };

/** Scans `chunks` (the whole file from byte 0, header first), cutting segments of `segmentBytes`. */
export async function scanCsvRecords(
  chunks: AsyncIterable<Buffer>,
  maxRecord: number,
  segmentBytes = Number.POSITIVE_INFINITY,
  dialect: ScanDialect = COMMA_UTF8,
): Promise<RecordScan> {
  const delimiter = dialect.delimiter.charCodeAt(0);
  let records = 0;
  let headerEnd = 0;
  const segments: RecordSegment[] = [];
  let segStart = 0;
  let segRecords = 0;
  let pendingBlank = 0;
  let lastEnd = 0;
  let shape = regular();
  const pushSegment = (end: number): void => {
    const odd = oddness(shape);
    segments.push({
      start: segStart,
      end,
      records: segRecords,
      ...(odd === undefined ? {} : { odd }),
      ...(shape.crlf && !shape.lf ? { crlf: true as const } : {}),
    });
    segStart = end;
    segRecords = 0;
    shape = regular();
  };
  const recordDone = (end: number, isBlank = false): void => {
    records++;
    if (isBlank && records > 1) {
      pendingBlank++;
      return;
    }
    // Blank lines followed by a record lie inside the segment that record belongs to.
    shape.blank += pendingBlank;
    pendingBlank = 0;
    lastEnd = end;
    if (records === 1) {
      // The header's own line end does not count: each part file gets the part's (see csv-bulk.ts).
      headerEnd = end;
      segStart = end;
      shape = regular();
      return;
    }
    segRecords++;
    if (end - segStart >= segmentBytes) pushSegment(end);
  };
  const loneCrAt: number[] = [];
  let pendingCr = false;
  // State of the line being read (it may span chunks) and of the record it belongs to.
  let lineLen = 0;
  let lineQuotes = 0;
  let lastByte = -1;
  let recordLines = 0;
  let recordBytes = 0;
  // Quote state, as `endsInsideQuote` in csv-records.ts reads it: inside a quoted field or not; the
  // position of the last quote that closed one (a quote right after it is a doubled quote and
  // reopens); where the current line starts; the bytes just before the current chunk.
  let inside = false;
  let closedAt = -2;
  let lineStart = 0;
  const before = Buffer.alloc(3);
  /** Ends the current line at byte `end`; `terminated` false for a last line without a line end. */
  const endLine = (end: number, terminated = true): void => {
    const len = lastByte === CR ? lineLen - 1 : lineLen;
    if (terminated && lastByte === CR) {
      shape.crlf = true;
    } else if (terminated) {
      shape.lf = true;
    }
    if (lineLen > maxRecord) shape.overlong = true;
    if (recordLines === 0 && len === 0 && lineQuotes === 0) {
      recordDone(end, true);
    } else {
      recordLines++;
      recordBytes += len + 1;
      // Ours cuts a quoted field still open at the record limit: the records after it may differ.
      if (inside && recordBytes >= maxRecord) shape.overlong = true;
      if (!inside) {
        recordDone(end);
        recordLines = 0;
        recordBytes = 0;
      }
    }
    lineLen = 0;
    lineQuotes = 0;
    lastByte = -1;
    lineStart = end;
  };
  let base = 0;
  for await (const chunk of chunks) {
    if (pendingCr && chunk[0] !== LF) loneCrAt.push(base - 1);
    for (let cr = chunk.indexOf(CR); cr >= 0; cr = chunk.indexOf(CR, cr + 1)) {
      if (cr + 1 < chunk.length && chunk[cr + 1] !== LF && loneCrAt.length <= MAX_LONE_CR)
        loneCrAt.push(base + cr);
    }
    pendingCr = chunk.length > 0 && chunk[chunk.length - 1] === CR;
    let from = 0;
    let quote = chunk.indexOf(QUOTE, 0);
    // The byte `back` (1..3) places before position q of this chunk.
    const byteBefore = (q: number, back: number): number =>
      q >= back ? chunk[q - back] : before[3 - back + q];
    for (;;) {
      const nl = chunk.indexOf(LF, from);
      const end = nl < 0 ? chunk.length : nl;
      while (quote >= 0 && quote < end) {
        lineQuotes++;
        const at = base + quote;
        if (inside) {
          inside = false;
          closedAt = at;
        } else if (
          at === closedAt + 1 ||
          at === lineStart ||
          byteBefore(quote, 1) === delimiter ||
          (dialect.utf8 &&
            at === lineStart + 3 &&
            byteBefore(quote, 3) === 0xef &&
            byteBefore(quote, 2) === 0xbb &&
            byteBefore(quote, 1) === 0xbf)
        )
          inside = true;
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
    // Keep the last three bytes for the next chunk's first quotes (a chunk may be shorter than three).
    const keep = Math.min(3, chunk.length);
    before.copyWithin(0, keep);
    chunk.copy(before, 3 - keep, chunk.length - keep);
    base += chunk.length;
  }
  if (pendingCr) loneCrAt.push(base - 1);
  if (lineLen > 0 || lineQuotes > 0) {
    endLine(base, false);
  }
  if (recordLines > 0) {
    shape.unclosed = true;
    recordDone(base);
  }
  if (segRecords > 0) pushSegment(lastEnd);
  const placed = placeLoneCrs(segments, loneCrAt);
  // The first record is the header.
  return {
    records: Math.max(0, records - 1),
    headerEnd,
    segments: placed.segments,
    trailingBlank: pendingBlank,
    loneCrUnplaced: placed.unplaced,
  };
}

/** Marks the segments that hold a lone CR (positions in increasing order). */
function placeLoneCrs(
  segments: RecordSegment[],
  at: readonly number[],
): { segments: RecordSegment[]; unplaced: boolean } {
  if (at.length === 0) return { segments, unplaced: false };
  let unplaced = at.length > MAX_LONE_CR;
  let i = 0;
  const marked = segments.map((g) => {
    while (i < at.length && at[i] < g.start) {
      unplaced = true;
      i++;
    }
    let has = false;
    while (i < at.length && at[i] < g.end) {
      has = true;
      i++;
    }
    return has && g.odd === undefined ? { ...g, odd: { code: 'lone-cr' as const } } : g;
  });
  if (i < at.length) unplaced = true;
  return { segments: marked, unplaced };
}

/**
 * Why another reader's rows may not line up with ours anywhere in the file, or undefined when
 * they may in every segment without an `odd` reason of its own.
 */
export function irregularity(scan: RecordScan): RowByRowCause | undefined {
  if (scan.loneCrUnplaced) return { code: 'lone-cr' };
  return undefined;
}
