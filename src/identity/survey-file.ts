/**
 * Survey file rows
 *
 * Reads a nomination survey as rows of cells with their line (CSV) or row (XLSX) numbers, so every
 * bad answer can be reported by file and row. CSV may be UTF-8 (with or without BOM) or a Cyrillic
 * code page; a UTF-8 file with a few undecodable lines keeps its other lines, and the broken ones are
 * marked so the caller can report them instead of reading garbage names.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeText, detectDelimiter, splitRecord } from '../ingest/index.js';
import { readXlsxNumberedRows } from './xlsx.js';

export interface SurveyRow {
  /** 1-based line (CSV) or row (XLSX) number. */
  readonly line: number;
  readonly cells: readonly string[];
  /** True when the line's bytes were not valid in the file's encoding. */
  readonly badEncoding: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Splits bytes at LF into lines (CR trimmed later with the text). */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return out;
}

/**
 * Decodes line by line when most non-ASCII lines are UTF-8 (a few broken lines are then marked);
 * otherwise the whole file is one code page, detected as for mail bodies.
 */
function decodeLines(bytes: Uint8Array): { text: string; bad: boolean }[] {
  const lines = byteLines(bytes);
  const nonAscii = lines.filter((l) => l.some((b) => b > 0x7f));
  const utf8 = nonAscii.filter(isUtf8).length;
  if (nonAscii.length && utf8 * 2 < nonAscii.length) {
    return decodeText(bytes)
      .split('\n')
      .map((text) => ({ text, bad: false }));
  }
  return lines.map((l) => {
    const ok = isUtf8(l);
    return { text: Buffer.from(l).toString('utf8'), bad: !ok };
  });
}

function csvRows(file: string): SurveyRow[] {
  const lines = decodeLines(readFileSync(file));
  if (lines[0]) lines[0] = { ...lines[0], text: lines[0].text.replace(/^\uFEFF/, '') };
  const delimiter = detectDelimiter((lines[0]?.text ?? '').replace(/\r$/, ''));
  const rows: SurveyRow[] = [];
  let pending = '';
  let startLine = 0;
  let bad = false;
  lines.forEach((l, i) => {
    const text = l.text.replace(/\r$/, '');
    if (!pending) startLine = i + 1;
    pending = pending ? `${pending}\n${text}` : text;
    bad ||= l.bad;
    // An odd number of quotes means a quoted field runs on to the next line.
    if ((pending.match(/"/g)?.length ?? 0) % 2 === 1 && i < lines.length - 1) return;
    if (pending.trim())
      rows.push({ line: startLine, cells: splitRecord(pending, delimiter).fields, badEncoding: bad });
    pending = '';
    bad = false;
  });
  return rows;
}

/** Rows of a survey in CSV or XLSX (first worksheet), header first. */
export async function readSurveyRows(file: string): Promise<SurveyRow[]> {
  if (extname(file).toLowerCase() === '.xlsx') {
    return (await readXlsxNumberedRows(file)).map((r) => ({ ...r, badEncoding: false }));
  }
  return csvRows(file);
}
