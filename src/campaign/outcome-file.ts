/**
 * Outcome files
 *
 * Reads the participants of a real campaign (or of an earlier or control campaign) from CSV or XLSX:
 * one row per participant with any of e-mail, phone, name or person id, and a timestamp. Columns are
 * found by their header in Russian or English. Malformed dates, phones and e-mails are counted in
 * `Diagnostics`, never silently dropped: the row stays and may still match through another column.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Diagnostics } from '../shared/diagnostics.js';
import { SourceFormatError } from '../shared/errors.js';
import { normalizeIdentifier } from '../shared/message.js';
import { parseCsv, type TableRow } from './csv-table.js';
import { parseTimestamp } from './parse-timestamp.js';

export const OUTCOME_FIELDS = ['id', 'email', 'phone', 'name', 'timestamp'] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

/** Header words per field (normalized: lower case, ё → е, letters and digits only). */
const HEADER_WORDS: Record<OutcomeField, readonly string[]> = {
  id: ['id', 'personid', 'person', 'employeeid', 'табельныйномер', 'табномер', 'идентификатор', 'ид'],
  email: ['email', 'mail', 'emailaddress', 'почта', 'электроннаяпочта', 'элпочта', 'адрес'],
  phone: [
    'phone',
    'tel',
    'telephone',
    'mobile',
    'phonenumber',
    'телефон',
    'тел',
    'мобильный',
    'номертелефона',
  ],
  name: ['name', 'fullname', 'fio', 'фио', 'имя', 'участник', 'сотрудник', 'фамилияимяотчество'],
  timestamp: ['timestamp', 'time', 'date', 'datetime', 'дата', 'время', 'датаивремя', 'когда', 'датавремя'],
};

export interface OutcomeRow {
  readonly line: number;
  readonly id?: string;
  /** Normalized identifier, e.g. `email:ivanov@ozersk.ru`. */
  readonly email?: string;
  /** Normalized identifier, e.g. `phone:+79001234567`. */
  readonly phone?: string;
  readonly name?: string;
  readonly timestamp: number | null;
}

export interface OutcomeTable {
  readonly file: string;
  readonly columns: Partial<Record<OutcomeField, string>>;
  readonly rows: readonly OutcomeRow[];
}

function normHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]/g, '');
}

/** Column index per field, by exact header word first, then by prefix. */
export function detectColumns(header: readonly string[]): Partial<Record<OutcomeField, number>> {
  const norm = header.map(normHeader);
  const cols: Partial<Record<OutcomeField, number>> = {};
  for (const f of OUTCOME_FIELDS) {
    let i = norm.findIndex((h) => HEADER_WORDS[f].includes(h));
    if (i < 0)
      i = norm.findIndex((h) => h !== '' && HEADER_WORDS[f].some((w) => w.length > 3 && h.startsWith(w)));
    if (i >= 0 && !Object.values(cols).includes(i)) cols[f] = i;
  }
  return cols;
}

/** Normalized phone or null when it cannot be a phone number (10–15 digits). */
export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/[^\d]/g, '');
  if (/[a-zа-я]/i.test(raw.replace(/(доб|ext)\.?.*$/i, '')) || digits.length < 10 || digits.length > 15)
    return null;
  // A 10-digit Russian mobile without the country code.
  return normalizeIdentifier('phone', digits.length === 10 && digits[0] === '9' ? `7${digits}` : raw);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v) ?? '';
}

