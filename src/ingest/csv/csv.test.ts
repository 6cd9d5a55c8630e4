import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { describeAdapterContract, readFixture } from '../adapter-contract.js';
import { csvAdapter } from './csv-adapter.js';
import { type CsvRecord, endsInsideQuote, readCsvRecords } from './csv-records.js';
import { jsonlAdapter } from './jsonl-adapter.js';
import { validateCsvMapping, readIngestConfig } from './mapping.js';
import { chooseHeadCharset } from '../mime/charset.js';
import { DLP_MAPPING, RU_TEXT, sampleDlpCsv, sampleJsonl } from '../../../test/fixtures/ingest/samples.js';

export const csvContract = describeAdapterContract({
  adapter: csvAdapter,
  valid: sampleDlpCsv(),
  expectedMessages: 3,
  cyrillic: RU_TEXT,
  csvMapping: DLP_MAPPING,
  fileName: 'dlp.csv',
  hostile: {
    'wrong column counts': Buffer.concat([sampleDlpCsv(), Buffer.from('a,b\n1,2,3,4,5,6,7,8,9,10,11\n')]),
    'unbalanced quote': Buffer.concat([
      sampleDlpCsv(),
      Buffer.from('2025-01-06T10:00:00Z,e9,x@y.ru,email,send,"z@y.ru,s,0,0\n'),
    ]),
  },
});

export const jsonlContract = describeAdapterContract({
  adapter: jsonlAdapter,
  valid: sampleJsonl(),
  expectedMessages: 2,
  cyrillic: RU_TEXT,
  csvMapping: DLP_MAPPING,
  fileName: 'events.jsonl',
  hostile: { 'invalid JSON lines': Buffer.concat([sampleJsonl(), Buffer.from('{"a":\n[1,2]\nnull\n')]) },
});

