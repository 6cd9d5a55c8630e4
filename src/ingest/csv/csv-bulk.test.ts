import { afterEach, describe, expect, it, vi } from 'vitest';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { createRng, randomInt, type Rng } from '../../shared/rng.js';
import type { Store } from '../../store/index.js';
import { SILENT_PROGRESS } from '../../shared/progress.js';
import type { IngestOptions, IngestSummary } from '../types.js';
import { tempStore, tempTree, testOptions } from '../../../test/fixtures/ingest/make.js';
import { ingestPaths } from '../index.js';
import type { CsvMappingInput } from './mapping.js';
import { validateCsvMapping } from './mapping.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const COLUMNS = [
  'timestamp',
  'event_id',
  'user',
  'channel',
  'action',
  'recipients',
  'cc',
  'subject',
  'body',
  'attachments',
  'size',
  'chat',
  'name',
  'reply_to',
];

const MAPPING: CsvMappingInput = {
  timestamp: 'timestamp',
  id: 'event_id',
  sender: 'user',
  recipients: 'recipients',
  cc: 'cc',
  subject: 'subject',
  text: 'body',
  channel: 'channel',
  conversation: 'chat',
  senderName: 'name',
  inReplyTo: 'reply_to',
  attachments: 'attachments',
  size: 'size',
  action: 'action',
  actions: ['send', 'receive'],
  identifierKind: 'user',
};

/** Cell values that exercise each rule of the row mapping, fast-path shapes and the rest. */
const VALUES: Record<string, readonly string[]> = {
  timestamp: [
    '2025-01-06T10:00:00Z',
    '2025-01-06T10:00:00.123Z',
    '2025-01-06 10:00:00+05:00',
    '2025-01-06T10:00:00-03:30',
    '2025-01-06T10:00:00.123456',
    '2025-01-06T10:00:00.123456789Z',
    '2025-02-30T10:00:00Z',
    '2025-01-06T10:00:60Z',
    '2025-01-06T10:00Z',
    ' 2025-01-06T10:00:00Z ',
    '06.01.2025 10:07',
    '1736157600',
    '0050-01-01T00:00:00Z',
    '2025-01-06T10:00:00+99:00',
    'вчера',
    '',
    '\uFEFF2025-01-06T10:00:00Z',
  ],
  event_id: ['', '', ' ', '  e-space  ', 'e1', 'e2', 'e3'],
  user: [
    'ivanova@ozersk.ru',
    'Petrov+news@Ozersk.RU',
    '"Сидоров С." <sidorov@ozersk.ru>',
    'login42',
    ' login42 ',
    'telegram:@Smirnov',
    'optout@ozersk.ru',
    '',
    '   ',
  ],
  channel: ['email', 'Telegram', ' CHAT ', '', 'неизвестно', 'почта'],
  action: ['send', 'send', 'receive', 'copy', ' send ', ''],
  recipients: [
    'a@ozersk.ru;b@ozersk.ru',
    'a@ozersk.ru, a@ozersk.ru',
    ' ; ',
    'ivanova@ozersk.ru;c@ozersk.ru',
    'optout@ozersk.ru;d@ozersk.ru',
    'phone:+7 912 000-00-00',
    '',
  ],
  cc: ['', 'b@ozersk.ru', 'e@ozersk.ru;a@ozersk.ru', 'login7'],
  subject: ['Отчёт, квартал', 'say "hi"', 'две\nстроки', '', ' пробелы '],
  body: ['', 'Текст письма', 'line one\nline two', 'a,b;c'],
  attachments: ['0', '2', 'a.pdf;b.doc', '', ' 3 ', 'x.pdf, ,y.pdf', '12345678901', '٣'],
  size: ['100', '', '1.5', '-3', ' 42 ', 'abc', '0x10', '1e3'],
  chat: ['', ' chat-1 ', 'group', '\u00a0'],
  name: ['', ' Иван ', 'Петров', '\u3000'],
  reply_to: ['', 'e1', ' e3 ', ' '],
};

/** Mostly the first two values of a column (shapes SQL maps itself), else any. */
function pick(rng: Rng, values: readonly string[]): string {
  return values[randomInt(rng, rng() < 0.85 ? Math.min(2, values.length) : values.length)] ?? '';
}

