/**
 * mbox splitter
 *
 * Cuts an mbox byte stream into messages at `From ` separator lines (a line starting "From " that
 * follows a blank line or starts the file and carries a time and a year), without decoding. It works
 * on a geometrically grown buffer, so the cost is linear in the input, and bounds each message: an
 * entry over the limit is reported and its bytes discarded until the next separator.
 */

export interface MboxEntry {
  /** The message bytes after the separator line (still `>From `-quoted). */
  readonly raw: Buffer;
  /** The separator line (`From sender date`). */
  readonly fromLine: string;
  /** Absolute byte offset of the separator line. */
  readonly offset: number;
  /** Absolute byte offset just after this entry (where the next separator starts). */
  readonly end: number;
  /** True when the entry exceeded the limit and `raw` holds only its first bytes. */
  readonly oversized: boolean;
}

const FROM_LINE = /^From \S+.*\d{1,2}:\d{2}.*\d{4}/;
const SEP = Buffer.from('\nFrom ', 'latin1');

export class MboxSplitter {
  private buf: Buffer = Buffer.allocUnsafe(1 << 20);
  private len = 0;
  /** Absolute offset of buf[0]. */
  private base: number;
  private searchFrom = 0;
  private readonly maxMessage: number;
  private dropping = false;
  private dropped = 0;

  constructor(startOffset: number, maxMessage: number) {
    this.base = startOffset;
    this.maxMessage = maxMessage;
  }

  private append(chunk: Buffer): void {
    if (this.len + chunk.length > this.buf.length) {
      const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + chunk.length));
      this.buf.copy(next, 0, 0, this.len);
      this.buf = next;
    }
    chunk.copy(this.buf, this.len);
    this.len += chunk.length;
  }

  /** Index of the next separator line start (> 0) in buf, or -1 when more bytes are needed. */
  private nextSeparator(): number {
    let i = this.searchFrom;
    for (;;) {
      const p = this.buf.indexOf(SEP, i);
      if (p < 0 || p >= this.len) {
        this.searchFrom = Math.max(0, this.len - SEP.length);
        return -1;
      }
      const lineStart = p + 1;
      const prevBlank =
        p === 0 || this.buf[p - 1] === 0x0a || (this.buf[p - 1] === 0x0d && this.buf[p - 2] === 0x0a);
      const eol = this.buf.indexOf(0x0a, lineStart);
      if (eol < 0 || eol >= this.len) {
        if (this.len - lineStart > 4096) {
          i = lineStart;
          continue;
        }
        this.searchFrom = p;
        return -1;
      }
      if (
        prevBlank &&
        FROM_LINE.test(this.buf.toString('latin1', lineStart, Math.min(eol, lineStart + 1000)))
      ) {
        return lineStart;
      }
      i = lineStart;
    }
  }

  private take(end: number, oversized: boolean): MboxEntry | undefined {
    const eol = this.buf.indexOf(0x0a);
    const lineEnd = eol < 0 || eol >= end ? end : eol;
    const fromLine = this.buf.toString('latin1', 0, lineEnd).replace(/\r$/, '');
    let bodyEnd = end;
    // The blank line before the next separator belongs to the mbox format, not the message.
    if (bodyEnd > 0 && this.buf[bodyEnd - 1] === 0x0a) bodyEnd--;
    if (bodyEnd > 0 && this.buf[bodyEnd - 1] === 0x0d) bodyEnd--;
    const start = Math.min(lineEnd + 1, bodyEnd);
    const raw = Buffer.from(
      this.buf.subarray(start, Math.max(start, Math.min(bodyEnd, start + this.maxMessage))),
    );
    const entry: MboxEntry = {
      raw,
      fromLine,
      offset: this.base,
      end: this.base + end + this.dropped,
      oversized,
    };
    this.compact(end);
    return entry;
  }

  private compact(from: number): void {
    this.buf.copy(this.buf, 0, from, this.len);
    this.len -= from;
    this.base += from + this.dropped;
    this.dropped = 0;
    this.searchFrom = 0;
  }

  /** Adds bytes; returns the entries completed by them. */
  push(chunk: Buffer): MboxEntry[] {
    this.append(chunk);
    const out: MboxEntry[] = [];
    for (;;) {
      const sep = this.nextSeparator();
      if (sep < 0) break;
      const e = this.take(sep, this.dropping);
      this.dropping = false;
      if (e) out.push(e);
    }
    const limit = this.dropping ? (1 << 20) + 80 * 1024 : this.maxMessage + 8192;
    if (this.len > limit) this.startDropping();
    return out;
  }

  /** Keeps the head of an oversized entry and discards the middle, so memory stays bounded. */
  private startDropping(): void {
    this.dropping = true;
    const keepHead = Math.min(this.len, 64 * 1024);
    const keepTail = 8192;
    const cut = this.len - keepTail;
    if (cut <= keepHead) return;
    this.buf.copy(this.buf, keepHead, cut, this.len);
    this.dropped += cut - keepHead;
    this.len = keepHead + keepTail;
    this.searchFrom = keepHead;
  }

  /** Flushes the last entry at end of input. */
  end(): MboxEntry[] {
    if (this.len === 0) return [];
    const e = this.take(this.len, this.dropping);
    return e ? [e] : [];
  }
}

/** Undoes `>From ` quoting (mboxo and mboxrd: one `>` is removed from `>+From ` lines). */
export function unquoteFromLines(raw: Buffer): Buffer {
  if (raw.indexOf('>From ', 0, 'latin1') < 0) return raw;
  const text = raw.toString('latin1');
  return Buffer.from(text.replace(/^>(>*From )/gm, '$1'), 'latin1');
}
