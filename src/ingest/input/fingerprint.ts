/**
 * Source fingerprints
 *
 * A content fingerprint recognizes a file that was already ingested even when it was moved or
 * renamed: its size plus a hash of its first and last 64 KiB. Trees (Maildir, exports) are
 * fingerprinted by their sorted relative paths and sizes.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

const SAMPLE = 64 * 1024;

/** Fingerprint of one file on disk. */
export function fingerprintFile(file: string): string {
  const size = statSync(file).size;
  const h = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(SAMPLE, size));
    readSync(fd, head, 0, head.length, 0);
    h.update(head);
    if (size > SAMPLE) {
      const tail = Buffer.alloc(Math.min(SAMPLE, size - SAMPLE));
      readSync(fd, tail, 0, tail.length, size - tail.length);
      h.update(tail);
    }
  } finally {
    closeSync(fd);
  }
  return `f:${size}:${h.digest('hex').slice(0, 32)}`;
}

/** Fingerprint of a tree from its (relative path, size) list. */
export function fingerprintTree(format: string, entries: readonly { rel: string; size: number }[]): string {
  const h = createHash('sha256');
  h.update(format);
  for (const e of [...entries].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    h.update(`\u0000${e.rel}\u0000${e.size}`);
  }
  return `t:${entries.length}:${h.digest('hex').slice(0, 32)}`;
}
