/**
 * Ingest benchmark (`npm run bench:ingest`)
 *
 * Generates a synthetic mbox and a DLP-style CSV log under the OS temp folder (BENCH_MB each,
 * default 1024), ingests each into a fresh DuckDB workspace and reports MB/s, messages/s and peak
 * RSS, side by side with Python's standard `mailbox` + `email` parsing of the same mbox in the same
 * run. Files are deleted afterwards. Not a test: run by hand; results go to docs/PERFORMANCE.md.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Diagnostics } from '../../src/shared/diagnostics.js';
import { SILENT_PROGRESS } from '../../src/shared/progress.js';
import { openDuckDbStore } from '../../src/store/index.js';
import { ingestPaths, validateCsvMapping } from '../../src/ingest/index.js';
import { writeCsv, writeMbox } from './generate.js';

const MB = 1024 * 1024;
const PYTHON = process.env.BENCH_PYTHON ?? '/usr/bin/python3';

interface Row {
  readonly what: string;
  readonly mb: number;
  readonly messages: number;
  readonly seconds: number;
  readonly rssMb?: number;
}

async function runSociogram(
  what: string,
  file: string,
  dir: string,
  mapping?: unknown,
  bulkCsv = true,
): Promise<Row> {
  const store = await openDuckDbStore(join(dir, `${what.replace(/\W+/g, '-')}.duckdb`));
  const start = performance.now();
  const s = await ingestPaths(store, [file], {
    format: 'auto',
    diagnostics: new Diagnostics(),
    progress: SILENT_PROGRESS,
    retainText: false,
    batchSize: 20_000,
    bulkCsv,
    csvMapping: mapping === undefined ? undefined : validateCsvMapping(mapping),
  });
  const seconds = (performance.now() - start) / 1000;
  await store.close();
  return {
    what,
    mb: statSync(file).size / MB,
    messages: s.read,
    seconds,
    rssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function runPython(file: string): Row {
  const script = fileURLToPath(new URL('./python-mbox.py', import.meta.url));
  const r = spawnSync(PYTHON, [script, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`python baseline failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout.trim()) as { messages: number; seconds: number };
  return {
    what: 'mbox, Python mailbox+email',
    mb: statSync(file).size / MB,
    messages: out.messages,
    seconds: out.seconds,
  };
}

function table(rows: readonly Row[]): string {
  const lines = [
    '| input | size MB | messages | seconds | MB/s | messages/s | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.what} | ${r.mb.toFixed(0)} | ${r.messages} | ${r.seconds.toFixed(1)} | ${(r.mb / r.seconds).toFixed(1)} | ${Math.round(r.messages / r.seconds)} | ${r.rssMb === undefined ? '—' : r.rssMb.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}

/** Copies `from` to `to` with an empty line after the first record that ends past the middle. */
async function withBlankLineInTheMiddle(from: string, to: string): Promise<void> {
  const middle = statSync(from).size >> 1;
  const out = createWriteStream(to);
  let at = 0;
  let done = false;
  for await (const chunk of createReadStream(from, { highWaterMark: 1 << 20 })) {
    const b = chunk as Buffer;
    const nl = done ? -1 : b.indexOf(0x0a, Math.max(0, middle - at));
    const parts = nl < 0 ? [b] : [b.subarray(0, nl + 1), Buffer.from('\n'), b.subarray(nl + 1)];
    if (nl >= 0) done = true;
    for (const p of parts) if (!out.write(p)) await once(out, 'drain');
    at += b.length;
  }
  out.end();
  await once(out, 'finish');
}

/**
 * `BENCH_INPUTS=mbox,python,csv` (the default): which rows to run, e.g. `mbox` for a memory check;
 * `csv-rows` adds the CSV log read row by row (the path files the one-pass load declines take);
 * `csv-gap` the same log with one blank line in the middle (one part read row by row, the rest in
 * one pass); `csv-1251` the same log in windows-1251.
 */
function inputs(): Set<string> {
  return new Set((process.env.BENCH_INPUTS ?? 'mbox,python,csv').split(',').map((s) => s.trim()));
}

async function main(): Promise<void> {
  const sizeMb = Number(process.env.BENCH_MB ?? 1024);
  const want = inputs();
  const dir = mkdtempSync(join(tmpdir(), 'sociogram-bench-'));
  try {
    const mbox = join(dir, 'bench.mbox');
    const csv = join(dir, 'bench.csv');
    if (want.has('mbox') || want.has('python')) await writeMbox(mbox, sizeMb * MB);
    if (want.has('csv') || want.has('csv-rows') || want.has('csv-gap') || want.has('csv-1251'))
      await writeCsv(csv, sizeMb * MB);
    const rows: Row[] = [];
    if (want.has('mbox')) rows.push(await runSociogram('mbox, Sociogram', mbox, dir));
    if (want.has('python')) rows.push(runPython(mbox));
    const mapping = {
      timestamp: 'timestamp',
      id: 'event_id',
      sender: 'user',
      recipients: 'recipients',
      subject: 'subject',
      channel: 'channel',
      attachments: 'attachments',
      size: 'size',
    };
    if (want.has('csv')) rows.push(await runSociogram('CSV log, Sociogram (one pass)', csv, dir, mapping));
    if (want.has('csv-rows'))
      rows.push(await runSociogram('CSV log, Sociogram (row by row)', csv, dir, mapping, false));
    if (want.has('csv-gap')) {
      const gap = join(dir, 'bench-gap.csv');
      await withBlankLineInTheMiddle(csv, gap);
      rows.push(await runSociogram('CSV log with a blank line, Sociogram', gap, dir, mapping));
    }
    if (want.has('csv-1251')) {
      const cp = join(dir, 'bench-1251.csv');
      await pipeline(
        createReadStream(csv),
        iconv.decodeStream('utf8'),
        iconv.encodeStream('windows-1251'),
        createWriteStream(cp),
      );
      rows.push(await runSociogram('CSV log in windows-1251, Sociogram', cp, dir, mapping));
    }
    process.stdout.write(`${table(rows)}\n`);
    const ours = rows.find((r) => r.what === 'mbox, Sociogram');
    const python = rows.find((r) => r.what.startsWith('mbox, Python'));
    if (ours && python) {
      const ratio = ours.mb / ours.seconds / (python.mb / python.seconds);
      process.stdout.write(`\nmbox: Sociogram / Python = ${ratio.toFixed(2)}×\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
