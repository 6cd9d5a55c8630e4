/**
 * Line reader
 *
 * Splits a byte stream into lines (LF or CRLF) with the byte offset and 1-based number of each, without
 * decoding: formats decide their own charset. Overlong lines are cut at the limit and flagged, so one
 * gigantic line cannot exhaust memory.
 */

export interface Line {
  /** The line's bytes without the terminator. Valid only until the next iteration. */
  readonly bytes: Buffer;
  /** Byte offset of the line's first byte in the stream. */
  readonly offset: number;
  /** Byte offset just after the line's terminator. */
  readonly end: number;
  /** 1-based line number counted from the stream start (or from `firstLine`). */
  readonly number: number;
  /** True when the line was longer than the limit and was truncated. */
  readonly truncated: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

function makeLine(buf: Buffer, offset: number, end: number, number: number, truncated: boolean): Line {
  const last = buf.length > 0 && buf[buf.length - 1] === CR ? buf.length - 1 : buf.length;
  return { bytes: buf.subarray(0, last), offset, end, number, truncated };
}

/**
 * Iterates lines of `chunks`, whose first byte is at `startOffset`.
 * Lines longer than `maxLine` bytes are truncated to `maxLine` (rest discarded) with `truncated` set.
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer>,
  maxLine: number,
  startOffset = 0,
  firstLine = 1,
): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let lineStart = startOffset;
  let pos = startOffset;
  let number = firstLine;
  let truncated = false;
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(LF, from);
      if (nl < 0) break;
      let line: Buffer;
      if (pendingLen === 0) line = chunk.subarray(from, nl);
      else {
        const room = Math.max(0, maxLine - pendingLen);
        pending.push(chunk.subarray(from, Math.min(nl, from + room)));
        line = Buffer.concat(pending);
        if (nl - from > room) truncated = true;
        pending = [];
        pendingLen = 0;
      }
      if (line.length > maxLine) {
        line = line.subarray(0, maxLine);
        truncated = true;
      }
      const end = pos + (nl - from) + 1;
      yield makeLine(line, lineStart, end, number++, truncated);
      truncated = false;
      pos = end;
      lineStart = end;
      from = nl + 1;
    }
    const rest = chunk.length - from;
    if (rest > 0) {
      const room = Math.max(0, maxLine - pendingLen);
      if (room > 0) pending.push(Buffer.from(chunk.subarray(from, from + Math.min(rest, room))));
      if (rest > room) truncated = true;
      pendingLen += Math.min(rest, room);
      pos += rest;
    }
  }
  if (pendingLen > 0 || truncated) yield makeLine(Buffer.concat(pending), lineStart, pos, number, truncated);
}
