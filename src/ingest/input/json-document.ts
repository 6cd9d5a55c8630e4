/**
 * Whole JSON documents
 *
 * Reads and parses one JSON file with a size limit. A syntax error becomes a SourceFormatError with
 * the byte position JSON.parse reports, so the user sees where the file is broken.
 */
import { SourceFormatError } from '../../shared/errors.js';
import type { ByteSource } from '../types.js';

/** Reads `file` and parses it as JSON (a UTF-8 BOM is allowed). */
export async function readJsonDocument(file: ByteSource, limit: number): Promise<unknown> {
  const bytes = await file.readAll(limit);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const offset = pos ? Buffer.byteLength(text.slice(0, Number(pos[1]))) : undefined;
    throw new SourceFormatError(
      { file: file.path, ...(offset !== undefined ? { offset } : {}) },
      `invalid JSON: ${msg}`,
      {
        code: 'INVALID_JSON',
        cause: err,
      },
    );
  }
}
