/**
 * Mail header block
 *
 * Finds the end of a header block, decodes its bytes (raw 8-bit headers are detected like bodies),
 * unfolds continuation lines and returns the fields in order. A header block larger than the limit
 * is cut there and reported as oversized rather than read in full.
 */
import { decodeText, isAscii } from './charset.js';

export interface HeaderBlock {
  /** Lower-cased field name → values in order of appearance. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** Byte offset where the body starts (after the blank line), or the input length. */
  readonly bodyStart: number;
  readonly oversized: boolean;
}

/** Index just after the blank line ending the headers, or -1. */
function findHeaderEnd(raw: Buffer, limit: number): number {
  const scanEnd = Math.min(raw.length, limit);
  let i = 0;
  while (i < scanEnd) {
    const nl = raw.indexOf(0x0a, i);
    if (nl < 0 || nl >= scanEnd) return -1;
    const next = nl + 1;
    if (raw[next] === 0x0a) return next + 1;
    if (raw[next] === 0x0d && raw[next + 1] === 0x0a) return next + 2;
    i = next;
  }
  return -1;
}

function decodeHeaderBytes(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : decodeText(bytes);
}

/** Unfolds and splits header text into (name, value) pairs; lines without a colon are ignored. */
function splitFields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  const lines = text.split(/\r?\n/);
  let name = '';
  let value = '';
  const flush = (): void => {
    if (!name) return;
    const list = fields.get(name) ?? [];
    list.push(value.trim());
    fields.set(name, list);
  };
  for (const line of lines) {
    if (line.length === 0) continue;
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && name) {
      value += ' ' + line.trim();
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || /\s/.test(line.slice(0, colon))) {
      flush();
      name = '';
      continue;
    }
    flush();
    name = line.slice(0, colon).toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  return fields;
}

/** Parses the header block at the start of `raw`. */
export function parseHeaderBlock(raw: Buffer, maxHeaderBytes: number): HeaderBlock {
  const end = findHeaderEnd(raw, maxHeaderBytes);
  let headerEnd = end;
  let bodyStart = end;
  let oversized = false;
  if (end < 0) {
    oversized = raw.length > maxHeaderBytes;
    headerEnd = Math.min(raw.length, maxHeaderBytes);
    bodyStart = oversized ? raw.length : raw.length;
  }
  const fields = splitFields(decodeHeaderBytes(raw.subarray(0, headerEnd)));
  return { fields, bodyStart, oversized };
}

/** The first value of a field, or undefined. */
export function firstField(fields: ReadonlyMap<string, readonly string[]>, name: string): string | undefined {
  return fields.get(name)?.[0];
}

/** Splits `type/subtype; a=b; c="d"` into a lower-cased value and parameters (RFC 2231 `*` joined). */
export function parseParams(value: string | undefined): { value: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  if (!value) return { value: '', params };
  const parts = value.match(/(?:[^;"]+|"(?:\\.|[^"\\])*")+/g) ?? [];
  const head = (parts[0] ?? '').trim().toLowerCase();
  for (const p of parts.slice(1)) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    let v = p.slice(eq + 1).trim();
    if (v.startsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    const base = key.replace(/\*\d*\*?$/, '');
    if (key.endsWith('*') && /^[\w-]*'[\w-]*'/.test(v)) {
      const [cs, , enc] = v.split("'") as [string, string, string];
      try {
        v = decodeURIComponent(enc.replace(/%(?![0-9a-f]{2})/gi, '%25'));
      } catch {
        v = enc;
      }
      if (cs && cs.toLowerCase() !== 'utf-8') v = enc;
    }
    params.set(base, (params.get(base) ?? '') + v);
  }
  return { value: head, params };
}