function quote(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** `rows` random rows, some repeated whole and some with a repeated id and other content. */
function tangledRows(seed: number, rows: number): string[][] {
  const rng = createRng(seed);
  const lines: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const r = randomInt(rng, 20);
    const earlier = lines[randomInt(rng, Math.max(1, lines.length))];
    if (r === 0 && earlier) lines.push([...earlier]);
    else {
      const row = COLUMNS.map((c) => pick(rng, VALUES[c] ?? ['']));
      if (r > 10) row[1] = `e${i}`;
      if (r === 1 && earlier) row[1] = earlier[1] ?? '';
      lines.push(row);
    }
  }
  return lines;
}

function csvOf(rows: readonly string[][]): string {
  return [COLUMNS.join(','), ...rows.map((l) => l.map(quote).join(','))].join('\n') + '\n';
}

function tangledCsv(seed: number, rows: number): string {
  return csvOf(tangledRows(seed, rows));
}

const features = (m: { subject?: string | undefined; text?: string | undefined }) => ({
  lang: 'ru',
  tokenCount: `${m.subject ?? ''} ${m.text ?? ''}`.split(/\s+/).filter(Boolean).length,
  topics: m.subject?.includes('Отчёт') ? { reports: 1 } : ({} as Record<string, number>),
  sentiment: 0,
  stance: {},
});

async function ingestBoth(
  files: Record<string, string | Buffer>,
  names: readonly string[],
  retainText = false,
  partBytes?: number,
  limits?: IngestOptions['limits'],
) {
  const tree = tempTree(files);
  cleanups.push(tree.cleanup);
  const paths = names.map((n) => join(tree.dir, n));
  const run = async (bulkCsv: boolean) => {
    const db = await tempStore();
    cleanups.push(db.cleanup);
    const store: Store = db.store;
    const spy = vi.spyOn(store as Required<Store>, 'loadEventLog');
    const o = testOptions({
      csvMapping: validateCsvMapping(MAPPING),
      optOut: (id) => id === 'email:optout@ozersk.ru',
      extractFeatures: features,
      retainText,
      bulkCsv,
      bulkCsvPartBytes: partBytes,
      batchSize: 37,
      limits,
    });
    const summaries = [];
    for (const p of paths) summaries.push(await ingestPaths(store, [p], o));
    const loads = await Promise.all(spy.mock.results.map((r) => r.value as Promise<object>));
    const status = await store.status();
    return {
      summaries,
      loaded: loads.filter((l) => !('declined' in l)).length,
      declined: loads.filter((l) => 'declined' in l),
      messages: await store.listMessages(),
      skipped: status.skippedByReason,
      period: status.period,
      diagnostics: o.diagnostics.summary().map((d) => [d.reason, d.count]),
      features: await store.termsByPerson(),
    };
  };
  return { rows: await run(false), bulk: await run(true) };
}

/** A run's results without the summaries' note of parts read row by row (a row-by-row run has none). */
function withoutParts<T extends { summaries: IngestSummary[] }>(run: T): T {
  const summaries = run.summaries.map((x) => ({
    ...x,
    sources: x.sources.map(({ rowByRowParts: _, ...rest }) => rest),
  }));
  return { ...run, summaries };
}

/** Ingests one small CSV row by row and then with the one-pass load allowed, into fresh stores. */
async function ingestSmall(csv: string, mapping: CsvMappingInput) {
  const tree = tempTree({ 'x.csv': csv });
  cleanups.push(tree.cleanup);
  const runs = [];
  for (const bulkCsv of [false, true]) {
    const db = await tempStore();
    cleanups.push(db.cleanup);
    const spy = vi.spyOn(db.store as Required<Store>, 'loadEventLog');
    const o = testOptions({ format: 'csv', csvMapping: validateCsvMapping(mapping), bulkCsv });
    const s = await ingestPaths(db.store, [join(tree.dir, 'x.csv')], o);
    const loads = await Promise.all(spy.mock.results.map((r) => r.value as Promise<object>));
    const messages = await db.store.listMessages();
    runs.push({
      loaded: loads.filter((l) => !('declined' in l)).length,
      rowByRow: s.sources[0]?.rowByRow ?? s.sources[0]?.rowByRowParts?.why,
      result: { s: { ...s, sources: [] }, messages, status: await db.store.status() },
    });
  }
  return runs;
}