describe('csv specifics', () => {
  it('reads a windows-1251 file with ; delimiter and Russian dates', async () => {
    const text =
      'timestamp;event_id;user;channel;action;recipients;subject;attachments;size\n06.01.2025 10:00;e1;ivanova;почта;send;petrov@ozersk.ru,sidorov@ozersk.ru;Отчёт;а.docx;5\n';
    const r = await readFixture(
      { adapter: csvAdapter, csvMapping: DLP_MAPPING },
      iconv.encode(text, 'windows-1251'),
    );
    expect(r.messages[0]).toMatchObject({
      key: 'event:e1',
      channel: 'email',
      subject: 'Отчёт',
      sender: { id: 'user:ivanova' },
      attachmentCount: 1,
      timestamp: Date.UTC(2025, 0, 6, 10),
    });
    expect(r.messages[0]?.recipients).toHaveLength(2);
  });

  it('keeps quoted line breaks inside one record and reports the next record correctly', async () => {
    const r = await readFixture({ adapter: csvAdapter, csvMapping: DLP_MAPPING }, sampleDlpCsv());
    expect(r.messages[2]?.subject).toBe('многострочная\nтема');
  });

  it('reads a quote inside an unquoted field as a character, so the rows after it stay rows', async () => {
    const stray =
      '2025-01-06T10:01:00Z,e7,ivanova@ozersk.ru,email,send,petrov@ozersk.ru,Монитор 27" в 204,0,0\n';
    const after = Array.from(
      { length: 50 },
      (_, i) =>
        `2025-01-06T11:${String(i).padStart(2, '0')}:00Z,f${i},petrov@ozersk.ru,email,send,ivanova@ozersk.ru,тема ${i},0,0\n`,
    ).join('');
    const r = await readFixture(
      { adapter: csvAdapter, csvMapping: DLP_MAPPING },
      Buffer.concat([sampleDlpCsv(), Buffer.from(stray + after)]),
    );
    expect(r.error).toBeUndefined();
    expect(r.skipped).toEqual([]);
    expect(r.messages).toHaveLength(3 + 1 + 50);
    expect(r.messages.find((m) => m.key === 'event:e7')?.subject).toBe('Монитор 27" в 204');
    expect(r.messages.at(-1)?.subject).toBe('тема 49');
  });

  it('loses only the row whose quote never closes, not the rows after it', async () => {
    const row = (i: number) =>
      `2025-01-06T11:${String(i % 60).padStart(2, '0')}:00Z,f${i},petrov@ozersk.ru,email,send,ivanova@ozersk.ru,тема ${i},0,0\n`;
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => row(from + i)).join('');
    const open = '2025-01-06T10:01:00Z,e7,ivanova@ozersk.ru,email,send,petrov@ozersk.ru,"Не закрыта,0,0\n';
    // Closed, but only after more than the record limit of rows: also cut to its first line.
    const late = open.replace('e7', 'e8') + rows(100, 160) + 'конец",0,0\n';
    const r = await readFixture(
      { adapter: csvAdapter, csvMapping: DLP_MAPPING },
      Buffer.concat([sampleDlpCsv(), Buffer.from(open + rows(0, 50) + late + rows(200, 210))]),
      { maxLineBytes: 2048 },
    );
    expect(r.error).toBeUndefined();
    expect(r.messages.map((m) => m.key)).toEqual([
      'event:e1',
      'event:e2',
      'event:e3',
      ...[...Array(50).keys(), ...Array.from({ length: 60 }, (_, i) => 100 + i)].map((i) => `event:f${i}`),
      ...Array.from({ length: 10 }, (_, i) => `event:f${200 + i}`),
    ]);
    // The two opening rows, and the row that closes the late quote read on its own.
    expect(r.skipped.map((x) => x.source)).toEqual([
      { file: 'fixture', record: 4 },
      { file: 'fixture', record: 55 },
      { file: 'fixture', record: 116 },
    ]);
  });

  it('reads from any record on as a read from the start does, after a quote cut at the record limit', async () => {
    // With a 30-byte record limit the first quote is cut (its closing line comes too late) and the
    // second one closes in time.
    const body = `${['a,b,c', '1,"not closed for long,3', '4,5,6', '7,8,9', '10,11,12', 'x",13', '7,"two', 'lines",9', '11,12,13'].join('\n')}\n`;
    const bytes = Buffer.from(body);
    const read = async (from: number) => {
      const out: CsvRecord[] = [];
      const chunks = Readable.from([bytes.subarray(from)]) as AsyncIterable<Buffer>;
      for await (const rec of readCsvRecords(chunks, ',', null, 30, from)) out.push(rec);
      return out;
    };
    const all = await read(0);
    expect(all.map((x) => x.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'not closed for long,3'],
      ['4', '5', '6'],
      ['7', '8', '9'],
      ['10', '11', '12'],
      ['x"', '13'],
      ['7', 'two\nlines', '9'],
      ['11', '12', '13'],
    ]);
    expect(all.map((x) => x.damaged)).toEqual([false, true, false, false, false, false, false, false]);
    for (let k = 1; k < all.length; k++) expect(await read(all[k - 1].end)).toEqual(all.slice(k));
  });

  it('finds where a line leaves a quoted field open, reading quotes only at the start of a field', () => {
    const open = (line: string, inside = false, delimiter = ',') =>
      endsInsideQuote(Buffer.from(line), delimiter.charCodeAt(0), inside);
    expect(open('a,b"c,d')).toBe(false);
    expect(open('a,"b,c')).toBe(true);
    expect(open('a,"b"",c')).toBe(true);
    expect(open('a,"b""",c')).toBe(false);
    expect(open('x"y,"z')).toBe(true);
    expect(open('"a"b,c')).toBe(false);
    expect(open('rest of a field",next,"open', true)).toBe(true);
    expect(open('still inside', true)).toBe(true);
    expect(open('closes"" not yet', true)).toBe(true);
    expect(open('a;"b;c', false, ';')).toBe(true);
    expect(open('a,"b;c', false, ';')).toBe(false);
    expect(open('\uFEFF"a,b')).toBe(true);
  });

  it('validates the mapping with errors naming the setting', () => {
    expect(() => validateCsvMapping({ sender: 'user' })).toThrow(/ingest\.csv\.timestamp/);
    expect(() => validateCsvMapping({ timestamp: 't', sender: 'u', bogus: 1 })).toThrow(/ingest\.csv/);
    expect(() => readIngestConfig({ ingest: { csv: { timestamp: 5 } } })).toThrow(/ingest\.csv\.timestamp/);
    expect(validateCsvMapping({ timestamp: 't', sender: 'u' })).toMatchObject({
      recipientSeparator: ';',
      defaultChannel: 'dlp-event',
    });
  });
});

describe('chooseHeadCharset', () => {
  it('reads a UTF-8 head cut inside a character as UTF-8, and a Cyrillic code page as itself', () => {
    const text = Buffer.from('timestamp,subject\n2025-01-06T10:00:00Z,Отчёт о встрече с жителями\n');
    for (let cut = 20; cut < text.length; cut++)
      expect(chooseHeadCharset(text.subarray(0, cut))).toBe('utf-8');
    expect(
      chooseHeadCharset(iconv.encode('тема,текст\nОтчёт о встрече с жителями района\n', 'windows-1251')),
    ).toBe('windows-1251');
  });
});
