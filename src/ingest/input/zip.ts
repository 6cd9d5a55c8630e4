/**
 * .zip archives
 *
 * Extracts an archive to a private temporary folder, streaming, so the adapters read its entries as
 * ordinary files (and a Slack or Telegram export zip is read exactly like its unpacked folder).
 * Expansion is bounded in total bytes and in ratio to the compressed bytes read, so an archive bomb
 * ends in a clear error after a bounded amount of work.
 */
import { createReadStream, mkdirSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { SourceFormatError } from '../../shared/errors.js';
import type { IngestLimits } from '../types.js';

/** Small archives may have any ratio; the ratio limit applies beyond this many expanded bytes. */
const RATIO_GRACE_BYTES = 16 * 1024 * 1024;

export interface ExtractedArchive {
  readonly dir: string;
  /** Relative paths of the extracted files, sorted. */
  readonly files: readonly string[];
}

/** A safe relative path for an entry name, or undefined for directories and escapes. */
function safeName(name: string): string | undefined {
  if (name.endsWith('/')) return undefined;
  const n = normalize(name.replace(/\\/g, '/')).replace(/^(\.\.(\/|$))+/, '');
  if (!n || n.startsWith('/') || n.split('/').includes('..') || n.startsWith('__MACOSX')) return undefined;
  return n;
}

/** Extracts `file` (display path `path`) into a new temporary folder. */
export async function extractZip(
  file: string,
  path: string,
  limits: IngestLimits,
): Promise<ExtractedArchive> {
  const dir = mkdtempSync(join(tmpdir(), 'sociogram-zip-'));
  const files: string[] = [];
  let compressedRead = 0;
  let expanded = 0;
  let failure: Error | undefined;
  const fail = (msg: string, code: string): void => {
    failure ??= new SourceFormatError({ file: path, offset: compressedRead }, msg, { code });
  };
  const onFile = (entry: UnzipFile): void => {
    const rel = safeName(entry.name);
    if (!rel || failure) return;
    const target = join(dir, rel);
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, 'w');
    files.push(rel);
    entry.ondata = (err, data, final) => {
      if (err) fail(`damaged archive entry ${entry.name}: ${err.message}`, 'ARCHIVE_DAMAGED');
      if (failure) {
        entry.terminate();
        closeSync(fd);
        return;
      }
      expanded += data.length;
      if (expanded > limits.maxArchiveBytes) {
        fail(
          `archive expands beyond ${limits.maxArchiveBytes} bytes (possible archive bomb)`,
          'ARCHIVE_BOMB',
        );
      } else if (expanded > RATIO_GRACE_BYTES && expanded > compressedRead * limits.maxArchiveRatio) {
        fail(`archive expands more than ${limits.maxArchiveRatio}× (possible archive bomb)`, 'ARCHIVE_BOMB');
      } else writeSync(fd, data);
      if (final || failure) closeSync(fd);
    };
    entry.start();
  };
  const unzip = new Unzip(onFile);
  unzip.register(UnzipInflate);
  try {
    for await (const chunk of createReadStream(file, {
      highWaterMark: 256 * 1024,
    }) as AsyncIterable<Buffer>) {
      compressedRead += chunk.length;
      unzip.push(chunk, false);
      if (failure) break;
    }
    if (!failure) unzip.push(new Uint8Array(0), true);
  } catch (err) {
    fail(`unreadable archive: ${(err as Error).message}`, 'ARCHIVE_DAMAGED');
  }
  if (failure) {
    rmSync(dir, { recursive: true, force: true });
    throw failure;
  }
  return { dir, files: files.sort() };
}

/** True when a file starts with the zip local-header magic. */
export function isZipHead(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