/** Turns one table row into an outcome row, reporting malformed cells. */
function toOutcomeRow(
  row: { line: number; cells: readonly unknown[] },
  cols: Partial<Record<OutcomeField, number>>,
  file: string,
  diag: Diagnostics,
): OutcomeRow {
  const cell = (f: OutcomeField): unknown => (cols[f] === undefined ? undefined : row.cells[cols[f]]);
  const text = (f: OutcomeField): string => cellText(cell(f));
  const pos = { file, line: row.line };
  const out: { -readonly [K in keyof OutcomeRow]: OutcomeRow[K] } = { line: row.line, timestamp: null };
  if (text('id')) out.id = text('id');
  if (text('name')) out.name = text('name');
  const email = text('email');
  if (email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.replace(/^mailto:/i, ''))) {
    out.email = normalizeIdentifier('email', email.replace(/^mailto:/i, ''));
  } else if (email) diag.report('bad-email', pos, 'not an e-mail address');
  const phone = text('phone');
  const normPhone = phone ? normalizePhone(phone) : null;
  if (normPhone) out.phone = normPhone;
  else if (phone) diag.report('bad-phone', pos, 'not a phone number (expected 10–15 digits)');
  const ts = cell('timestamp');
  if (cols.timestamp !== undefined) {
    out.timestamp = parseTimestamp(ts);
    if (out.timestamp === null) {
      if (text('timestamp')) diag.report('bad-date', pos, 'unrecognised date');
      else diag.report('missing-date', pos, 'empty timestamp');
    }
  }
  return out;
}

async function readXlsxRows(path: string): Promise<{ line: number; cells: unknown[] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  if (!ws) throw new SourceFormatError({ file: path }, 'the workbook has no worksheet');
  const rows: { line: number; cells: unknown[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const v: unknown = cell.value;
      cells.push(v instanceof Date || typeof v === 'number' ? v : v === null ? '' : cell.text);
    }
    rows.push({ line, cells });
  });
  return rows;
}

/** Parses already-read rows (first row = header). Throws when no identifying column exists. */
export function parseOutcomeRows(
  file: string,
  rows: readonly { line: number; cells: readonly unknown[] }[],
  diag: Diagnostics,
): OutcomeTable {
  if (rows.length === 0) throw new SourceFormatError({ file }, 'empty outcome file (expected a header row)');
  const header = rows[0].cells.map(cellText);
  const cols = detectColumns(header);
  if (
    cols.id === undefined &&
    cols.email === undefined &&
    cols.phone === undefined &&
    cols.name === undefined
  ) {
    throw new SourceFormatError(
      { file, line: rows[0].line },
      `no participant column in header [${header.join(', ')}] (expected e-mail, phone, name or id)`,
    );
  }
  const columns: Partial<Record<OutcomeField, string>> = {};
  for (const f of OUTCOME_FIELDS) if (cols[f] !== undefined) columns[f] = header[cols[f]];
  return { file, columns, rows: rows.slice(1).map((r) => toOutcomeRow(r, cols, file, diag)) };
}

/**
 * Parses the text of an outcome CSV (comma, semicolon or tab), e.g. an upload; `file` names it in
 * diagnostics and errors.
 */
export function parseOutcomeCsv(file: string, text: string, diag: Diagnostics): OutcomeTable {
  return parseOutcomeRows(file, parseCsv(text.replace(/^\uFEFF/, '')), diag);
}

/**
 * Reads an outcome file (`.csv`, `.tsv`, `.txt` or `.xlsx`).
 * @example
 * const diag = new Diagnostics();
 * const table = await readOutcomeFile('vote-2024.xlsx', diag);
 */
export async function readOutcomeFile(path: string, diag: Diagnostics): Promise<OutcomeTable> {
  const ext = extname(path).toLowerCase();
  let rows: readonly TableRow[] | { line: number; cells: unknown[] }[];
  if (ext === '.xlsx') {
    try {
      rows = await readXlsxRows(path);
    } catch (cause) {
      if (cause instanceof SourceFormatError) throw cause;
      throw new SourceFormatError({ file: path }, 'not a readable XLSX workbook', { cause });
    }
  } else if (ext === '.csv' || ext === '.tsv' || ext === '.txt') {
    rows = parseCsv(await readFile(path, 'utf8'));
  } else {
    throw new SourceFormatError(
      { file: path },
      `unsupported outcome file type "${ext}" (expected .csv or .xlsx)`,
    );
  }
  return parseOutcomeRows(path, rows, diag);
}
