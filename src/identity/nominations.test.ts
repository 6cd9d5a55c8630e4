import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Diagnostics } from '../shared/diagnostics.js';
import { SourceFormatError } from '../shared/errors.js';
import type { IdentityLink, Person } from '../store/index.js';
import { cleanupTempDirs, makeTempDir } from '../test-helpers/temp-dir.js';
import { readNominationSurvey } from './nominations.js';

afterAll(cleanupTempDirs);

const PEOPLE: Person[] = [
  { id: 'p1', name: 'Иванова Мария Петровна', kind: 'staff' },
  { id: 'p2', name: 'Петров Сергей Иванович', kind: 'staff' },
  { id: 'p3', name: 'Сидоров Олег Андреевич', kind: 'staff' },
  { id: 'p4', name: 'Смирнова Анна Олеговна', kind: 'staff' },
  { id: 'p5', name: 'Смирнова Анна Игоревна', kind: 'staff' },
];
const LINKS: IdentityLink[] = [
  { identifier: 'email:m.ivanova@ozersk.ru', personId: 'p1', method: 'directory' },
  { identifier: 'telegram:spetrov', personId: 'p2', method: 'directory' },
];

function write(name: string, content: string | Buffer): string {
  const file = join(makeTempDir(), name);
  writeFileSync(file, content);
  return file;
}

async function read(file: string) {
  const diagnostics = new Diagnostics();
  const result = await readNominationSurvey(file, PEOPLE, LINKS, diagnostics);
  return { ...result, diagnostics };
}

describe('readNominationSurvey', () => {
  it('resolves names, addresses, handles and ids, and reports hostile rows by line', async () => {
    const file = write(
      'survey.csv',
      [
        'Респондент;Кого вы спрашиваете о совете?',
        'Иванова Мария Петровна;Петров Сергей',
        'm.ivanova@ozersk.ru;@spetrov', // duplicate of line 2
        'p2;"Sidorov Oleg; Иванова М.П."',
        ';Петров Сергей', // empty respondent
        'Сидоров Олег;', // empty nominee
        'Сидоров Олег;Сидоров О.А.', // self-nomination
        'Сидоров Олег;Пертов Сергей', // misspelt: unknown nominee
        'Сидоров Олег;Смирнова Анна', // two people fit: unknown
        'Кто-то Неизвестный;Петров Сергей', // unknown respondent
        '',
      ].join('\n'),
    );
    const r = await read(file);
    expect(r.rows).toBe(9);
    expect(r.nominations.map((n) => `${n.respondent}>${n.nominee}`)).toEqual(['p1>p2', 'p2>p3', 'p2>p1']);
    expect(r.nominations[0]).toMatchObject({ question: '', position: 'survey.csv:2' });
    expect(r.survey).toMatch(/^survey\.csv#[0-9a-f]{12}$/);
    expect(r.respondents).toBe(2);
    const d = r.diagnostics;
    expect(d.countOf('duplicate')).toBe(1);
    expect(d.countOf('empty-respondent')).toBe(1);
    expect(d.countOf('empty-nominee')).toBe(1);
    expect(d.countOf('self-nomination')).toBe(1);
    expect(d.countOf('unknown-nominee')).toBe(2);
    expect(d.countOf('unknown-respondent')).toBe(1);
    expect(d.summary().find((s) => s.reason === 'duplicate')?.examples[0]).toContain('survey.csv:3');
  });

  it('reports an undecodable line and keeps the rest of a UTF-8 file', async () => {
    const head = Buffer.from('respondent,nominee,question\nИванова Мария,Петров Сергей,advice\n', 'utf8');
    const broken = Buffer.concat([
      Buffer.from('Петров Сергей,'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(',news\n'),
    ]);
    const tail = Buffer.from('Сидоров Олег,Иванова Мария,news\n', 'utf8');
    const r = await read(write('s.csv', Buffer.concat([head, broken, tail])));
    expect(r.nominations.map((n) => `${n.respondent}>${n.nominee}:${n.question}`)).toEqual([
      'p1>p2:advice',
      'p3>p1:news',
    ]);
    expect(r.diagnostics.summary()).toEqual([
      { reason: 'bad-encoding', count: 1, examples: [expect.stringContaining('s.csv:3') as string] },
    ]);
  });

  it('reads a windows-1251 file and wide XLSX surveys with one column per question', async () => {
    const cp = iconv.encode('ФИО;Кому сообщить новость первым\nПетров Сергей;Иванова Мария\n', 'win1251');
    expect((await read(write('cp.csv', cp))).nominations).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ответы');
    ws.addRow(['Респондент', 'Кого вы спрашиваете о совете', 'Кому сообщить новость первым']);
    ws.addRow(['Петров Сергей', 'Иванова Мария; Сидоров Олег', 'Иванова Мария']);
    const file = join(makeTempDir(), 'survey.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await read(file);
    expect(r.nominations.map((n) => [n.nominee, n.question, n.position])).toEqual([
      ['p1', 'Кого вы спрашиваете о совете', 'survey.xlsx:2'],
      ['p3', 'Кого вы спрашиваете о совете', 'survey.xlsx:2'],
      ['p1', 'Кому сообщить новость первым', 'survey.xlsx:2'],
    ]);
  });

  it('refuses a file without respondent and nominee columns', async () => {
    await expect(read(write('x.csv', 'a,b\n1,2\n'))).rejects.toBeInstanceOf(SourceFormatError);
    await expect(read(write('e.csv', ''))).rejects.toBeInstanceOf(SourceFormatError);
  });
});
