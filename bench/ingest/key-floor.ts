/**
 * The floor under row-by-row ingest into DuckDB (`npm run bench:key-floor`)
 *
 * Idempotent ingest needs every message key checked against every key stored before, which the
 * DuckDB store does with the `messages` table's PRIMARY KEY (an ART index) and `INSERT OR IGNORE`.
 * This measures how many rows per second DuckDB takes that way, in batches of 20,000 from a staging
 * table, against the same rows into a table without a key: the ceiling for any ingest that keeps
 * exact de-duplication on this machine, whatever the parser does. Not a test; figures go to
 * docs/PERFORMANCE.md. `BENCH_ROWS` (default 1,000,000) sets the size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BATCH = 20_000;

async function run(file: string, withKey: boolean): Promise<number> {
  const instance = await DuckDBInstance.create(file);
  const conn = await instance.connect();
  await conn.run(
    `CREATE TABLE m (key VARCHAR ${withKey ? 'PRIMARY KEY' : ''}, sender VARCHAR, ts BIGINT, subject VARCHAR)`,
  );
  let staging = 0;
  const start = performance.now();
  for (let s = 0; s < ROWS; s += BATCH) {
    // Keys arrive in no particular order, as event ids from many sources do.
    const t0 = performance.now();
    await conn.run(`CREATE OR REPLACE TEMP TABLE st AS
      SELECT 'event:e' || (i * 7919 % ${ROWS}) || '-' || ${s} AS key,
             'email:user' || (i % 2000) || '@ozersk.ru' AS sender, i AS ts,
             'project ремонт road дорога' AS subject
      FROM range(${s}, ${s + BATCH}) t(i)`);
    staging += performance.now() - t0;
    await conn.run('BEGIN TRANSACTION');
    await conn.run(`INSERT ${withKey ? 'OR IGNORE' : ''} INTO m SELECT * FROM st`);
    await conn.run('COMMIT');
  }
  const seconds = (performance.now() - start - staging) / 1000;
  conn.closeSync();
  instance.closeSync();
  return ROWS / seconds;
}

const dir = mkdtempSync(join(tmpdir(), 'sociogram-key-floor-'));
try {
  const keyed = await run(join(dir, 'keyed.duckdb'), true);
  const plain = await run(join(dir, 'plain.duckdb'), false);
  process.stdout.write(
    `| table | rows | rows/s (insert + commit) |\n|---|---:|---:|\n` +
      `| PRIMARY KEY, INSERT OR IGNORE | ${ROWS} | ${Math.round(keyed)} |\n` +
      `| no key, INSERT | ${ROWS} | ${Math.round(plain)} |\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