describe('CSV bulk load', () => {
  it('stores exactly what a row-by-row read stores, for every rule of the row mapping', async () => {
    const { rows, bulk } = await ingestBoth({ 'log.csv': tangledCsv(7, 600) }, ['log.csv']);
    expect(bulk.declined).toEqual([]);
    expect(bulk.loaded).toBe(1);
    expect(rows.loaded).toBe(0);
    expect(rows.messages.length).toBeGreaterThan(100);
    expect(Object.keys(rows.summaries[0]?.skippedByReason ?? {})).toEqual(
      expect.arrayContaining(['not-a-message', 'invalid-date', 'missing-sender', 'opted-out']),
    );
    expect(rows.summaries[0]?.duplicates).toBeGreaterThan(0);
    expect(bulk).toEqual({ ...rows, loaded: 1 });
  });

  it('loads a long log in parts with the same result', async () => {
    const { rows, bulk } = await ingestBoth({ 'log.csv': tangledCsv(5, 600) }, ['log.csv'], false, 8 * 1024);
    expect(bulk.loaded).toBeGreaterThan(5);
    expect(bulk).toEqual({ ...rows, loaded: bulk.loaded });
  });

  it.each(['windows-1251', 'koi8-r', 'cp866'])(
    'loads a log in %s in one pass, transcoded part by part, with the same result',
    async (charset) => {
      const { rows, bulk } = await ingestBoth(
        { 'log.csv': iconv.encode(tangledCsv(21, 500), charset) },
        ['log.csv'],
        false,
        4 * 1024,
      );
      expect(bulk.declined).toEqual([]);
      expect(bulk.loaded).toBeGreaterThan(3);
      expect(rows.messages.filter((m) => m.senderName === 'Петров').length).toBeGreaterThan(10);
      expect(bulk).toEqual({ ...rows, loaded: bulk.loaded });
    },
  );

  it('loads a log whose parts end their lines differently in one pass', async () => {
    const lines = tangledCsv(17, 600).split('\n');
    const half = lines.length >> 1;
    const csv = `${lines.slice(0, half).join('\r\n')}\r\n${lines.slice(half).join('\n')}`;
    const { rows, bulk } = await ingestBoth({ 'log.csv': csv }, ['log.csv'], false, 8 * 1024);
    const parts = bulk.summaries[0]?.sources[0]?.rowByRowParts;
    // Only the part where CRLF turns into LF is read row by row.
    expect(parts).toMatchObject({ parts: 1, why: expect.stringMatching(/^part \d+: both CRLF and LF/) });
    expect(bulk.loaded).toBe((parts?.of ?? 0) - 1);
    expect(withoutParts(bulk)).toEqual({ ...rows, loaded: bulk.loaded });
  });

  it('reads only the irregular parts of a long log row by row, and the rest in one pass', async () => {
    const lines = tangledCsv(9, 900).split('\n');
    // A blank line near the start, a short row in the middle, an unclosed quote in the last record.
    lines.splice(40, 0, '');
    lines[450] = 'only,three,fields';
    lines[lines.length - 2] = `${lines[lines.length - 2]},"open`;
    const { rows, bulk } = await ingestBoth({ 'log.csv': lines.join('\n') }, ['log.csv'], false, 8 * 1024);
    const parts = bulk.summaries[0]?.sources[0]?.rowByRowParts;
    expect(parts?.parts).toBe(3);
    expect(parts?.why).toMatch(
      /^part 1: 1 blank line\(s\) between records; part \d+: DuckDB.*; part \d+: an unclosed quote/,
    );
    expect(bulk.loaded).toBe((parts?.of ?? 0) - 3);
    expect(bulk.loaded).toBeGreaterThan(5);
    expect(withoutParts(bulk)).toEqual({ ...rows, loaded: bulk.loaded, declined: bulk.declined });
    expect(rows.summaries[0]?.skippedByReason).toMatchObject({ 'empty-line': 1, 'wrong-column-count': 2 });
  });

  it('loads a log with stray quotes inside unquoted fields in one pass, losing no rows after them', async () => {
    const rows = tangledRows(21, 900);
    for (const [at, subject] of [
      [300, 'Монитор 27" в 204'],
      [600, 'Диагональ 32" в 305'],
    ] as const)
      rows[at] = rows[at]?.map((v, i) => (i === 7 ? subject : v.replace(/["\n,]/g, ' '))) ?? [];
    // csvOf would quote these fields; the log writes them bare.
    const csv = csvOf(rows)
      .replace('"Монитор 27"" в 204"', 'Монитор 27" в 204')
      .replace('"Диагональ 32"" в 305"', 'Диагональ 32" в 305');
    expect(csv).toContain(',Монитор 27" в 204,');
    const { rows: byRows, bulk } = await ingestBoth({ 'log.csv': csv }, ['log.csv'], false, 8 * 1024);
    expect(withoutParts(bulk)).toEqual({ ...byRows, loaded: bulk.loaded, declined: bulk.declined });
    expect(byRows.messages.find((m) => m.subject === 'Монитор 27" в 204')?.position).toMatch(/#301$/);
    const s = byRows.summaries[0];
    expect((s?.read ?? 0) + (s?.skipped ?? 0)).toBe(900);
    expect(bulk.summaries[0]?.sources[0]?.rowByRowParts).toBeUndefined();
    expect(bulk.loaded).toBeGreaterThan(10);
  });

  it('reads on row by row past a part whose last record ours cuts, and back to one pass after', async () => {
    // No quoted fields but two, and parts of 1 KiB (about 11 rows each).
    const rows = tangledRows(23, 400).map((r) => r.map((v) => v.replace(/["\n,]/g, ' ')));
    // A quoted subject over 3 KiB, beyond the 2 KiB record limit: ours keeps its first line as one skip
    // and reads the lines after it as records. Its last line starts with the closing quote, which to
    // ours opens a field that runs on to the next quote, 15 rows (under 2 KiB) later: across a part end
    // the scan put elsewhere.
    const long = ['Начало', ...Array.from({ length: 60 }, (_, i) => `строка ${i} текста письма`), ''].join(
      '\n',
    );
    rows[150] = rows[150]?.map((v, i) => (i === 7 ? long : v)) ?? [];
    rows[165] = rows[165]?.map((v, i) => (i === 7 ? 'say "hi"' : v)) ?? [];
    const { rows: byRows, bulk } = await ingestBoth({ 'log.csv': csvOf(rows) }, ['log.csv'], false, 1024, {
      maxLineBytes: 2048,
    });
    expect(withoutParts(bulk)).toEqual({ ...byRows, loaded: bulk.loaded, declined: bulk.declined });
    const parts = bulk.summaries[0]?.sources[0]?.rowByRowParts;
    const first = parts?.causes[0]?.part ?? 0;
    expect(parts?.causes[0]?.cause).toEqual({ code: 'long-line' });
    expect(parts?.causes[1]).toEqual({ part: first + 1, cause: { code: 'overrun', part: first } });
    expect(parts?.why).toMatch(/; part \d+: a record of part \d+ runs past that part's end/);
    // Every part before the long record and after the quote that closes ours loads in one pass.
    expect(parts?.parts).toBeLessThan(5);
    expect(bulk.loaded).toBe((parts?.of ?? 0) - (parts?.parts ?? 0));
    // The long record's first line, its 61 other lines, and the line ours opens a field on.
    expect(byRows.summaries[0]?.skippedByReason['wrong-column-count']).toBeGreaterThanOrEqual(62);
  });

  it('resumes inside a part it was reading row by row, and loads the parts after it in one pass', async () => {
    const lines = tangledCsv(13, 900).split('\n');
    lines.splice(450, 0, '');
    const blankAt = Buffer.byteLength(lines.slice(0, 450).join('\n'));
    const tree = tempTree({ 'log.csv': lines.join('\n') });
    cleanups.push(tree.cleanup);
    const path = join(tree.dir, 'log.csv');
    const options = (more: Partial<IngestOptions>) =>
      testOptions({
        csvMapping: validateCsvMapping(MAPPING),
        extractFeatures: features,
        bulkCsvPartBytes: 8 * 1024,
        batchSize: 37,
        ...more,
      });
    const content = async (store: Store) => ({
      messages: await store.listMessages(),
      status: await store.status(),
      features: await store.termsByPerson(),
    });
    const ref = await tempStore();
    cleanups.push(ref.cleanup);
    const whole = await ingestPaths(ref.store, [path], options({ bulkCsv: false }));
    const db = await tempStore();
    cleanups.push(db.cleanup);
    // Stopped at the first commit past the blank line: one of the odd part's row-by-row batches
    // (small ones, so the read stops well before the part's end).
    const stop = new AbortController();
    const progress = { ...SILENT_PROGRESS, update: (done: number) => done > blankAt && stop.abort() };
    const first = await ingestPaths(
      db.store,
      [path],
      options({ signal: stop.signal, progress, batchSize: 5 }),
    );
    expect(first.sources[0]?.rowByRowParts?.why).toMatch(/^part (\d+): 1 blank line\(s\) between records$/);
    const odd = /^part (\d+)/.exec(first.sources[0]?.rowByRowParts?.why ?? '')?.[1];
    const spy = vi.spyOn(db.store as Required<Store>, 'loadEventLog');
    const second = await ingestPaths(db.store, [path], options({ batchSize: 5 }));
    expect(second.sources[0]?.rowByRowParts?.why).toBe(`part ${odd}: resumed inside this part`);
    // The parts after it: one each, in one pass.
    expect(spy.mock.calls.length).toBe((second.sources[0]?.rowByRowParts?.of ?? 0) - Number(odd));
    expect([first.read + second.read, first.skipped + second.skipped]).toEqual([whole.read, whole.skipped]);
    expect(await content(db.store)).toEqual(await content(ref.store));
  });

  it('keeps text when retention is on, and counts an overlapping file as duplicates', async () => {
    const a = tangledRows(11, 300);
    const b = [...a.slice(150), ...tangledRows(12, 100)];
    const { rows, bulk } = await ingestBoth(
      { 'a.csv': csvOf(a), 'b.csv': csvOf(b) },
      ['a.csv', 'b.csv', 'a.csv'],
      true,
    );
    expect(bulk.loaded).toBe(2);
    expect(rows.messages.some((m) => m.text)).toBe(true);
    expect(rows.summaries[1]?.duplicates).toBeGreaterThan(0);
    expect(rows.summaries[2]?.sources[0]?.alreadyIngested).toBe(true);
    expect(bulk).toEqual({ ...rows, loaded: 2 });
  });

  it.each([
    ['a blank line', 'timestamp,user\n2025-01-06T10:00:00Z,a@x.ru\n\n2025-01-06T11:00:00Z,b@x.ru\n', /blank/],
    [
      'both CRLF and LF line ends',
      'timestamp,user,subject\r\n2025-01-06T10:00:00Z,a@x.ru,"x\ny"\r\n2025-01-06T11:00:00Z,b@x.ru,z\r\n',
      /CRLF and LF/,
    ],
    [
      'a wrong column count',
      'timestamp,user\n2025-01-06T10:00:00Z,a@x.ru,extra\n2025-01-06T11:00:00Z,b@x.ru\n',
      /DuckDB/,
    ],
  ])('reads a file with %s row by row, with the same result', async (_, csv, why) => {
    const [rows, bulk] = await ingestSmall(csv, { timestamp: 'timestamp', sender: 'user' });
    expect(rows?.rowByRow).toBeUndefined();
    expect(bulk?.rowByRow).toMatch(why);
    expect(bulk?.loaded).toBe(0);
    expect(bulk?.result).toEqual(rows?.result);
  });

  it.each([
    [
      'quoted line breaks under CRLF',
      'timestamp,user,subject\r\n2025-01-06T10:00:00Z,a@x.ru,"x\r\ny, ""z"""\r\n2025-01-06T11:00:00Z,b@x.ru,z\r\n',
    ],
    [
      'plain CRLF line ends',
      'timestamp,user,subject\r\n2025-01-06T10:00:00Z,a@x.ru,x\r\n2025-01-06T11:00:00Z,b@x.ru,z\r\n',
    ],
    [
      'blank lines at the end',
      'timestamp,user,subject\n2025-01-06T10:00:00Z,a@x.ru,x\n2025-01-06T11:00:00Z,b@x.ru,z\n\n\n',
    ],
    [
      'a byte-order mark',
      '\uFEFFtimestamp,user,subject\n2025-01-06T10:00:00Z,a@x.ru,x\n2025-01-06T11:00:00Z,b@x.ru,z\n',
    ],
    // A quote that does not start a field is a character, to the scan, the store's reader and ours.
    [
      'a quote inside a field',
      'timestamp,user,subject\n2025-01-06T10:00:00Z,a@x.ru,27" экран\n2025-01-06T11:00:00Z,b@x.ru,z\n',
    ],
    [
      'quotes inside fields on two lines',
      'timestamp,user,subject\n2025-01-06T10:00:00Z,a@x.ru,27" экран\n2025-01-06T11:00:00Z,b@x.ru,32" "экран"\n',
    ],
  ])('loads a file with %s in one pass, with the same result', async (_, csv) => {
    const [rows, bulk] = await ingestSmall(csv, {
      timestamp: 'timestamp',
      sender: 'user',
      subject: 'subject',
    });
    expect([rows?.loaded, bulk?.loaded, bulk?.rowByRow]).toEqual([0, 1, undefined]);
    expect(bulk?.result).toEqual(rows?.result);
    expect(rows?.result.messages).toHaveLength(2);
  });
});
