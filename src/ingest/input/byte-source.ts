/**
 * Byte sources
 *
 * Files as adapters see them: a real file read as a stream (transparently gunzipped when it starts
 * with the gzip magic), or an in-memory buffer (archive entries, tests). Offsets are always in the
 * decompressed bytes, so a checkpoint means the same thing for `x.mbox` and `x.mbox.gz`.
 */
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { SourceFormatError } from '../../shared/errors.js';
import type { ByteSource } from '../types.js';

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

function isGzipFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const b = Buffer.alloc(2);
    const n = readSync(fd, b, 0, 2, 0);
    return n === 2 && b[0] === GZIP_MAGIC_0 && b[1] === GZIP_MAGIC_1;
  } finally {
    closeSync(fd);
  }
}

/** Skips the first `start` bytes of a stream of chunks. */
async function* skipBytes(chunks: AsyncIterable<Buffer>, start: number): AsyncGenerator<Buffer> {
  let toSkip = start;
  for await (const chunk of chunks) {
    if (toSkip >= chunk.length) {
      toSkip -= chunk.length;
      continue;
    }
    yield toSkip > 0 ? chunk.subarray(toSkip) : chunk;
    toSkip = 0;
  }
}

async function collect(chunks: AsyncIterable<Buffer>, path: string, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const c of chunks) {
    total += c.length;
    if (total > limit) {
      throw new SourceFormatError({ file: path, offset: limit }, `file larger than the ${limit}-byte limit`, {
        code: 'TOO_LARGE',
      });
    }
    parts.push(c);
  }
  return Buffer.concat(parts, total);
}

async function firstBytes(chunks: AsyncIterable<Buffer>, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const c of chunks) {
    parts.push(c);
    total += c.length;
    if (total >= bytes) break;
  }
  return Buffer.concat(parts, total).subarray(0, bytes);
}

/** A byte source over a file on disk; `path` is the display path used in positions. */
export function createFileSource(file: string, path: string): ByteSource {
  const st = statSync(file);
  const size = st.size;
  const gz = size >= 2 && isGzipFile(file);
  const raw = (start: number): AsyncIterable<Buffer> =>
    createReadStream(file, { start, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  const stream = (start = 0): AsyncIterable<Buffer> => {
    if (!gz) return raw(start);
    const gunzip = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(createGunzip());
    return skipBytes(gunzip as AsyncIterable<Buffer>, start);
  };
  return {
    path,
    size,
    mtimeMs: st.mtimeMs,
    ...(gz ? {} : { diskPath: file }),
    stream,
    head: (bytes) => firstBytes(stream(0), bytes),
    readAll: (limit) => collect(stream(0), path, limit),
  };
}

/** A byte source over bytes already in memory. */
export function createBufferSource(path: string, data: Buffer): ByteSource {
  return {
    path,
    size: data.length,
    stream(start = 0) {
      const CHUNK = 1 << 20;
      const chunks: Buffer[] = [];
      for (let i = start; i < data.length; i += CHUNK)
        chunks.push(data.subarray(i, Math.min(i + CHUNK, data.length)));
      return Readable.from(chunks) as AsyncIterable<Buffer>;
    },
    head: (bytes) => Promise.resolve(data.subarray(0, bytes)),
    readAll: (limit) =>
      data.length > limit
        ? Promise.reject(
            new SourceFormatError({ file: path, offset: limit }, `file larger than the ${limit}-byte limit`, {
              code: 'TOO_LARGE',
            }),
          )
        : Promise.resolve(data),
  };
}
