import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../shared/diagnostics.js';
import { parseCsv } from './csv-table.js';
import { createMatchDirectory, matchOutcome, nameKey } from './match-outcome.js';
import { detectColumns, normalizePhone, readOutcomeFile } from './outcome-file.js';
import { parseTimestamp } from './parse-timestamp.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sociogram-outcome-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const people = [
  { id: 'p1', name: 'Иванов Иван Петрович' },
  { id: 'p2', name: 'Семёнова Анна' },
  { id: 'p3', name: 'Петров Пётр' },
  { id: 'p4', name: 'Петров Пётр' },
  { id: 'p5', name: 'Smith John' },
];
const links = [
  { identifier: 'email:ivanov@ozersk.ru', personId: 'p1' },
  { identifier: 'phone:+79001234567', personId: 'p2' },
  { identifier: 'email:smith@ozersk.ru', personId: 'p5' },
];

describe('parsing', () => {
  it('reads quoted CSV with semicolons, BOM, CRLF and embedded newlines', () => {
    const rows = parseCsv('\ufeffФИО;Почта\r\n"Иванов; И.";"a@b.ru"\r\n"многострочное\nимя";x@y.ru\r\n\r\n');
    expect(rows.map((r) => r.cells)).toEqual([
      ['ФИО', 'Почта'],
      ['Иванов; И.', 'a@b.ru'],
      ['многострочное\nимя', 'x@y.ru'],
    ]);
    expect(rows[2].line).toBe(3);
  });

  it('detects Russian and English headers', () => {
    expect(detectColumns(['ФИО', 'Эл. почта', 'Телефон', 'Дата и время'])).toEqual({
      name: 0,
      email: 1,
      phone: 2,
      timestamp: 3,
    });
    expect(detectColumns(['E-mail', 'Timestamp', 'Person ID'])).toEqual({ email: 0, timestamp: 1, id: 2 });
  });

  it('parses timestamps in ISO, Russian, epoch and Excel forms, and rejects nonsense', () => {
    expect(parseTimestamp('2024-03-05')).toBe(Date.UTC(2024, 2, 5));
    expect(parseTimestamp('2024-03-05 14:30')).toBe(Date.UTC(2024, 2, 5, 14, 30));
    expect(parseTimestamp('05.03.2024 14:30')).toBe(Date.UTC(2024, 2, 5, 14, 30));
    expect(parseTimestamp('1709649000')).toBe(1709649000000);
    expect(parseTimestamp(45356)).toBe(Date.UTC(2024, 2, 5));
    expect(parseTimestamp('31.02.2024')).toBeNull();
    expect(parseTimestamp('вчера')).toBeNull();
    expect(parseTimestamp('2024-13-01')).toBeNull();
  });

  it('normalizes Russian phones and rejects malformed ones', () => {
    expect(normalizePhone('8 (900) 123-45-67')).toBe('phone:+79001234567');
    expect(normalizePhone('9001234567')).toBe('phone:+79001234567');
    expect(normalizePhone('+7 900 123 45 67')).toBe('phone:+79001234567');
    expect(normalizePhone('12-34')).toBeNull();
    expect(normalizePhone('call me')).toBeNull();
  });

  it('name keys ignore case, ё and word order', () => {
    expect(nameKey('СЕМЁНОВА анна')).toBe(nameKey('Анна Семенова'));
  });
});

describe('readOutcomeFile + matchOutcome', () => {
  it('matches CSV rows and counts every kind of bad row', async () => {
    const csv = [
      'ФИО;Почта;Телефон;Дата',
      ';IVANOV+vote@ozersk.ru;;05.03.2024 10:00',
      'Анна Семенова;;8-900-123-45-67;2024-03-04',
      ';;+7 900 123 45 67;31.02.2024',
      'Петров Пётр;;;2024-03-05',
      'Неизвестный Человек;nobody@ozersk.ru;;2024-03-05',
      'Smith John;not-an-email;12;',
    ].join('\n');
    const path = join(dir, 'vote.csv');
    await writeFile(path, csv);
    const diag = new Diagnostics();
    const table = await readOutcomeFile(path, diag);
    expect(table.rows).toHaveLength(6);
    const m = matchOutcome(table, createMatchDirectory(people, links), diag);
    expect(m.participants.map((p) => p.personId).sort()).toEqual(['p1', 'p2', 'p5']);
    expect(m.participants.find((p) => p.personId === 'p2')!.timestamp).toBe(Date.UTC(2024, 2, 4));
    expect(m.unmatchedRows).toBe(2);
    expect(m.duplicates).toBe(1);
    expect(diag.countOf('bad-date')).toBe(1);
    expect(diag.countOf('missing-date')).toBe(1);
    expect(diag.countOf('bad-email')).toBe(1);
    expect(diag.countOf('bad-phone')).toBe(1);
    expect(diag.countOf('ambiguous-name')).toBe(1);
    expect(diag.countOf('unmatched')).toBe(1);
    expect(diag.countOf('duplicate')).toBe(1);
  });

  it('reads XLSX with date cells and hyperlinked e-mails', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Участники');
    ws.addRow(['Email', 'Время']);
    ws.addRow([
      { text: 'smith@ozersk.ru', hyperlink: 'mailto:smith@ozersk.ru' },
      new Date(Date.UTC(2024, 2, 5, 9)),
    ]);
    ws.addRow(['ivanov@ozersk.ru', '2024-03-06T08:00:00Z']);
    const path = join(dir, 'vote.xlsx');
    await wb.xlsx.writeFile(path);
    const diag = new Diagnostics();
    const m = matchOutcome(await readOutcomeFile(path, diag), createMatchDirectory(people, links), diag);
    expect(m.participants).toEqual([
      { personId: 'p5', timestamp: Date.UTC(2024, 2, 5, 9), method: 'email' },
      { personId: 'p1', timestamp: Date.UTC(2024, 2, 6, 8), method: 'email' },
    ]);
    expect(diag.total).toBe(0);
  });

  it('throws SourceFormatError when no participant column exists or the type is unknown', async () => {
    const path = join(dir, 'bad.csv');
    await writeFile(path, 'foo,bar\n1,2\n');
    await expect(readOutcomeFile(path, new Diagnostics())).rejects.toMatchObject({ code: 'SOURCE_FORMAT' });
    await expect(readOutcomeFile(join(dir, 'x.pdf'), new Diagnostics())).rejects.toMatchObject({
      code: 'SOURCE_FORMAT',
    });
  });
});
